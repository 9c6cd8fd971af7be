package vn.congvu.recruitment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.personnel.ProbationRule;
import vn.congvu.personnel.Workforce;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Texts;

/**
 * The end of a recruit's probation (tập sự), with its own assessment.
 * <ul>
 * <li>The probation lasts the months of {@link ProbationRule} for the category, date and level of the recruitment.</li>
 * <li>At its end the head of the unit assesses whether the recruit meets the requirements of the rank or title, on
 * the recruit's report and their guide's comments (Decree 138/2020/NĐ-CP Art. 23; Decree 115/2020/NĐ-CP Art. 28)
 * [M]. The assessment is made from 30 days before the end, never before, and not by the recruit.</li>
 * <li>A recruit who meets them is appointed to the rank or title: the end-of-probation action, effective on the day
 * the probation ends.</li>
 * <li>A recruit who does not: the recruitment decision is revoked (Decree 138/2020 Art. 24) or the work contract ended
 * (Decree 115/2020 Art. 29). CôngVụ records it as the end of service on the day the probation ends, so that the
 * months served stay in the record and in the headcounts of their dates; revoking the recruitment outright would erase
 * them — an interpretation, written in the note of the action.</li>
 * </ul>
 */
@Service
@Transactional
public class Probations {

	/** The assessment may be made from this many days before the probation ends. */
	static final int ASSESSABLE_DAYS_BEFORE = 30;

	public enum Result {
		MEETS, FAILS
	}

	/** Someone on probation, and the day it ends. */
	public record Probation(long officialId, String fullName, long unitId, String category, @Nullable String rankCode,
			long recruitmentActionId, LocalDate recruitedOn, int months, LocalDate endsOn) {
	}

	public record Assessment(@Nullable Result result, @Nullable LocalDate assessedOn, @Nullable String guideName,
			@Nullable String comments, @Nullable DecisionRef decision, @Nullable String signer) {
	}

	public record Assessed(long officialId, Result result, LocalDate endsOn, long actionId) {
	}

	private final Workforce workforce;

	private final PersonnelRegistry registry;

	private final PersonnelRecords records;

	private final Catalog catalog;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final vn.congvu.organization.ScopeGuard guard;

	Probations(Workforce workforce, PersonnelRegistry registry, PersonnelRecords records, Catalog catalog, JdbcClient jdbc, Clock clock,
			vn.congvu.organization.ScopeGuard guard) {
		this.guard = guard;
		this.workforce = workforce;
		this.registry = registry;
		this.records = records;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The officials on probation on a day in the caller's scope, each with the day it ends, soonest first. */
	@Transactional(readOnly = true)
	public List<Probation> onProbation(@Nullable LocalDate asOf) {
		allowed(false);
		var day = asOf == null ? LocalDate.now(clock) : asOf;
		return workforce.onProbation(day)
			.stream()
			.map(this::probation)
			.sorted(java.util.Comparator.comparing(Probation::endsOn).thenComparing(Probation::officialId))
			.toList();
	}

	private Probation probation(Workforce.Probationer p) {
		var level = p.rankCode() == null ? "SPECIALIST"
				: catalog.rank(p.rankCode(), p.recruitedOn()).map(r -> r.level()).orElse("SPECIALIST");
		int months = ProbationRule.months(p.category(), p.recruitedOn(), level);
		return new Probation(p.officialId(), p.fullName(), p.unitId(), p.category().name(), p.rankCode(),
				p.recruitmentActionId(), p.recruitedOn(), months, p.recruitedOn().plusMonths(months));
	}

	/**
	 * Records the assessment of an official on probation and the action it ends in. All or nothing: a refused action
	 * leaves no assessment.
	 */
	public Assessed assess(long officialId, Assessment command) {
		allowed(true);
		if (command.result() == null) {
			throw new InvalidInputException("result", "recruitment.probation.result.required");
		}
		var comments = Texts.clean(command.comments());
		if (comments == null || comments.isEmpty()) {
			throw new InvalidInputException("comments", "recruitment.probation.comments.required");
		}
		if (command.decision() == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		var assessedOn = command.assessedOn() == null ? LocalDate.now(clock) : command.assessedOn();
		if (assessedOn.isAfter(LocalDate.now(clock))) {
			throw new InvalidInputException("assessedOn", "recruitment.probation.future");
		}
		guard.refuseOwnCase(guard.reach(), officialId, "recruitment.probation.own");
		var probation = probationOf(officialId, assessedOn);
		var ends = probation.endsOn();
		if (assessedOn.isBefore(ends.minusDays(ASSESSABLE_DAYS_BEFORE))) {
			throw new InvalidInputException("assessedOn", "recruitment.probation.early", ends,
					ends.minusDays(ASSESSABLE_DAYS_BEFORE));
		}
		var guide = Texts.clean(command.guideName());
		var action = command.result() == Result.MEETS
				? registry.record(officialId, PersonnelRegistry.RecordAction
					.of(ActionKind.END_OF_PROBATION, ends, command.decision())
					.signed(command.signer(), probation.category().equals("CIVIL_SERVANT")
							? "Nghị định 138/2020/NĐ-CP, Điều 23–24" : "Nghị định 115/2020/NĐ-CP, Điều 28–29")
					.noting("Đạt yêu cầu tập sự: " + comments))
				: registry.record(officialId, PersonnelRegistry.RecordAction
					.of(ActionKind.RESIGNATION, ends, command.decision())
					.signed(command.signer(), probation.category().equals("CIVIL_SERVANT")
							? "Nghị định 138/2020/NĐ-CP, Điều 24" : "Nghị định 115/2020/NĐ-CP, Điều 29")
					.noting("Không đạt yêu cầu tập sự; hủy bỏ quyết định tuyển dụng (chấm dứt hợp đồng làm việc): "
							+ comments));
		jdbc.sql("""
				INSERT INTO recruitment.probation_assessment (official_id, recruitment_action_id, probation_ends_on,
				  assessed_on, result, guide_name, comments, action_id, assessed_by, assessed_at)
				VALUES (:official, :recruitment, :ends, :on, :result, :guide, :comments, :action, :by, :at)""")
			.param("official", officialId)
			.param("recruitment", probation.recruitmentActionId())
			.param("ends", ends)
			.param("on", assessedOn)
			.param("result", command.result().name())
			.param("guide", guide)
			.param("comments", comments)
			.param("action", action.id())
			.param("by", Caller.currentUsername())
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return new Assessed(officialId, command.result(), ends, action.id());
	}

	/** Probations are read by Home Affairs, unit HR and leaders, and assessed by Home Affairs and unit HR. */
	private void allowed(boolean write) {
		if (write) {
			guard.reach("Probations are kept by Home Affairs and unit HR", vn.congvu.shared.Role.HOME_AFFAIRS,
					vn.congvu.shared.Role.UNIT_HR);
		}
		else {
			guard.reach("Probations are read by Home Affairs, unit HR and leaders", vn.congvu.shared.Role.HOME_AFFAIRS,
					vn.congvu.shared.Role.UNIT_HR, vn.congvu.shared.Role.LEADER);
		}
	}

	/**
	 * The probation the official is in on the day, or ended unassessed before it: their last recruitment up to the day
	 * (not cancelled) began it, and neither an end of probation nor a departure has followed.
	 */
	private Probation probationOf(long officialId, LocalDate day) {
		var actions = records.actions(officialId);
		var recruitment = actions.stream()
			.filter(a -> a.kind() == ActionKind.RECRUITMENT && !a.cancelled() && !a.effectiveDate().isAfter(day))
			.max(java.util.Comparator.comparing(vn.congvu.personnel.ActionView::effectiveDate))
			.orElseThrow(() -> new ConflictException("recruitment.probation.notOnProbation"));
		boolean ended = actions.stream()
			.anyMatch(a -> !a.cancelled() && a.effectiveDate().isAfter(recruitment.effectiveDate().minusDays(1))
					&& (a.kind() == ActionKind.END_OF_PROBATION || a.kind() == ActionKind.RESIGNATION
							|| a.kind() == ActionKind.RETIREMENT));
		var period = records.employment(officialId, recruitment.effectiveDate());
		if (ended || period.isEmpty() || period.get().status() != vn.congvu.personnel.EmploymentStatus.PROBATION) {
			throw new ConflictException("recruitment.probation.notOnProbation");
		}
		if (jdbc.sql("SELECT count(*) FROM recruitment.probation_assessment WHERE recruitment_action_id = :a")
			.param("a", recruitment.id()).query(Long.class).single() > 0) {
			throw new ConflictException("recruitment.probation.assessed");
		}
		var p = period.get();
		return probation(new Workforce.Probationer(officialId, records.official(officialId).orElseThrow().fullName(),
				p.unitId(), p.category(), p.rankCode(), recruitment.id(), recruitment.effectiveDate()));
	}

}
