package vn.congvu.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.organization.UnitRestructuring.CreateUnit;
import vn.congvu.organization.UnitRestructuring.NewUnit;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Role;

/**
 * The rules every restructuring keeps, on a small province of its own (created far in the future of the demo data, so
 * the two never meet).
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class UnitRestructuringIntegrationTests {

	static final DecisionRef DECISION = new DecisionRef("01/NQ-HĐND", LocalDate.of(2030, 1, 1), "HĐND tỉnh Thử");

	static final LocalDate D0 = LocalDate.of(2030, 1, 1);

	@Autowired
	UnitRestructuring restructuring;

	@Autowired
	UnitDirectory directory;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private long create(String code, String name, UnitType type, Long parent, LocalDate date) {
		return restructuring.create(new CreateUnit(new NewUnit(code, name, type, parent), date, DECISION, null))
			.createdUnitIds()
			.get(0);
	}

	private long province(String code) {
		return create(code, "Tỉnh Thử " + code, UnitType.PROVINCE, null, D0);
	}

	@Test
	void createdUnitExistsFromItsDateOnly() {
		long p = province("T01");
		long d = create("T01.1", "Huyện Một", UnitType.DISTRICT, p, D0.plusDays(10));
		assertThat(directory.existsOn(d, D0.plusDays(9))).isFalse();
		assertThat(directory.existsOn(d, D0.plusDays(10))).isTrue();
		assertThat(directory.childrenAsOf(p, D0.plusDays(10))).extracting(UnitView::id).containsExactly(d);
	}

	@Test
	void refusesAParentThatDoesNotExistYetOrTheWrongTypeOfParent() {
		long p = province("T02");
		assertThatThrownBy(() -> create("T02.1", "Huyện Sớm", UnitType.DISTRICT, p, D0.minusDays(1)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("organization.parent.notExisting");
		long commune = create("T02.2", "Xã Một", UnitType.COMMUNE, p, D0);
		assertThatThrownBy(() -> create("T02.3", "Huyện Dưới Xã", UnitType.DISTRICT, commune, D0.plusDays(1)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("organization.parent.typeNotAllowed");
		assertThatThrownBy(() -> create("T02.4", "Xã Mồ Côi", UnitType.COMMUNE, null, D0))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("organization.parent.required");
	}

	@Test
	void renameKeepsTheOldNameForTheOldPeriod() {
		long p = province("T03");
		long d = create("T03.1", "Huyện Cũ", UnitType.DISTRICT, p, D0);
		// read (and kept in memory) before the rename, which must empty what was kept
		assertThat(directory.namesAsOf(List.of(d, p), D0.plusYears(2))).containsEntry(d, "Huyện Cũ")
			.containsEntry(p, "Tỉnh Thử T03");
		restructuring.amend(new UnitRestructuring.AmendUnit(d, "Thị xã Mới", null, null, null, D0.plusYears(1),
				DECISION, null));
		assertThat(directory.unit(d, D0.plusYears(1).minusDays(1)).orElseThrow().name()).isEqualTo("Huyện Cũ");
		assertThat(directory.unit(d, D0.plusYears(1)).orElseThrow().name()).isEqualTo("Thị xã Mới");
		assertThat(directory.namesAsOf(List.of(d), D0.plusYears(1).minusDays(1))).containsEntry(d, "Huyện Cũ");
		assertThat(directory.namesAsOf(List.of(d), D0.plusYears(2))).containsEntry(d, "Thị xã Mới");
		// before the unit existed: its latest name
		assertThat(directory.namesAsOf(List.of(d), D0.minusDays(1))).containsEntry(d, "Thị xã Mới");
		assertThat(directory.namesAsOf(List.of(-1L), D0)).isEmpty();
		assertThat(directory.history(d)).extracting(UnitHistoryEntry::change)
			.containsExactly(UnitChangeKind.CREATED, UnitChangeKind.RENAMED);
		assertThat(directory.history(d).get(1).oldValue()).isEqualTo("Huyện Cũ");
	}

	@Test
	void changesAreRecordedInDateOrder() {
		long p = province("T04");
		long d = create("T04.1", "Huyện Bốn", UnitType.DISTRICT, p, D0);
		restructuring.amend(new UnitRestructuring.AmendUnit(d, "Huyện Bốn Mới", null, null, null, D0.plusYears(2),
				DECISION, null));
		assertThatThrownBy(() -> restructuring.amend(new UnitRestructuring.AmendUnit(d, "Huyện Chen Ngang", null, null,
				null, D0.plusYears(1), DECISION, null)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("organization.unit.laterChangeExists");
	}

	@Test
	void moveRefusesACycle() {
		long p = province("T05");
		long agency = create("T05.1", "Sở Năm", UnitType.PROVINCIAL_AGENCY, p, D0);
		long division = create("T05.2", "Phòng Một", UnitType.INTERNAL_DIVISION, agency, D0);
		long sub = create("T05.3", "Tổ Một", UnitType.INTERNAL_DIVISION, division, D0);
		assertThatThrownBy(() -> restructuring.amend(new UnitRestructuring.AmendUnit(division, null, null, null, sub,
				D0.plusDays(5), DECISION, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("organization.amend.cycle");
	}

	@Test
	void mergeMovesChildrenToTheTargetAndEndsTheSources() {
		long p = province("T06");
		long a = create("T06.1", "Huyện A", UnitType.DISTRICT, p, D0);
		long b = create("T06.2", "Huyện B", UnitType.DISTRICT, p, D0);
		long x = create("T06.3", "Xã X", UnitType.COMMUNE, a, D0);
		var date = D0.plusYears(1);
		// read (and kept in memory) before the merge, which must empty what was kept
		assertThat(directory.lastDay(a)).isNull();
		var outcome = restructuring.merge(new UnitRestructuring.MergeUnits(List.of(a, b), null,
				new NewUnit("T06.4", "Huyện AB", UnitType.DISTRICT, p), date, DECISION, null));
		long ab = outcome.createdUnitIds().get(0);
		assertThat(directory.existsOn(a, date)).isFalse();
		assertThat(directory.existsOn(b, date)).isFalse();
		assertThat(directory.unit(x, date).orElseThrow().parentId()).isEqualTo(ab);
		assertThat(directory.unit(x, date.minusDays(1)).orElseThrow().parentId()).isEqualTo(a);
		assertThat(directory.history(ab)).extracting(UnitHistoryEntry::change)
			.containsExactly(UnitChangeKind.CREATED, UnitChangeKind.ABSORBED, UnitChangeKind.ABSORBED);
		assertThat(directory.scopeOf(ab)).contains(a, b, x);
		assertThat(directory.lastDay(a)).isEqualTo(date.minusDays(1));
		assertThat(directory.lastDay(b)).isEqualTo(date.minusDays(1));
		assertThat(directory.lastDay(ab)).isNull();
		assertThat(directory.lastDay(x)).isNull();
	}

	@Test
	void aMergedUnitsCodeMayBeReusedByItsSuccessorButNotByAnotherLiveUnit() {
		long p = province("T07");
		long a = create("T07.1", "Xã A", UnitType.COMMUNE, p, D0);
		long b = create("T07.2", "Xã B", UnitType.COMMUNE, p, D0);
		var date = D0.plusYears(1);
		assertThatThrownBy(() -> create("T07.1", "Xã Trùng Mã", UnitType.COMMUNE, p, date))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("organization.code.inUse");
		var merged = restructuring.merge(new UnitRestructuring.MergeUnits(List.of(a, b), null,
				new NewUnit("T07.1", "Xã AB", UnitType.COMMUNE, p), date, DECISION, null));
		assertThat(directory.unit(merged.createdUnitIds().get(0), date).orElseThrow().code()).isEqualTo("T07.1");
	}

	@Test
	void splitNeedsEveryChildPlacedAndCreatesTheParts() {
		long p = province("T08");
		long d = create("T08.1", "Huyện Lớn", UnitType.DISTRICT, p, D0);
		long x = create("T08.2", "Xã X", UnitType.COMMUNE, d, D0);
		long y = create("T08.3", "Xã Y", UnitType.COMMUNE, d, D0);
		var date = D0.plusYears(1);
		var north = new NewUnit("T08.4", "Huyện Bắc", UnitType.DISTRICT, p);
		var south = new NewUnit("T08.5", "Huyện Nam", UnitType.DISTRICT, p);
		assertThatThrownBy(() -> restructuring.split(new UnitRestructuring.SplitUnit(d,
				List.of(new UnitRestructuring.SplitPart(north, List.of(x)),
						new UnitRestructuring.SplitPart(south, List.of())),
				false, date, DECISION, null)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("organization.split.childrenUnplaced");
		var outcome = restructuring.split(new UnitRestructuring.SplitUnit(d,
				List.of(new UnitRestructuring.SplitPart(north, List.of(x)),
						new UnitRestructuring.SplitPart(south, List.of(y))),
				false, date, DECISION, null));
		assertThat(outcome.createdUnitIds()).hasSize(2);
		assertThat(directory.existsOn(d, date)).isFalse();
		assertThat(directory.unit(x, date).orElseThrow().parentId()).isEqualTo(outcome.createdUnitIds().get(0));
		assertThat(directory.unit(y, date).orElseThrow().parentId()).isEqualTo(outcome.createdUnitIds().get(1));
	}

	@Test
	void dissolveRefusesAUnitWithChildren() {
		long p = province("T09");
		long d = create("T09.1", "Huyện Chín", UnitType.DISTRICT, p, D0);
		long x = create("T09.2", "Xã Chín", UnitType.COMMUNE, d, D0);
		assertThatThrownBy(() -> restructuring.dissolve(new UnitRestructuring.DissolveUnit(d, D0.plusYears(1),
				DECISION, null)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("organization.dissolve.hasChildren");
		restructuring.dissolve(new UnitRestructuring.DissolveUnit(x, D0.plusYears(1), DECISION, null));
		restructuring.dissolve(new UnitRestructuring.DissolveUnit(d, D0.plusYears(1), DECISION, null));
		// valid to the dissolution's day (half-open), the day before being the last it existed
		var dissolved = directory.unit(d, D0.plusYears(1)).orElseThrow();
		assertThat(dissolved.validTo()).isEqualTo(D0.plusYears(1));
		assertThat(dissolved.lastDay()).isEqualTo(D0.plusYears(1).minusDays(1));
		assertThat(dissolved.lifetime().contains(D0.plusYears(1))).isFalse();
	}

	@Test
	void nothingHalfDoneStaysBehindAFailedMerge() {
		long p = province("T10");
		long a = create("T10.1", "Huyện A", UnitType.DISTRICT, p, D0);
		long x = create("T10.2", "Xã X", UnitType.COMMUNE, a, D0);
		long agency = create("T10.3", "Sở Mười", UnitType.PROVINCIAL_AGENCY, p, D0);
		// the commune cannot go under an agency: the merge fails after the source's child was examined
		assertThatThrownBy(() -> restructuring.merge(new UnitRestructuring.MergeUnits(List.of(a), agency, null,
				D0.plusYears(1), DECISION, null)))
			.isInstanceOf(InvalidInputException.class);
		assertThat(directory.existsOn(a, D0.plusYears(1))).isTrue();
		assertThat(directory.unit(x, D0.plusYears(1)).orElseThrow().parentId()).isEqualTo(a);
		assertThat(directory.history(a)).hasSize(1);
	}

	@Test
	void homeAffairsRestructuresOnlyInsideItsScopeAndUnitHrNotAtAll() {
		long p = province("T11");
		long other = province("T12");
		long d = create("T11.1", "Huyện Mười Một", UnitType.DISTRICT, p, D0);
		signIn(new Caller(1, "ha.t11", Role.HOME_AFFAIRS, p));
		create("T11.2", "Xã Trong", UnitType.COMMUNE, d, D0.plusDays(1));
		assertThatThrownBy(() -> create("T12.1", "Huyện Ngoài", UnitType.DISTRICT, other, D0.plusDays(1)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("organization.parent.notFound");
		assertThatThrownBy(() -> restructuring.amend(new UnitRestructuring.AmendUnit(other, "Tỉnh Đổi Tên", null, null,
				null, D0.plusDays(2), DECISION, null)))
			.isInstanceOf(NotFoundException.class);
		signIn(new Caller(2, "hr.t11", Role.UNIT_HR, p));
		assertThatThrownBy(() -> create("T11.3", "Xã Khác", UnitType.COMMUNE, d, D0.plusDays(1)))
			.isInstanceOf(AccessDeniedException.class);
	}

	private static void signIn(Caller caller) {
		record Principal(Caller caller) implements Caller.Source {
			@Override
			public String toString() {
				return caller.username();
			}
		}
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
				new Principal(caller), null, List.of()));
	}


	@Test
	void aPartOfASplitSharesThePastButNotTheOtherPartsFuture() {
		long p = province("T13");
		long combined = create("T13.1", "Sở Giáo dục, Khoa học", UnitType.PROVINCIAL_AGENCY, p, D0);
		long school = create("T13.2", "Trường Thử", UnitType.PUBLIC_SERVICE_UNIT, combined, D0);
		var split = D0.plusYears(2);
		var outcome = restructuring.split(new UnitRestructuring.SplitUnit(combined,
				List.of(new UnitRestructuring.SplitPart(new NewUnit("T13.3", "Sở Giáo dục", UnitType.PROVINCIAL_AGENCY, p),
						List.of(school)),
						new UnitRestructuring.SplitPart(new NewUnit("T13.4", "Sở Khoa học", UnitType.PROVINCIAL_AGENCY, p),
								List.of())),
				false, split, DECISION, null));
		long education = outcome.createdUnitIds().get(0);
		long science = outcome.createdUnitIds().get(1);
		long laterSchool = create("T13.5", "Trường Mới", UnitType.PUBLIC_SERVICE_UNIT, education, split.plusYears(1));
		assertThat(directory.inScopeOn(science, combined, split.minusDays(1))).isTrue();
		assertThat(directory.inScopeOn(science, school, split.minusDays(1))).as("the shared past").isTrue();
		assertThat(directory.inScopeOn(science, school, split)).as("the other part's future").isFalse();
		assertThat(directory.inScopeOn(science, laterSchool, split.plusYears(1))).isFalse();
		assertThat(directory.inScopeOn(education, school, split)).isTrue();
		assertThat(directory.inScopeOn(education, laterSchool, split.plusYears(1))).isTrue();
	}

	@Test
	void aUnitMovedOutOfTheSubtreeStopsBelongingToItsScope() {
		long p = province("T14");
		long a = create("T14.1", "Sở A", UnitType.PROVINCIAL_AGENCY, p, D0);
		long b = create("T14.2", "Sở B", UnitType.PROVINCIAL_AGENCY, p, D0);
		long centre = create("T14.3", "Trung tâm C", UnitType.PUBLIC_SERVICE_UNIT, a, D0);
		restructuring.amend(new UnitRestructuring.AmendUnit(centre, null, null, null, b, D0.plusYears(1), DECISION, null));
		assertThat(directory.inScopeOn(a, centre, D0.plusYears(1).minusDays(1))).isTrue();
		assertThat(directory.inScopeOn(a, centre, D0.plusYears(1))).isFalse();
		assertThat(directory.inScopeOn(b, centre, D0.plusYears(1))).isTrue();
	}

	@Test
	void aMergeCannotPutTheTargetUnderItself() {
		long p = province("T15");
		long a = create("T15.1", "Trung tâm A", UnitType.PUBLIC_SERVICE_UNIT, p, D0);
		long c = create("T15.2", "Trung tâm C", UnitType.PUBLIC_SERVICE_UNIT, a, D0);
		long b = create("T15.3", "Trung tâm B", UnitType.PUBLIC_SERVICE_UNIT, c, D0);
		assertThatThrownBy(() -> restructuring.merge(new UnitRestructuring.MergeUnits(List.of(a), b, null,
				D0.plusYears(1), DECISION, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("organization.amend.cycle");
		assertThat(directory.existsOn(a, D0.plusYears(1))).isTrue();
	}

	@Test
	void aSplitPartCannotSitUnderAUnitItTakesOver() {
		long p = province("T16");
		long s = create("T16.1", "Sở Chia", UnitType.PROVINCIAL_AGENCY, p, D0);
		long child = create("T16.2", "Trung tâm Con", UnitType.PUBLIC_SERVICE_UNIT, s, D0);
		assertThatThrownBy(() -> restructuring.split(new UnitRestructuring.SplitUnit(s,
				List.of(new UnitRestructuring.SplitPart(new NewUnit(null, "Trung tâm Mới", UnitType.PUBLIC_SERVICE_UNIT, child),
						List.of(child))),
				true, D0.plusYears(1), DECISION, null)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("organization.amend.cycle");
	}

}
