package vn.congvu.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.shared.NotFoundException;

/** Reads the reference data, each table as it stood on the date asked. */
@Service
@Transactional(readOnly = true)
public class Catalog {

	/** The reference lists kept in {@code catalog.reference_item}. */
	public static final List<String> LISTS = List.of("ETHNIC_GROUP", "RELIGION", "GENERAL_EDUCATION",
			"PROFESSIONAL_LEVEL", "POLITICAL_THEORY", "STATE_MANAGEMENT", "ALLOWANCE_KIND");

	private static final String VALID_ON = " valid_from <= :date AND (valid_to IS NULL OR valid_to > :date) ";

	private final JdbcClient jdbc;

	Catalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RankView> ranks(LocalDate date) {
		return jdbc.sql("SELECT * FROM catalog.rank WHERE" + VALID_ON + "ORDER BY kind, code")
			.param("date", date)
			.query((rs, n) -> new RankView(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
					rs.getString("level"), rs.getString("salary_scale_code"), rs.getDate("valid_from").toLocalDate(),
					rs.getDate("valid_to") == null ? null : rs.getDate("valid_to").toLocalDate().minusDays(1),
					rs.getString("source"), rs.getString("confidence")))
			.list();
	}

	public Optional<RankView> rank(String code, LocalDate date) {
		return ranks(date).stream().filter(r -> r.code().equals(code)).findFirst();
	}

	public List<String> salaryScaleCodes() {
		return jdbc.sql("SELECT code FROM catalog.salary_scale ORDER BY code").query(String.class).list();
	}

	/** The salary scale with its coefficients in force on {@code date}. */
	public SalaryScale salaryScale(String code, LocalDate date) {
		var interval = jdbc.sql("SELECT interval_months FROM catalog.salary_scale WHERE code = :code")
			.param("code", code)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("catalog.salaryScale.notFound", code));
		var coefficients = jdbc.sql("SELECT coefficient FROM catalog.salary_coefficient WHERE scale_code = :code AND"
				+ VALID_ON + "ORDER BY step").param("code", code).param("date", date).query(BigDecimal.class).list();
		if (coefficients.isEmpty()) {
			throw new NotFoundException("catalog.salaryScale.notFound", code);
		}
		return new SalaryScale(code, interval, coefficients);
	}

	/** The base salary in force on {@code date}. */
	public Optional<BaseSalary> baseSalary(LocalDate date) {
		return jdbc.sql("SELECT * FROM catalog.base_salary WHERE valid_from <= :date ORDER BY valid_from DESC LIMIT 1")
			.param("date", date)
			.query((rs, n) -> new BaseSalary(rs.getDate("valid_from").toLocalDate(), rs.getLong("amount_vnd"),
					rs.getString("source"), rs.getString("confidence")))
			.optional();
	}

	public List<BaseSalary> baseSalaries() {
		return jdbc.sql("SELECT * FROM catalog.base_salary ORDER BY valid_from")
			.query((rs, n) -> new BaseSalary(rs.getDate("valid_from").toLocalDate(), rs.getLong("amount_vnd"),
					rs.getString("source"), rs.getString("confidence")))
			.list();
	}

	public List<ReferenceItem> items(String list) {
		if (!LISTS.contains(list)) {
			throw new NotFoundException("catalog.list.notFound", list);
		}
		return jdbc.sql("SELECT * FROM catalog.reference_item WHERE list = :list ORDER BY sort_order")
			.param("list", list)
			.query((rs, n) -> new ReferenceItem(rs.getString("list"), rs.getString("code"), rs.getString("name_vi"),
					rs.getString("name_en"), rs.getString("source")))
			.list();
	}

}
