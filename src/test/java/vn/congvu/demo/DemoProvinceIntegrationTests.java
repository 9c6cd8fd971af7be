package vn.congvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.organization.UnitChangeKind;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitType;
import vn.congvu.organization.UnitView;

/** The demo province as loaded on first start: Bạc Liêu in 2021, and after the 2025 reorganisation. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
@org.junit.jupiter.api.extension.ExtendWith(vn.congvu.AsSystem.class)
class DemoProvinceIntegrationTests {

	@Autowired
	java.time.Clock clock;

	static final LocalDate MID_2021 = LocalDate.of(2021, 6, 30);

	static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

	@Autowired
	UnitDirectory directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void treeOnThirtiethOfJune2021HasBacLieusDistrictsAndCommunes() {
		var units = demo(MID_2021);
		var byId = units.stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
		var province = only(units, u -> u.type() == UnitType.PROVINCE && "95".equals(u.code()));
		assertThat(province.name()).isEqualTo("Tỉnh Bạc Liêu");
		var districts = units.stream().filter(u -> u.type() == UnitType.DISTRICT).toList();
		assertThat(districts).extracting(UnitView::code)
			.containsExactlyInAnyOrder("954", "956", "957", "958", "959", "960", "961");
		assertThat(districts).extracting(UnitView::name)
			.contains("Thành phố Bạc Liêu", "Thị xã Giá Rai", "Huyện Hồng Dân", "Huyện Hòa Bình");
		assertThat(districts).allMatch(d -> d.parentId() == province.id());
		var communes = units.stream().filter(u -> u.type() == UnitType.COMMUNE).toList();
		assertThat(communes).hasSize(64);
		assertThat(communes).allMatch(c -> byId.get(c.parentId()).type() == UnitType.DISTRICT);
		assertThat(communes).extracting(UnitView::name)
			.contains("Thị trấn Ngan Dừa", "Phường Nhà Mát", "Xã Ninh Quới A");
		var departments = units.stream()
			.filter(u -> u.type() == UnitType.PROVINCIAL_AGENCY && u.parentId() == province.id())
			.map(UnitView::name)
			.toList();
		assertThat(departments).hasSize(16).contains("Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh");
	}

	@Test
	void treeOnFirstOfJuly2025HasNoDistrictsAndBacLieusCommunesUnderCaMau() {
		var units = demo(MERGER);
		assertThat(units).noneMatch(u -> u.type() == UnitType.DISTRICT);
		assertThat(units).noneMatch(u -> u.name().equals("Tỉnh Bạc Liêu"));
		var caMau = only(units, u -> u.type() == UnitType.PROVINCE);
		assertThat(caMau.name()).isEqualTo("Tỉnh Cà Mau");
		assertThat(caMau.code()).isEqualTo("96");
		var communes = units.stream().filter(u -> u.type() == UnitType.COMMUNE).toList();
		assertThat(communes).hasSize(25).allMatch(c -> c.parentId() == caMau.id());
		assertThat(communes).filteredOn(c -> c.name().startsWith("Phường ")).hasSize(5);
		assertThat(communes).extracting(UnitView::name).contains("Phường Bạc Liêu", "Xã Hồng Dân", "Xã Vĩnh Lợi");
		assertThat(demo(LocalDate.now(clock))).filteredOn(u -> u.type() == UnitType.COMMUNE).hasSize(25);
	}

	@Test
	void everyOldCommuneEndsInExactlyOneNewCommune() {
		var communes2021 = demo(MID_2021).stream().filter(u -> u.type() == UnitType.COMMUNE).toList();
		for (var commune : communes2021) {
			var history = directory.history(commune.id());
			var merged = history.stream().filter(h -> h.change() == UnitChangeKind.MERGED_INTO).toList();
			assertThat(merged).as(commune.name()).hasSize(1);
			assertThat(merged.get(0).decision().number()).isEqualTo("1655/NQ-UBTVQH15");
			assertThat(merged.get(0).effectiveDate()).isEqualTo(MERGER);
			assertThat(commune.validTo()).isEqualTo(MERGER);
			assertThat(commune.lastDay()).isEqualTo(MERGER.minusDays(1));
		}
	}

	@Test
	void historyListsEveryChangeWithItsDecision() {
		var phuong1 = only(demo(MID_2021), u -> "31825".equals(u.code()));
		assertThat(phuong1.name()).isEqualTo("Phường 1");
		var history = directory.history(phuong1.id());
		assertThat(history).extracting(h -> h.change()).containsExactly(UnitChangeKind.CREATED,
				UnitChangeKind.MERGED_INTO);
		assertThat(history.get(1).relatedUnitName()).isEqualTo("Phường Bạc Liêu");
		assertThat(history).allSatisfy(h -> {
			assertThat(h.decision().number()).isNotBlank();
			assertThat(h.decision().issuer()).isNotBlank();
		});
		var caMau = only(demo(MERGER), u -> u.type() == UnitType.PROVINCE);
		assertThat(directory.history(caMau.id()))
			.anySatisfy(h -> {
				assertThat(h.change()).isEqualTo(UnitChangeKind.ABSORBED);
				assertThat(h.relatedUnitName()).isEqualTo("Tỉnh Bạc Liêu");
				assertThat(h.decision().number()).isEqualTo("202/2025/QH15");
			});
		var sonoivu = only(demo(MID_2021), u -> u.name().equals("Sở Nội vụ"));
		assertThat(directory.history(sonoivu.id())).extracting(h -> h.change())
			.as("absorbed Sở Lao động - TB&XH in 03/2025, merged into Cà Mau's in 07/2025")
			.containsExactly(UnitChangeKind.CREATED, UnitChangeKind.ABSORBED, UnitChangeKind.MERGED_INTO);
	}

	@Test
	void caMausScopeKeepsTheHistoryOfWhatItAbsorbed() {
		var caMau = only(demo(MERGER), u -> u.type() == UnitType.PROVINCE);
		var scope = directory.scopeOf(caMau.id());
		assertThat(demo(MID_2021)).filteredOn(u -> !u.name().equals("Tỉnh Cà Mau"))
			.allMatch(u -> scope.contains(u.id()));
	}

	@Test
	void demoAccountsExistOnePerRole() {
		List<Map<String, Object>> rows = jdbc.sql("SELECT username, role FROM identity.account WHERE username LIKE 'demo.%'")
			.query()
			.listOfRows();
		assertThat(rows).extracting(r -> r.get("role"))
			.containsExactlyInAnyOrder("SYSTEM_ADMIN", "HOME_AFFAIRS", "UNIT_HR", "LEADER", "OFFICIAL");
	}

	/**
	 * The demo's units on a date: the subtrees of Bạc Liêu (95) and Cà Mau (96). Other tests add provinces of their
	 * own to the same database.
	 */
	private List<UnitView> demo(LocalDate date) {
		var all = directory.unitsAsOf(date);
		var ids = new java.util.HashSet<Long>();
		all.stream()
			.filter(u -> u.type() == UnitType.PROVINCE && ("95".equals(u.code()) || "96".equals(u.code())))
			.forEach(root -> {
				for (long id : directory.unitsInScopeOn(root.id(), date)) {
					ids.add(id);
				}
			});
		return all.stream().filter(u -> ids.contains(u.id())).toList();
	}

	private static UnitView only(List<UnitView> units, java.util.function.Predicate<UnitView> filter) {
		var found = units.stream().filter(filter).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
