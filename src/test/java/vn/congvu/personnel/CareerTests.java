package vn.congvu.personnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.congvu.catalog.SalaryScale;
import vn.congvu.shared.DecisionRef;

/** The career rules on actions alone, no database. */
class CareerTests {

	static final SalaryScale A1 = SalaryScale.even("A1", 36, "2.34", "0.33", 9);

	static final SalaryScale A21 = SalaryScale.even("A2.1", 36, "4.40", "0.34", 8);

	static final DecisionRef DECISION = new DecisionRef("01/QĐ-UBND", LocalDate.of(2000, 1, 1), "UBND tỉnh");

	static Career replay(List<ActionRecord> actions) {
		return Career.replay(actions, (code, date) -> code.equals("A1") ? A1 : A21);
	}

	/** Named factories for actions, in the style of a rulebook. */
	static final class Actions {

		private final List<ActionRecord> list = new ArrayList<>();

		private long next = 1;

		long add(ActionKind kind, String date, Long unit, String rank, String scale, Integer step, String end,
				String position, Long cancels, boolean outOfSequence) {
			return add(kind, date, unit, rank, scale, step, end, position, null, cancels, outOfSequence);
		}

		long add(ActionKind kind, String date, Long unit, String rank, String scale, Integer step, String end,
				String position, String positionCode, Long cancels, boolean outOfSequence) {
			long id = next++;
			list.add(new ActionRecord(id, kind, LocalDate.parse(date), end == null ? null : LocalDate.parse(end),
					DECISION, unit, kind.startsEmployment() ? Category.CIVIL_SERVANT : null, rank, scale, step, null,
					position, positionCode, cancels, outOfSequence));
			return id;
		}

		/** An action about job positions: an assignment, a concurrent post or its end, or a move naming one. */
		long place(ActionKind kind, String date, Long unit, String positionCode) {
			return add(kind, date, unit, null, null, null, null, null, positionCode, null, false);
		}

		long recruit(String date, long unit) {
			return add(ActionKind.RECRUITMENT, date, unit, "01.003", "A1", 1, null, null, null, false);
		}

		long step(String date, int step) {
			return add(ActionKind.SALARY_STEP, date, null, null, null, step, null, null, null, false);
		}

		long transfer(String date, long unit) {
			return add(ActionKind.TRANSFER, date, unit, null, null, null, null, null, null, false);
		}

		long second(String date, long unit, String end) {
			return add(ActionKind.SECONDMENT, date, unit, null, null, null, end, null, null, false);
		}

		long retire(String date) {
			return add(ActionKind.RETIREMENT, date, null, null, null, null, null, null, null, false);
		}

		long cancel(String date, long action) {
			return add(ActionKind.CANCELLATION, date, null, null, null, null, null, null, action, false);
		}

		List<ActionRecord> all() {
			return List.copyOf(list);
		}

	}

	@Test
	void recruitmentStartsEmploymentOnProbationBefore2025() {
		var actions = new Actions();
		actions.recruit("2021-03-01", 10);
		var career = replay(actions.all());
		assertThat(career.periods()).hasSize(1);
		var period = career.on(LocalDate.of(2021, 3, 1)).orElseThrow();
		assertThat(period.status()).isEqualTo(EmploymentStatus.PROBATION);
		assertThat(period.unitId()).isEqualTo(10);
		assertThat(career.on(LocalDate.of(2021, 2, 28))).isEmpty();
	}

	@Test
	void civilServantsRecruitedFromJuly2025HaveNoProbation() {
		var actions = new Actions();
		actions.recruit("2025-07-01", 10);
		assertThat(replay(actions.all()).latest().orElseThrow().status()).isEqualTo(EmploymentStatus.WORKING);
	}

	@Test
	void transferAndStepsMakeConsecutivePeriods() {
		var actions = new Actions();
		actions.recruit("2015-01-01", 10);
		actions.step("2018-01-01", 2);
		actions.transfer("2021-06-15", 20);
		var career = replay(actions.all());
		assertThat(career.periods()).extracting(EmploymentPeriod::validFrom).containsExactly(LocalDate.of(2015, 1, 1),
				LocalDate.of(2018, 1, 1), LocalDate.of(2021, 6, 15));
		assertThat(career.periods().get(0).validTo()).isEqualTo(LocalDate.of(2018, 1, 1));
		assertThat(career.on(LocalDate.of(2021, 6, 14)).orElseThrow().unitId()).isEqualTo(10);
		assertThat(career.on(LocalDate.of(2021, 6, 15)).orElseThrow().unitId()).isEqualTo(20);
		assertThat(career.on(LocalDate.of(2021, 6, 15)).orElseThrow().salaryStep()).isEqualTo(2);
	}

	@Test
	void aSalaryStepMustBeTheNextOneUnlessTheDecisionSaysOtherwise() {
		var actions = new Actions();
		actions.recruit("2015-01-01", 10);
		actions.step("2018-01-01", 3);
		assertThatThrownBy(() -> replay(actions.all())).isInstanceOf(CareerRuleViolation.class)
			.hasMessageContaining("personnel.step.notNext");
		var corrected = new Actions();
		corrected.recruit("2015-01-01", 10);
		corrected.add(ActionKind.SALARY_STEP, "2018-01-01", null, null, null, 3, null, null, null, true);
		assertThat(replay(corrected.all()).latest().orElseThrow().salaryStep()).isEqualTo(3);
		var beyond = new Actions();
		beyond.recruit("2015-01-01", 10);
		beyond.add(ActionKind.SALARY_STEP, "2018-01-01", null, null, null, 10, null, null, null, true);
		assertThatThrownBy(() -> replay(beyond.all())).hasMessageContaining("personnel.step.outOfScale");
	}

	@Test
	void nothingButItsCancellationFollowsARetirement() {
		var actions = new Actions();
		actions.recruit("1990-01-01", 10);
		long retirement = actions.retire("2021-07-01");
		assertThat(replay(actions.all()).on(LocalDate.of(2021, 7, 1))).isEmpty();
		assertThat(replay(actions.all()).on(LocalDate.of(2021, 6, 30))).isPresent();
		var after = new Actions();
		after.recruit("1990-01-01", 10);
		after.retire("2021-07-01");
		after.transfer("2021-08-01", 20);
		assertThatThrownBy(() -> replay(after.all())).hasMessageContaining("personnel.action.afterRetirement");
		actions.cancel("2021-07-05", retirement);
		assertThat(replay(actions.all()).on(LocalDate.of(2022, 1, 1))).isPresent();
	}

	@Test
	void aSecondmentEndsByItself() {
		var actions = new Actions();
		actions.recruit("2015-01-01", 10);
		actions.second("2020-01-01", 30, "2021-01-01");
		var career = replay(actions.all());
		var seconded = career.on(LocalDate.of(2020, 6, 1)).orElseThrow();
		assertThat(seconded.status()).isEqualTo(EmploymentStatus.SECONDED);
		assertThat(seconded.secondedTo()).isEqualTo(30);
		assertThat(seconded.unitId()).isEqualTo(10);
		var back = career.on(LocalDate.of(2021, 1, 1)).orElseThrow();
		assertThat(back.status()).isEqualTo(EmploymentStatus.WORKING);
		assertThat(back.secondedTo()).isNull();
		var tooLong = new Actions();
		tooLong.recruit("2015-01-01", 10);
		tooLong.second("2020-01-01", 30, "2023-01-02");
		assertThatThrownBy(() -> replay(tooLong.all())).hasMessageContaining("personnel.secondment.tooLong");
	}

	@Test
	void employmentStartsOnlyOnce() {
		var actions = new Actions();
		actions.recruit("2015-01-01", 10);
		actions.recruit("2016-01-01", 20);
		assertThatThrownBy(() -> replay(actions.all())).hasMessageContaining("personnel.action.alreadyEmployed");
		var none = new Actions();
		none.transfer("2016-01-01", 20);
		assertThatThrownBy(() -> replay(none.all())).hasMessageContaining("personnel.action.notEmployed");
	}

	@Test
	void aCancellationCannotBeCancelledNorNameAnotherPersonsAction() {
		var actions = new Actions();
		actions.recruit("2015-01-01", 10);
		long transfer = actions.transfer("2016-01-01", 20);
		long cancellation = actions.cancel("2016-02-01", transfer);
		actions.cancel("2016-03-01", cancellation);
		assertThatThrownBy(() -> replay(actions.all())).hasMessageContaining("personnel.cancel.cancellation");
		var foreign = new Actions();
		foreign.recruit("2015-01-01", 10);
		foreign.cancel("2016-02-01", 999);
		assertThatThrownBy(() -> replay(foreign.all())).hasMessageContaining("personnel.cancel.unknownAction");
	}

	static Stream<Long> seeds() {
		return IntStream.range(0, 200).mapToObj(i -> 7919L * i + 13);
	}

	/** A cancelled action leaves no trace: the periods are those of the career without it. */
	@ParameterizedTest
	@MethodSource("seeds")
	void aCancelledActionLeavesNoTrace(long seed) {
		var random = new Random(seed);
		var actions = new Actions();
		var date = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(3650));
		actions.recruit(date.toString(), 1);
		int step = 1;
		long unit = 1;
		for (int i = 0; i < 2 + random.nextInt(6); i++) {
			date = date.plusDays(30 + random.nextInt(1500));
			if (random.nextBoolean() && step < 9) {
				actions.step(date.toString(), ++step);
			}
			else {
				actions.transfer(date.toString(), unit = unit == 1 ? 2 : 1);
			}
		}
		var without = replay(actions.all()).periods();
		var extraDate = date.plusDays(1 + random.nextInt(400));
		long extra = random.nextBoolean() ? actions.transfer(extraDate.toString(), unit == 1 ? 2 : 1)
				: actions.second(extraDate.toString(), 3, extraDate.plusMonths(6).toString());
		assertThat(replay(actions.all()).periods()).isNotEqualTo(without);
		actions.cancel(extraDate.plusDays(10).toString(), extra);
		assertThat(replay(actions.all()).periods()).isEqualTo(without);
		// periods never overlap and follow each other
		var periods = replay(actions.all()).periods();
		for (int i = 1; i < periods.size(); i++) {
			assertThat(periods.get(i - 1).validTo()).isEqualTo(periods.get(i).validFrom());
		}
	}

	@Test
	void aPositionIsTakenUpByAssignmentHeldConcurrentlyByRecordAndLeftWithTheUnit() {
		var actions = new Actions();
		actions.recruit("2015-03-01", 1);
		actions.place(ActionKind.POSITION_ASSIGNMENT, "2016-01-01", null, "CM01");
		actions.place(ActionKind.CONCURRENT_POST, "2017-01-01", null, "KT01");
		actions.place(ActionKind.CONCURRENT_POST, "2017-06-01", null, "HC02");
		actions.place(ActionKind.END_OF_CONCURRENT_POST, "2018-01-01", null, "HC02");
		actions.place(ActionKind.POSITION_ASSIGNMENT, "2019-01-01", null, "KT01");
		long transfer = actions.place(ActionKind.TRANSFER, "2020-01-01", 2L, "TT05");
		var career = replay(actions.all());
		assertThat(career.on(LocalDate.of(2015, 6, 1)).orElseThrow().positionCode()).isNull();
		assertThat(career.on(LocalDate.of(2016, 6, 1)).orElseThrow().positionCode()).isEqualTo("CM01");
		assertThat(career.on(LocalDate.of(2017, 8, 1)).orElseThrow().concurrentPositions()).containsExactly("HC02", "KT01");
		assertThat(career.on(LocalDate.of(2017, 8, 1)).orElseThrow().positionSince()).isEqualTo("2016-01-01");
		assertThat(career.on(LocalDate.of(2018, 8, 1)).orElseThrow().concurrentPositions()).containsExactly("KT01");
		// taking up the concurrent post as the main position ends it as a concurrent post
		var after2019 = career.on(LocalDate.of(2019, 8, 1)).orElseThrow();
		assertThat(after2019.positionCode()).isEqualTo("KT01");
		assertThat(after2019.concurrentPositions()).isEmpty();
		assertThat(after2019.positionSince()).isEqualTo("2019-01-01");
		var moved = career.on(LocalDate.of(2020, 8, 1)).orElseThrow();
		assertThat(moved.unitId()).isEqualTo(2);
		assertThat(moved.positionCode()).isEqualTo("TT05");
		// a move that names no position leaves the person without one in the new unit; cancelling it restores
		actions.cancel("2020-02-01", transfer);
		actions.place(ActionKind.CONCURRENT_POST, "2020-03-01", null, "HC02");
		actions.place(ActionKind.REASSIGNMENT, "2021-01-01", 3L, null);
		var again = replay(actions.all());
		assertThat(again.on(LocalDate.of(2020, 8, 1)).orElseThrow().positionCode()).isEqualTo("KT01");
		var reassigned = again.on(LocalDate.of(2021, 8, 1)).orElseThrow();
		assertThat(reassigned.positionCode()).isNull();
		assertThat(reassigned.concurrentPositions()).isEmpty();
		assertThat(reassigned.positionSince()).isNull();
	}

	@Test
	void aPositionCannotBeHeldTwiceNorLeftWhenNotHeld() {
		var twice = new Actions();
		twice.recruit("2015-03-01", 1);
		twice.place(ActionKind.POSITION_ASSIGNMENT, "2016-01-01", null, "CM01");
		twice.place(ActionKind.CONCURRENT_POST, "2017-01-01", null, "cm01");
		assertThatThrownBy(() -> replay(twice.all())).hasMessageContaining("personnel.position.alreadyHeld");
		var notHeld = new Actions();
		notHeld.recruit("2015-03-01", 1);
		notHeld.place(ActionKind.END_OF_CONCURRENT_POST, "2017-01-01", null, "KT01");
		assertThatThrownBy(() -> replay(notHeld.all())).hasMessageContaining("personnel.position.notConcurrent");
		var missing = new Actions();
		missing.recruit("2015-03-01", 1);
		missing.place(ActionKind.POSITION_ASSIGNMENT, "2016-01-01", null, null);
		assertThatThrownBy(() -> replay(missing.all())).hasMessageContaining("personnel.action.fieldRequired");
	}

}
