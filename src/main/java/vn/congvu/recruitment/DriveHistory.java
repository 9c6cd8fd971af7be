package vn.congvu.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.position.JobPositions;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.Sex;

/**
 * Loads drives held before CôngVụ kept them — a province's past drives, or the demo province's — as they were, through
 * the same steps as a drive run here: the regime of the announcement's date ({@link Regime#of}), every position one of
 * the scheme in force on the decision's date, the marks of each candidate, the ranking of each position within its
 * quota by {@link Ranking}, exam codes, and the decision. The candidates the ranking passes must be exactly those the
 * decision recruited, and each must already be in the personnel records with the recruitment action of that decision
 * into that position, taken up within 30 days (Decree 170/2025 Art. 19; Decree 138/2020 Art. 18): the application is
 * linked to the record. A drive that does not hold together is refused; the whole load is one transaction.
 */
@Service
public class DriveHistory {

	/** A position of a past drive. */
	public record PastPosition(long unitId, String code, String name, String rankCode, int quota) {
	}

	/**
	 * A candidate of a past drive: the position (an index into the drive's positions), who they are, what they claimed,
	 * their marks (round 1 passed, or absent), and the day they took up the post when the decision recruited them.
	 */
	public record PastCandidate(int position, String citizenId, String fullName, LocalDate dateOfBirth, Sex sex,
			String ethnicCode, @Nullable String degreeLevel, Set<Priority> priorities, LocalDate appliedOn,
			boolean absent, @Nullable Marks marks, @Nullable LocalDate recruitedOn) {
	}

	public record PastDrive(long authorityUnitId, String title, Category category, LocalDate announcedOn,
			LocalDate applicationsUntil, LocalDate publishedOn, DecisionRef decision, List<PastPosition> positions,
			List<PastCandidate> candidates) {
	}

	/** How long a recruit has to take up the post after the decision. */
	static final int TAKE_UP_DAYS = 30;

	static final String LOADED_BY = "system";

	private final Drives drives;

	private final Applications applications;

	private final PersonnelRecords records;

	private final JobPositions positions;

	private final Clock clock;

	private final jakarta.persistence.EntityManager entities;

	DriveHistory(Drives drives, Applications applications, PersonnelRecords records, JobPositions positions,
			Clock clock, jakarta.persistence.EntityManager entities) {
		this.entities = entities;
		this.drives = drives;
		this.applications = applications;
		this.records = records;
		this.positions = positions;
		this.clock = clock;
	}

	/** Loads the drives; returns how many applications were written. */
	@Transactional
	public int load(List<PastDrive> past) {
		vn.congvu.shared.SystemWork.require("Loading past drives");
		int written = 0;
		for (var d : past) {
			written += load(d);
			// each drive is written when loaded: the records read to check it need not stay in the session
			entities.clear();
		}
		return written;
	}

	private int load(PastDrive d) {
		var decided = d.decision().date();
		var drivePositions = new ArrayList<DrivePosition>();
		var schemes = positions.inForce(d.positions().stream().map(PastPosition::unitId).distinct().toList(), decided);
		for (var p : d.positions()) {
			var scheme = java.util.Optional.ofNullable(schemes.get(p.unitId()))
				.orElseThrow(() -> refused(d, "unit " + p.unitId() + " has no approved scheme on " + decided));
			if (scheme.positions().stream().noneMatch(j -> j.code().equalsIgnoreCase(p.code()))) {
				throw refused(d, "position " + p.code() + " is not in the scheme of unit " + p.unitId());
			}
			drivePositions.add(new DrivePosition(p.unitId(), p.code(), p.name(), p.rankCode(), null, null, p.quota()));
		}
		var drive = new Drive(d.authorityUnitId(), d.title(), d.category(), Method.EXAM, d.announcedOn(),
				d.applicationsUntil(), drivePositions, LOADED_BY, clock.instant());
		drive.close();
		drive.publish(d.publishedOn(), LOADED_BY);
		drive.decide(d.decision());
		drives.saveAndFlush(drive);
		var saved = drive.positions();
		// each position ranked as publication ranks it (candidates told apart by their place in the list)
		var outcomes = new HashMap<Integer, Ranking.Outcome>();
		for (int p = 0; p < saved.size(); p++) {
			var entries = new ArrayList<Ranking.Entry>();
			for (int i = 0; i < d.candidates().size(); i++) {
				var c = d.candidates().get(i);
				if (c.position() == p) {
					entries.add(new Ranking.Entry(i, c.absent(), true, c.absent() ? null : c.marks(), c.priorities()));
				}
			}
			Ranking.rank(drive.regime(), saved.get(p).quota(), entries)
				.forEach(o -> outcomes.put((int) o.candidateId(), o));
		}
		var all = new ArrayList<Application>();
		for (int i = 0; i < d.candidates().size(); i++) {
			var c = d.candidates().get(i);
			if (c.appliedOn().isBefore(d.announcedOn()) || c.appliedOn().isAfter(d.applicationsUntil())) {
				throw refused(d, c.fullName() + " applied outside the window");
			}
			var position = saved.get(c.position());
			var a = new Application(drive.id(), position.id(), c.citizenId(), c.fullName(), c.dateOfBirth(), c.sex(),
					c.ethnicCode(), c.degreeLevel(), null, c.priorities(), null, c.appliedOn());
			// the codes of a past drive are not known: numbered in order, as a marking sheet would be
			a.examCode("P" + (100001 + i));
			var marks = c.marks();
			a.mark(c.absent(), true, c.absent() || marks == null ? null : marks.written(),
					c.absent() || marks == null ? null : marks.interview(), LOADED_BY);
			var outcome = outcomes.get(i);
			a.outcome(outcome);
			boolean passed = outcome.verdict() == Ranking.Verdict.PASSED;
			if (passed != (c.recruitedOn() != null)) {
				throw refused(d, c.fullName() + (passed ? " passed and was not recruited"
						: " was recruited and " + outcome.verdict()));
			}
			if (passed) {
				a.recruited(recruit(d, c, position));
			}
			all.add(a);
		}
		applications.saveAll(all);
		applications.flush();
		return all.size();
	}

	/** The record the decision recruited the candidate into: it must hold the decision's recruitment action. */
	private long recruit(PastDrive d, PastCandidate c, DrivePosition position) {
		var on = java.util.Objects.requireNonNull(c.recruitedOn());
		var decided = d.decision().date();
		if (on.isBefore(decided) || on.isAfter(decided.plusDays(TAKE_UP_DAYS))) {
			throw refused(d, c.fullName() + " took up the post on " + on + ", not within " + TAKE_UP_DAYS
					+ " days of the decision");
		}
		var official = records.officialIdByCitizenId(c.citizenId())
			.orElseThrow(() -> refused(d, c.fullName() + " has no record"));
		boolean held = records.actions(official)
			.stream()
			.anyMatch(a -> a.kind() == ActionKind.RECRUITMENT && !a.cancelled() && a.effectiveDate().equals(on)
					&& a.decision().number().equals(d.decision().number())
					&& position.positionCode().equalsIgnoreCase(String.valueOf(a.positionCode()))
					&& java.util.Objects.equals(a.unitId(), position.unitId()));
		if (!held) {
			throw refused(d, c.fullName() + "'s record has no recruitment by decision " + d.decision().number()
					+ " into " + position.positionCode() + " on " + on);
		}
		return official;
	}

	private static IllegalArgumentException refused(PastDrive d, String why) {
		return new IllegalArgumentException("past drive \"" + d.title() + "\" refused: " + why);
	}

}
