package vn.congvu.recruitment;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.personnel.ProbationRule;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.documents.TableReader;

/**
 * A drive's exam, from the close of applications to the recruitment decision.
 * <ol>
 * <li>Closing the applications gives every eligible candidate an exam code (số phách): marks are entered by code, and
 * the list of applications shows no marks until the results are published.</li>
 * <li>Marks come by hand or from an XLSX sheet of codes and marks. Nobody marks a drive they applied to.</li>
 * <li>Publishing ranks each position's candidates by {@link Ranking} under the drive's regime and stores every
 * outcome with its reason; it is a dated act, and nobody publishes results of a drive they applied to. After it, a
 * mark changes only through a re-marking requested within 5 working days of the publication and recorded with the
 * marks before and after (Decree 170/2025 Art. 18); the position's ranking is then redone.</li>
 * <li>The recruitment decision makes each successful candidate an official (or reuses the record with their citizen
 * id) by a recruitment action into the position, at the first step of its rank, on probation where the regime has one
 * ({@link ProbationRule}).</li>
 * </ol>
 */
@Service
@Transactional
public class Examinations {

	/** Re-marking is asked for within this many working days of the publication (Decree 170/2025 Art. 18). */
	static final int REMARK_WORKING_DAYS = 5;

	/** A candidate's marks, by exam code: absent, round 1 failed, or the round-2 marks. */
	public record MarkEntry(@Nullable String examCode, @Nullable Boolean absent, @Nullable Boolean round1Passed,
			@Nullable BigDecimal written, @Nullable BigDecimal interview) {
	}

	/** A line of the marking sheet: the code, the position, and no name. */
	public record Sheet(String examCode, long drivePositionId) {
	}

	public record Decision(@Nullable DecisionRef decision, @Nullable String signer, @Nullable LocalDate effectiveDate) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final RecruitmentDesk desk;

	private final Applications applications;

	private final PersonnelRegistry registry;

	private final PersonnelRecords records;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	private final Clock clock;

	Examinations(RecruitmentDesk desk, Applications applications, PersonnelRegistry registry, PersonnelRecords records, Catalog catalog,
			JdbcClient jdbc, Clock clock) {
		this.desk = desk;
		this.applications = applications;
		this.registry = registry;
		this.records = records;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Closes the applications and gives each eligible candidate an exam code; returns the marking sheet. */
	public List<Sheet> close(long driveId) {
		var drive = desk.readable(driveId);
		desk.writable(drive.authorityUnitId());
		drive.close();
		var used = new HashSet<String>();
		var sheet = new ArrayList<Sheet>();
		for (var a : applications.findByDriveIdOrderById(driveId)) {
			if (!a.eligible()) {
				continue;
			}
			String code;
			do {
				code = "P" + (100000 + RANDOM.nextInt(900000));
			}
			while (!used.add(code));
			a.examCode(code);
			sheet.add(new Sheet(code, a.drivePositionId()));
		}
		applications.flush();
		sheet.sort(java.util.Comparator.comparing(Sheet::examCode));
		return sheet;
	}

	/** The marking sheet: codes and positions, no names. */
	@Transactional(readOnly = true)
	public List<Sheet> sheet(long driveId) {
		desk.readable(driveId);
		return applications.findByDriveIdOrderById(driveId)
			.stream()
			.filter(a -> a.examCode() != null)
			.map(a -> new Sheet(java.util.Objects.requireNonNull(a.examCode()), a.drivePositionId()))
			.sorted(java.util.Comparator.comparing(Sheet::examCode))
			.toList();
	}

	/** Enters marks by exam code; all or nothing. Returns how many candidates were marked. */
	public int mark(long driveId, List<@Nullable MarkEntry> entries) {
		var drive = desk.readable(driveId);
		desk.writable(drive.authorityUnitId());
		drive.requireStatus(DriveStatus.EXAMINING);
		var byCode = new HashMap<String, Application>();
		var all = applications.findByDriveIdOrderById(driveId);
		notACandidate(all, "recruitment.marks.ownDrive");
		all.forEach(a -> {
			if (a.examCode() != null) {
				byCode.put(a.examCode(), a);
			}
		});
		var seen = new HashSet<String>();
		for (int i = 0; i < entries.size(); i++) {
			var field = "marks[" + i + "]";
			var e = entries.get(i);
			if (e == null || e.examCode() == null || e.examCode().isBlank()) {
				throw new InvalidInputException(field + ".examCode", "recruitment.marks.code.required");
			}
			var code = e.examCode().strip();
			var application = byCode.get(code);
			if (application == null) {
				throw new InvalidInputException(field + ".examCode", "recruitment.marks.code.unknown", code);
			}
			if (!seen.add(code)) {
				throw new InvalidInputException(field + ".examCode", "recruitment.marks.code.twice", code);
			}
			boolean absent = Boolean.TRUE.equals(e.absent());
			if (!absent && !Boolean.FALSE.equals(e.round1Passed())) {
				try {
					new Marks(e.written(), e.interview()).professional(drive.regime());
				}
				catch (InvalidInputException ex) {
					throw new InvalidInputException(field + "." + ex.field(), ex.messageCode(), ex.arguments());
				}
			}
			application.mark(absent, e.round1Passed(), absent ? null : e.written(), absent ? null : e.interview(),
					Caller.currentUsername());
		}
		applications.flush();
		return entries.size();
	}

	/**
	 * Marks from a spreadsheet (XLSX or CSV): a header row, then per candidate the exam code, absent (x), round 1
	 * (đạt / không đạt, empty where there is none), the written mark and the interview mark.
	 */
	public int markFromSheet(long driveId, Path file, TableReader.Format format) {
		var entries = new ArrayList<@Nullable MarkEntry>();
		TableReader.read(file, format, (row, cells) -> {
			if (row == 1) {
				return;
			}
			var code = cell(cells, 0);
			if (code.isEmpty()) {
				return;
			}
			var round1 = cell(cells, 2).toLowerCase(java.util.Locale.ROOT);
			entries.add(new MarkEntry(code, !cell(cells, 1).isEmpty(),
					round1.isEmpty() ? null : !round1.startsWith("k"), number(cells, 3, row), number(cells, 4, row)));
		});
		return mark(driveId, entries);
	}

	private static String cell(List<String> cells, int i) {
		return i < cells.size() ? cells.get(i).strip() : "";
	}

	private static @Nullable BigDecimal number(List<String> cells, int i, int row) {
		var text = cell(cells, i).replace(',', '.');
		if (text.isEmpty()) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("file", "recruitment.marks.sheetNumber", row, text);
		}
	}

	/**
	 * Publishes the results on {@code publishedOn}: every eligible candidate must be marked; each position is ranked
	 * within its quota. {@code chosenByHead} settles ties at a position's last place.
	 */
	public void publish(long driveId, @Nullable LocalDate publishedOn, @Nullable Set<Long> chosenByHead) {
		var drive = desk.readable(driveId);
		desk.writable(drive.authorityUnitId());
		var all = applications.findByDriveIdOrderById(driveId);
		notACandidate(all, "recruitment.publish.ownDrive");
		var unmarked = all.stream().filter(a -> a.eligible() && !a.marked()).map(a -> a.examCode()).toList();
		if (!unmarked.isEmpty()) {
			throw new ConflictException("recruitment.publish.unmarked", unmarked.size(), String.join(", ",
					unmarked.stream().map(String::valueOf).limit(10).toList()));
		}
		drive.publish(publishedOn == null ? LocalDate.now(clock) : publishedOn, Caller.currentUsername());
		rank(drive, all, chosenByHead == null ? Set.of() : chosenByHead);
		var tied = all.stream().filter(a -> a.verdict() == Ranking.Verdict.TIED_AWAITING_HEAD).toList();
		if (!tied.isEmpty()) {
			// nothing is published: the head chooses among them, and the results are published with the choice
			throw new ConflictException("recruitment.publish.tied", String.join(", ",
					tied.stream().map(a -> a.id() + " (" + a.examCode() + ")").toList()));
		}
	}

	private void rank(Drive drive, List<Application> all, Set<Long> chosenByHead) {
		for (var position : drive.positions()) {
			var candidates = all.stream().filter(a -> a.eligible() && a.drivePositionId() == position.id()).toList();
			var outcomes = Ranking.rank(drive.regime(), position.quota(),
					candidates.stream().map(Application::entry).toList(), chosenByHead);
			var byId = new HashMap<Long, Ranking.Outcome>();
			outcomes.forEach(o -> byId.put(o.candidateId(), o));
			candidates.forEach(a -> a.outcome(byId.get(a.id())));
		}
		applications.flush();
	}

	/**
	 * Records a re-marking of one mark after publication and redoes the ranking: asked within 5 working days of the
	 * publication, before the decision; the marks before and after are kept.
	 */
	public ApplicationView remark(long applicationId, @Nullable String field, @Nullable BigDecimal mark,
			@Nullable LocalDate requestedOn) {
		var application = applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("recruitment.application.notFound", applicationId));
		var drive = driveOf(application, applicationId);
		desk.writable(drive.authorityUnitId());
		drive.requireStatus(DriveStatus.PUBLISHED);
		if (!"written".equals(field) && !"interview".equals(field)) {
			throw new InvalidInputException("field", "recruitment.remark.field");
		}
		if (mark == null) {
			throw new InvalidInputException("mark", "recruitment.marks.range");
		}
		var asked = requestedOn == null ? LocalDate.now(clock) : requestedOn;
		var published = java.util.Objects.requireNonNull(drive.resultsPublishedOn());
		var last = plusWorkingDays(published, REMARK_WORKING_DAYS);
		if (asked.isBefore(published) || asked.isAfter(last)) {
			throw new InvalidInputException("requestedOn", "recruitment.remark.late", REMARK_WORKING_DAYS, last);
		}
		var before = application.mark(field);
		var written = field.equals("written") ? mark : application.mark("written");
		var interview = field.equals("interview") ? mark : application.mark("interview");
		new Marks(written, interview).professional(drive.regime());
		jdbc.sql("""
				INSERT INTO recruitment.remarking (application_id, requested_on, field, before_mark, after_mark,
				  decided_by, decided_at) VALUES (:application, :asked, :field, :before, :after, :by, :at)""")
			.param("application", applicationId)
			.param("asked", asked)
			.param("field", field)
			.param("before", before)
			.param("after", mark)
			.param("by", Caller.currentUsername())
			.param("at", java.sql.Timestamp.from(clock.instant()))
			.update();
		application.remark(field, mark);
		applications.flush();
		rank(drive, applications.findByDriveIdOrderById(drive.id()), Set.of());
		return applications.findById(applicationId).orElseThrow().view(true);
	}

	/** The day {@code days} working days (Monday to Friday) after {@code from}. */
	static LocalDate plusWorkingDays(LocalDate from, int days) {
		var day = from;
		int left = days;
		while (left > 0) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				left--;
			}
		}
		return day;
	}

	/**
	 * Issues the recruitment decision: each candidate who passed becomes an official in the position, recruited on the
	 * effective date at the first step of the position's rank, on probation where the regime has one. Returns the
	 * officials' ids.
	 */
	public List<Long> decide(long driveId, Decision command) {
		var drive = desk.readable(driveId);
		desk.writable(drive.authorityUnitId());
		if (command.decision() == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		var all = applications.findByDriveIdOrderById(driveId);
		notACandidate(all, "recruitment.decide.ownDrive");
		if (all.stream().anyMatch(a -> a.verdict() == Ranking.Verdict.TIED_AWAITING_HEAD)) {
			throw new ConflictException("recruitment.decide.tied");
		}
		// a second decision after the first recruits those called in place of someone who did not take up the post
		boolean supplementary = drive.status() == DriveStatus.DECIDED;
		if (!supplementary) {
			drive.requireStatus(DriveStatus.PUBLISHED);
		}
		var effective = command.effectiveDate() == null ? command.decision().date() : command.effectiveDate();
		var resultsOn = java.util.Objects.requireNonNull(drive.resultsPublishedOn());
		if (effective.isBefore(resultsOn)) {
			throw new InvalidInputException("effectiveDate", "recruitment.decide.beforeResults", resultsOn);
		}
		if (!supplementary) {
			drive.decide(command.decision());
		}
		else if (all.stream().noneMatch(a -> a.verdict() == Ranking.Verdict.PASSED && a.officialId() == null)) {
			throw new ConflictException("recruitment.decide.nobody", drive.title());
		}
		var positions = new HashMap<Long, DrivePosition>();
		drive.positions().forEach(p -> positions.put(p.id(), p));
		var officials = new ArrayList<Long>();
		for (var a : all) {
			if (a.verdict() != Ranking.Verdict.PASSED || a.officialId() != null) {
				continue;
			}
			var position = positions.get(a.drivePositionId());
			var rank = position.rankCode();
			if (rank == null) {
				throw new ConflictException("recruitment.decide.noRank", position.positionCode());
			}
			long official;
			var served = records.officialIdByCitizenId(a.citizenId());
			if (served.isPresent()) {
				// someone who served before (and left): their record goes on with the new recruitment; someone
				// serving now is refused by the career's rules, with the reason
				official = served.get();
				registry.record(official, PersonnelRegistry.RecordAction.recruitment(effective, position.unitId(),
						drive.category(), rank, command.decision())
					.withStep(1, effective)
					.signed(command.signer(), null)
					.noting("Trúng tuyển " + drive.title())
					.atPosition(position.positionCode()));
			}
			else {
				official = registry.enrol(new PersonnelRegistry.EnrolOfficial(a.citizenId(), a.fullName(),
						a.dateOfBirth(), false, a.sex(), a.ethnicCode(), position.unitId(), drive.category(), rank, 1,
						effective, command.decision(), command.signer(), false, position.positionCode())).id();
			}
			a.recruited(official);
			officials.add(official);
		}
		applications.flush();
		return officials;
	}

	/**
	 * Someone recruited who did not take up the post within the legal time (Decree 170/2025 Art. 19: 30 days, 15 in the
	 * 2026 consolidated text): their recruitment is cancelled by a decision, and the place goes to the next-ranked
	 * candidate of the position, whom a further decision recruits.
	 */
	public ApplicationView forfeit(long applicationId, @Nullable DecisionRef cancellation, @Nullable LocalDate on) {
		var application = applications.findById(applicationId)
			.orElseThrow(() -> new NotFoundException("recruitment.application.notFound", applicationId));
		var drive = driveOf(application, applicationId);
		desk.writable(drive.authorityUnitId());
		drive.requireStatus(DriveStatus.DECIDED);
		var official = application.officialId();
		if (application.verdict() != Ranking.Verdict.PASSED || official == null) {
			throw new ConflictException("recruitment.forfeit.notRecruited");
		}
		if (cancellation == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		var recruitment = records.actions(official).stream()
			.filter(a -> a.kind() == vn.congvu.personnel.ActionKind.RECRUITMENT && !a.cancelled())
			.findFirst()
			.orElseThrow(() -> new ConflictException("recruitment.forfeit.notRecruited"));
		registry.record(official, PersonnelRegistry.RecordAction
			.cancellation(on == null ? cancellation.date() : on, recruitment.id(), cancellation)
			.signed(null, "Không đến nhận việc trong thời hạn quy định"));
		application.forfeit();
		applications.findByDriveIdOrderById(drive.id())
			.stream()
			.filter(a -> a.drivePositionId() == application.drivePositionId()
					&& a.verdict() == Ranking.Verdict.OUTSIDE_QUOTA)
			.min(java.util.Comparator.comparing((Application a) -> a.ranking() == null ? Integer.MAX_VALUE : a.ranking())
				.thenComparing(Application::id))
			.ifPresent(Application::calledInstead);
		applications.flush();
		return application.view(true);
	}

	/** Refuses the step to a caller who is a candidate of the drive (linked to an official with their citizen id). */
	private void notACandidate(List<Application> all, String messageCode) {
		var caller = Caller.current();
		if (caller.isEmpty()) {
			return;
		}
		var own = records.citizenIdOfAccount(caller.get().username());
		if (own.isPresent() && all.stream().anyMatch(a -> a.citizenId().equals(own.get()))) {
			throw new ConflictException(messageCode);
		}
	}

	/** The months of probation of a recruit to a position (for the documents and the record). */
	int probationMonths(Drive drive, DrivePosition position, LocalDate effective) {
		var rank = position.rankCode() == null ? null : catalog.rank(position.rankCode(), effective).orElse(null);
		return rank == null ? 0 : ProbationRule.months(drive.category(), effective, rank.level());
	}


	/**
	 * The drive of an application the caller reaches: an application of a drive outside the scope is refused as an
	 * application that does not exist (not as its drive, which would tell that the application exists).
	 */
	private Drive driveOf(Application application, long applicationId) {
		try {
			return desk.readable(application.view(false).driveId());
		}
		catch (NotFoundException outside) {
			throw new NotFoundException("recruitment.application.notFound", applicationId);
		}
	}

}
