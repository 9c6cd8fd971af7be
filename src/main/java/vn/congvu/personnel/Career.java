package vn.congvu.personnel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;

import vn.congvu.catalog.SalaryScale;

/**
 * An official's career, derived from their personnel actions: the employment periods, and the rules an action must
 * keep at its date.
 * <p>
 * Actions apply in the order of their effective dates (and ids within a day). A cancelled action and the cancellation
 * itself change nothing, so cancelling restores the state as if the action had never been taken. The rules:
 * <ul>
 * <li>employment starts with a recruitment or an intake, and only when the person is not already employed;</li>
 * <li>every other action needs the person employed on its date;</li>
 * <li>after a retirement nothing can follow (only the retirement's own cancellation);</li>
 * <li>a regular salary step is the next step of the current scale, unless the decision says otherwise;</li>
 * <li>a secondment has an end date, at most 3 years after its start (Law 80/2025, Art. 5; Decree 170/2025);</li>
 * <li>a job position is taken up by an assignment (or named by a recruitment, move, appointment or rank change) and
 * left on moving to another unit; a concurrent post is another position of the unit, held until its end is
 * recorded;</li>
 * <li>a cancellation names an action of the same person not yet cancelled.</li>
 * </ul>
 */
public final class Career {

	/** A secondment lasts at most 3 years (Decree 170/2025/NĐ-CP; formerly Law 22/2008 Art. 53). */
	static final int MAX_SECONDMENT_MONTHS = 36;

	private final List<EmploymentPeriod> periods;

	private final List<ActionRecord> effective;

	private Career(List<EmploymentPeriod> periods, List<ActionRecord> effective) {
		this.periods = List.copyOf(periods);
		this.effective = List.copyOf(effective);
	}

	/**
	 * Replays the actions and checks every rule.
	 *
	 * @param scales the salary scale with a given code in force on a given date
	 * @throws CareerRuleViolation naming the first action that breaks a rule
	 */
	public static Career replay(List<ActionRecord> actions, BiFunction<String, LocalDate, SalaryScale> scales) {
		var cancelled = new HashSet<Long>();
		var ids = new HashSet<Long>();
		actions.forEach(a -> ids.add(a.id()));
		for (var action : actions) {
			if (action.kind() == ActionKind.CANCELLATION) {
				var target = action.cancelsActionId();
				if (target == null || !ids.contains(target) || target == action.id()) {
					throw new CareerRuleViolation("cancelsActionId", "personnel.cancel.unknownAction", target);
				}
				var cancelledAction = actions.stream().filter(a -> a.id() == target).findFirst().orElseThrow();
				if (cancelledAction.kind() == ActionKind.CANCELLATION) {
					throw new CareerRuleViolation("cancelsActionId", "personnel.cancel.cancellation");
				}
				if (!cancelled.add(target)) {
					throw new CareerRuleViolation("cancelsActionId", "personnel.cancel.twice", target);
				}
			}
		}
		var ordered = actions.stream()
			.filter(a -> a.kind() != ActionKind.CANCELLATION && !cancelled.contains(a.id()))
			.sorted(Comparator.comparing(ActionRecord::effectiveDate).thenComparing(ActionRecord::id))
			.toList();
		var replay = new Replay(scales);
		for (var action : ordered) {
			replay.apply(action);
		}
		replay.finish();
		return new Career(replay.periods, ordered);
	}

	public List<EmploymentPeriod> periods() {
		return periods;
	}

	/** The actions that count: not cancelled, not cancellations, in the order they apply. */
	public List<ActionRecord> effectiveActions() {
		return effective;
	}

	public Optional<EmploymentPeriod> on(LocalDate date) {
		return periods.stream().filter(p -> p.covers(date)).findFirst();
	}

	/** The latest period, current or not. */
	public Optional<EmploymentPeriod> latest() {
		return periods.isEmpty() ? Optional.empty() : Optional.of(periods.get(periods.size() - 1));
	}

	public boolean isRetired() {
		return effective.stream().anyMatch(a -> a.kind() == ActionKind.RETIREMENT);
	}

	/** Applies actions one by one onto the open period. */
	private static final class Replay {

		private final BiFunction<String, LocalDate, SalaryScale> scales;

		private final List<EmploymentPeriod> periods = new ArrayList<>();

		private @Nullable EmploymentPeriod open;

		private @Nullable LocalDate secondmentEnds;

		private boolean retired;

		Replay(BiFunction<String, LocalDate, SalaryScale> scales) {
			this.scales = scales;
		}

		void apply(ActionRecord action) {
			var date = action.effectiveDate();
			returnFromSecondmentBefore(date);
			if (retired) {
				throw new CareerRuleViolation("kind", "personnel.action.afterRetirement", date);
			}
			if (action.kind().startsEmployment()) {
				if (open != null) {
					throw new CareerRuleViolation("kind", "personnel.action.alreadyEmployed", date);
				}
				var category = require(action.category(), "category");
				var unit = require(action.unitId(), "unitId");
				var scale = action.salaryScaleCode();
				var step = action.salaryStep();
				if (scale != null && step != null) {
					checkStepExists(scale, step, date);
				}
				var status = action.kind() == ActionKind.RECRUITMENT && ProbationRule.startsOnProbation(category, date)
						? EmploymentStatus.PROBATION : EmploymentStatus.WORKING;
				open = new EmploymentPeriod(date, null, unit, category, status, action.rankCode(), scale, step,
						action.stepStart() == null ? date : action.stepStart(), action.positionTitle(),
						action.positionCode(), action.positionCode() == null ? null : date, List.of(), null, action.id());
				return;
			}
			var current = open;
			if (current == null) {
				throw new CareerRuleViolation("effectiveDate", "personnel.action.notEmployed", date);
			}
			var next = switch (action.kind()) {
				case END_OF_PROBATION -> with(current, action).status(EmploymentStatus.WORKING);
				case RANK_CHANGE -> {
					var scale = require(action.salaryScaleCode(), "salaryScaleCode");
					var step = require(action.salaryStep(), "salaryStep");
					checkStepExists(scale, step, date);
					yield with(current, action).rank(require(action.rankCode(), "rankCode"), scale, step,
							action.stepStart() == null ? date : action.stepStart()).mainPosition(action.positionCode());
				}
				case SALARY_STEP -> {
					var scale = current.salaryScaleCode();
					var step = require(action.salaryStep(), "salaryStep");
					if (scale == null || current.salaryStep() == null) {
						throw new CareerRuleViolation("salaryStep", "personnel.step.noScale");
					}
					checkStepExists(scale, step, date);
					if (!action.outOfSequence() && step != current.salaryStep() + 1) {
						throw new CareerRuleViolation("salaryStep", "personnel.step.notNext", current.salaryStep() + 1,
								step);
					}
					yield with(current, action).step(step, action.stepStart() == null ? date : action.stepStart());
				}
				case TRANSFER, ROTATION, REASSIGNMENT, REORGANIZATION_MOVE -> {
					var unit = require(action.unitId(), "unitId");
					if (unit == current.unitId()) {
						throw new CareerRuleViolation("unitId", "personnel.move.sameUnit");
					}
					// a position belongs to the scheme of the unit left: the move names the one taken up, if any
					yield with(current, action).unit(unit).positions(action.positionCode());
				}
				case SECONDMENT -> {
					var end = action.endDate();
					if (end == null) {
						throw new CareerRuleViolation("endDate", "personnel.secondment.endRequired");
					}
					if (ChronoUnit.MONTHS.between(date, end) > MAX_SECONDMENT_MONTHS
							|| (ChronoUnit.MONTHS.between(date, end) == MAX_SECONDMENT_MONTHS
									&& date.plusMonths(MAX_SECONDMENT_MONTHS).isBefore(end))) {
						throw new CareerRuleViolation("endDate", "personnel.secondment.tooLong", MAX_SECONDMENT_MONTHS);
					}
					secondmentEnds = end;
					yield with(current, action).seconded(require(action.unitId(), "unitId"));
				}
				case APPOINTMENT, REAPPOINTMENT -> with(current, action)
					.position(require(action.positionTitle(), "positionTitle"))
					.mainPosition(action.positionCode());
				case DISMISSAL_FROM_POST -> with(current, action).position(null).mainPosition(action.positionCode());
				case POSITION_ASSIGNMENT -> {
					var code = require(action.positionCode(), "positionCode");
					if (code.equalsIgnoreCase(String.valueOf(current.positionCode()))) {
						throw new CareerRuleViolation("positionCode", "personnel.position.alreadyHeld", code);
					}
					yield with(current, action).mainPosition(code);
				}
				case CONCURRENT_POST -> {
					var code = require(action.positionCode(), "positionCode");
					if (code.equalsIgnoreCase(String.valueOf(current.positionCode()))
							|| current.concurrentPositions().stream().anyMatch(code::equalsIgnoreCase)) {
						throw new CareerRuleViolation("positionCode", "personnel.position.alreadyHeld", code);
					}
					yield with(current, action).concurrent(code, true);
				}
				case END_OF_CONCURRENT_POST -> {
					var code = require(action.positionCode(), "positionCode");
					if (current.concurrentPositions().stream().noneMatch(code::equalsIgnoreCase)) {
						throw new CareerRuleViolation("positionCode", "personnel.position.notConcurrent", code);
					}
					yield with(current, action).concurrent(code, false);
				}
				case ALLOWANCE_CHANGE, DISCIPLINE -> with(current, action);
				case RETIREMENT, RESIGNATION -> null;
				default -> throw new IllegalStateException(action.kind().name());
			};
			close(date);
			if (action.kind().endsEmployment()) {
				secondmentEnds = null;
				retired = action.kind() == ActionKind.RETIREMENT;
			}
			if (next != null) {
				open(next.build(date));
			}
		}

		private void returnFromSecondmentBefore(LocalDate date) {
			var ends = secondmentEnds;
			var current = open;
			if (ends != null && current != null && !ends.isAfter(date)) {
				close(ends);
				open(new Builder(current, current.lastActionId()).back().build(ends));
				secondmentEnds = null;
			}
		}

		void finish() {
			var ends = secondmentEnds;
			var current = open;
			if (ends != null && current != null) {
				close(ends);
				open(new Builder(current, current.lastActionId()).back().build(ends));
				secondmentEnds = null;
			}
			if (open != null) {
				periods.add(open);
			}
		}

		/** Ends the open period the day before {@code date}; a period that started that day is replaced. */
		private void close(LocalDate date) {
			var current = Objects.requireNonNull(open);
			if (current.validFrom().isBefore(date)) {
				periods.add(current.endingOn(date));
			}
			open = null;
		}

		private void open(EmploymentPeriod period) {
			open = period;
		}

		private void checkStepExists(String scaleCode, int step, LocalDate date) {
			var scale = scales.apply(scaleCode, date);
			if (step < 1 || step > scale.steps()) {
				throw new CareerRuleViolation("salaryStep", "personnel.step.outOfScale", step, scaleCode, scale.steps());
			}
		}

		private static <T> T require(@Nullable T value, String field) {
			if (value == null) {
				throw new CareerRuleViolation(field, "personnel.action.fieldRequired", field);
			}
			return value;
		}

		private static Builder with(EmploymentPeriod current, ActionRecord action) {
			return new Builder(current, action.id());
		}

	}

	/** The next period: the current one with some facts changed. */
	private static final class Builder {

		private final EmploymentPeriod from;

		private final long actionId;

		private long unitId;

		private EmploymentStatus status;

		private @Nullable String rankCode;

		private @Nullable String scaleCode;

		private @Nullable Integer step;

		private @Nullable LocalDate stepStart;

		private @Nullable String position;

		private @Nullable Long secondedTo;

		private @Nullable String positionCode;

		private @Nullable LocalDate positionSince;

		private boolean positionTakenUp;

		private final java.util.TreeSet<String> concurrent = new java.util.TreeSet<>();

		Builder(EmploymentPeriod from, long actionId) {
			this.from = from;
			this.actionId = actionId;
			this.unitId = from.unitId();
			this.status = from.status();
			this.rankCode = from.rankCode();
			this.scaleCode = from.salaryScaleCode();
			this.step = from.salaryStep();
			this.stepStart = from.stepStart();
			this.position = from.positionTitle();
			this.secondedTo = from.secondedTo();
			this.positionCode = from.positionCode();
			this.positionSince = from.positionSince();
			this.concurrent.addAll(from.concurrentPositions());
		}

		Builder status(EmploymentStatus status) {
			this.status = status;
			return this;
		}

		Builder rank(String rankCode, String scaleCode, int step, LocalDate stepStart) {
			this.rankCode = rankCode;
			this.scaleCode = scaleCode;
			this.step = step;
			this.stepStart = stepStart;
			return this;
		}

		Builder step(int step, LocalDate stepStart) {
			this.step = step;
			this.stepStart = stepStart;
			return this;
		}

		Builder unit(long unitId) {
			this.unitId = unitId;
			return this;
		}

		Builder seconded(long to) {
			this.status = EmploymentStatus.SECONDED;
			this.secondedTo = to;
			return this;
		}

		Builder back() {
			this.status = EmploymentStatus.WORKING;
			this.secondedTo = null;
			return this;
		}

		Builder position(@Nullable String position) {
			this.position = position;
			return this;
		}

		/** Takes up {@code code} as the main position, when the action names one; a concurrent post of it ends. */
		Builder mainPosition(@Nullable String code) {
			if (code != null) {
				this.positionTakenUp = true;
				this.positionCode = code;
				this.concurrent.removeIf(code::equalsIgnoreCase);
			}
			return this;
		}

		/** Leaves every position held (they are the old unit's) and takes up {@code code}, if named. */
		Builder positions(@Nullable String code) {
			this.positionTakenUp = true;
			this.positionCode = code;
			this.concurrent.clear();
			return this;
		}

		Builder concurrent(String code, boolean held) {
			if (held) {
				this.concurrent.add(code);
			}
			else {
				this.concurrent.removeIf(code::equalsIgnoreCase);
			}
			return this;
		}

		EmploymentPeriod build(LocalDate validFrom) {
			return new EmploymentPeriod(validFrom, null, unitId, from.category(), status, rankCode, scaleCode, step,
					stepStart, position, positionCode,
					positionTakenUp ? (positionCode == null ? null : validFrom) : positionSince, List.copyOf(concurrent),
					secondedTo, actionId);
		}

	}

}
