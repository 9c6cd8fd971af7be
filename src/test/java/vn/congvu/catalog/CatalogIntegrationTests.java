package vn.congvu.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The reference data as Flyway loads it, read as of dates. */
@SpringBootTest
@ActiveProfiles("test")
@Tag("database")
class CatalogIntegrationTests {

	@Autowired
	Catalog catalog;

	@Test
	void salaryScalesHoldTheDecreesCoefficients() {
		var a1 = catalog.salaryScale("A1", LocalDate.of(2021, 6, 30));
		assertThat(a1.steps()).isEqualTo(9);
		assertThat(a1.intervalMonths()).isEqualTo(36);
		assertThat(a1.coefficient(1)).isEqualTo(new BigDecimal("2.34"));
		assertThat(a1.coefficient(9)).isEqualTo(new BigDecimal("4.98"));
		var b = catalog.salaryScale("B", LocalDate.of(2021, 6, 30));
		assertThat(b.intervalMonths()).isEqualTo(24);
		assertThat(b.coefficient(12)).isEqualTo(new BigDecimal("4.06"));
	}

	@Test
	void baseSalaryByDate() {
		assertThat(catalog.baseSalary(LocalDate.of(2021, 6, 30)).orElseThrow().amountVnd()).isEqualTo(1_490_000);
		assertThat(catalog.baseSalary(LocalDate.of(2024, 6, 30)).orElseThrow().amountVnd()).isEqualTo(1_800_000);
		assertThat(catalog.baseSalary(LocalDate.of(2024, 7, 1)).orElseThrow().amountVnd()).isEqualTo(2_340_000);
		assertThat(catalog.baseSalary(LocalDate.of(2019, 6, 30))).isEmpty();
	}

	@Test
	void aRanksSalaryGroupIsReadAsOfTheDate() {
		assertThat(catalog.rank("01.004", LocalDate.of(2021, 7, 14)).orElseThrow().salaryScaleCode()).isEqualTo("B");
		assertThat(catalog.rank("01.004", LocalDate.of(2021, 7, 15)).orElseThrow().salaryScaleCode()).isEqualTo("A0");
		assertThat(catalog.rank("01.003", LocalDate.of(2021, 6, 30)).orElseThrow().name()).isEqualTo("Chuyên viên");
	}

	@Test
	void fiftyFourEthnicGroups() {
		var groups = catalog.items("ETHNIC_GROUP");
		assertThat(groups).hasSize(54);
		assertThat(groups.get(0).nameVi()).isEqualTo("Kinh");
		assertThat(groups).filteredOn(g -> g.code().equals("05")).extracting(ReferenceItem::nameVi)
			.containsExactly("Khơ-me");
	}

}
