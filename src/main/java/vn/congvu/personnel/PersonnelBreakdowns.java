package vn.congvu.personnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congvu.catalog.Catalog;

import vn.congvu.shared.Sex;
import vn.congvu.shared.Transactions;
import vn.congvu.shared.indicator.Breakdown;
import vn.congvu.shared.indicator.Indicator.Label;

/**
 * The workforce as the dashboards chart it, on a date, for a scope: the age pyramid, the structure by category and by
 * rank level, and the retirements of the years ahead. Counts people employed that day in units of the scope that day.
 */
@Configuration(proxyBeanMethods = false)
class PersonnelBreakdowns {

	/** People at work on the day in the units of the scope that day, passed as an array ({@link ScopeUnits}). */
	private static final String AT_WORK = """
			FROM personnel.employment e
			JOIN personnel.official o ON o.id = e.official_id
			WHERE e.unit_id = ANY(CAST(:units AS bigint[])) AND e.valid @> CAST(:day AS date)
			""";


	/** Five-year age bands, as workforce pyramids are drawn: up to 25, 26–30, ..., 56–60, over 60. */
	static final int[] AGE_BAND_TOPS = { 25, 30, 35, 40, 45, 50, 55, 60 };

	/** How many years ahead the retirement forecast looks, the year of the date included. */
	static final int YEARS_AHEAD = 5;

	private static Breakdown.Series bySex(boolean vietnamese, Sex sex, long[] values) {
		return new Breakdown.Series(sex.name(),
				sex == Sex.MALE ? (vietnamese ? "Nam" : "Men") : (vietnamese ? "Nữ" : "Women"), list(values));
	}

	/** People at work by age band (completed years on the date) and sex. */
	@Bean
	Breakdown ageBySex(JdbcClient jdbc) {
		return new Breakdown() {

			@Override
			public String code() {
				return "personnel.ageBySex";
			}

			@Override
			public Label label() {
				return new Label("Tháp tuổi theo giới tính", "Age pyramid by sex", "người", "people");
			}

			@Override
			public Table table(long scopeUnitId, LocalDate date, boolean vietnamese) {
				var categories = new ArrayList<String>();
				categories.add((vietnamese ? "Đến " : "Up to ") + AGE_BAND_TOPS[0]);
				for (int i = 1; i < AGE_BAND_TOPS.length; i++) {
					categories.add((AGE_BAND_TOPS[i - 1] + 1) + "–" + AGE_BAND_TOPS[i]);
				}
				categories.add((vietnamese ? "Trên " : "Over ") + AGE_BAND_TOPS[AGE_BAND_TOPS.length - 1]);
				long[][] counts = new long[2][categories.size()];
				for (var births : births(jdbc, scopeUnitId, date)) {
					int age = java.time.Period.between(births.born(), date).getYears();
					int band = 0;
					while (band < AGE_BAND_TOPS.length && age > AGE_BAND_TOPS[band]) {
						band++;
					}
					counts[births.sex().ordinal()][band] += births.count();
				}
				return new Table(categories, List.of(bySex(vietnamese, Sex.MALE, counts[Sex.MALE.ordinal()]),
						bySex(vietnamese, Sex.FEMALE, counts[Sex.FEMALE.ordinal()])));
			}

		};
	}

	/** People at work by category: cadres, civil servants, public employees, contract staff. */
	@Bean
	Breakdown byCategory(JdbcClient jdbc, Catalog catalog) {
		return new Breakdown() {

			@Override
			public String code() {
				return "personnel.byCategory";
			}

			@Override
			public Label label() {
				return new Label("Cơ cấu theo loại cán bộ, công chức, viên chức", "Structure by category", "người",
						"people");
			}

			@Override
			public Table table(long scopeUnitId, LocalDate date, boolean vietnamese) {
				var total = structure(jdbc, catalog, scopeUnitId, date);
				return new Table(vietnamese ? List.of("Cán bộ", "Công chức", "Viên chức", "Hợp đồng")
						: List.of("Cadres", "Civil servants", "Public employees", "Contract staff"),
						List.of(new Breakdown.Series("people", vietnamese ? "Số người" : "People",
								List.of(total.getOrDefault("CADRE", 0L), total.getOrDefault("CIVIL_SERVANT", 0L),
										total.getOrDefault("PUBLIC_EMPLOYEE", 0L), total.getOrDefault("CONTRACT", 0L)))));
			}

		};
	}

	/** People at work by the level of their rank or title in the catalog of the day. */
	@Bean
	Breakdown byRankLevel(JdbcClient jdbc, Catalog catalog) {
		return new Breakdown() {

			@Override
			public String code() {
				return "personnel.byRankLevel";
			}

			@Override
			public Label label() {
				return new Label("Cơ cấu theo ngạch, chức danh nghề nghiệp", "Structure by rank level", "người",
						"people");
			}

			@Override
			public Table table(long scopeUnitId, LocalDate date, boolean vietnamese) {
				var total = structure(jdbc, catalog, scopeUnitId, date);
				return new Table(vietnamese ? RANK_VI : RANK_EN,
						List.of(new Breakdown.Series("people", vietnamese ? "Số người" : "People",
								RANK_KEYS.stream().map(k -> total.getOrDefault(k, 0L)).toList())));
			}

		};
	}

	/**
	 * People at work on the date who reach retirement in each of the years ahead (the date's own year first, from the
	 * day after the date), by sex, under the retirement ages of Decree 135/2020 ({@link RetirementRule}).
	 */
	@Bean
	Breakdown retirementsAhead(JdbcClient jdbc) {
		return new Breakdown() {

			@Override
			public String code() {
				return "personnel.retirementsAhead";
			}

			@Override
			public Label label() {
				return new Label("Số người đến tuổi nghỉ hưu trong 5 năm tới", "Retirements in the next 5 years",
						"người", "people");
			}

			@Override
			public Table table(long scopeUnitId, LocalDate date, boolean vietnamese) {
				int first = date.getYear();
				var categories = new ArrayList<String>();
				for (int year = first; year < first + YEARS_AHEAD; year++) {
					categories.add(Integer.toString(year));
				}
				long[][] counts = new long[2][YEARS_AHEAD];
				for (var births : births(jdbc, scopeUnitId, date)) {
					var sex = births.sex();
					var retires = births.yearOnly() ? RetirementRule.retirementDate(births.born().getYear(), sex)
							: RetirementRule.retirementDate(births.born(), sex);
					if (retires.isAfter(date) && retires.getYear() < first + YEARS_AHEAD) {
						counts[sex.ordinal()][retires.getYear() - first] += births.count();
					}
				}
				return new Table(categories, List.of(bySex(vietnamese, Sex.MALE, counts[Sex.MALE.ordinal()]),
						bySex(vietnamese, Sex.FEMALE, counts[Sex.FEMALE.ordinal()])));
			}

		};
	}

	/** The decisions the appendix breaks down, as the report's sentences group them. */
	private static final List<List<ActionKind>> FAMILIES = List.of(List.of(ActionKind.RECRUITMENT),
			List.of(ActionKind.RECEPTION), List.of(ActionKind.TRANSFER),
			List.of(ActionKind.APPOINTMENT, ActionKind.REAPPOINTMENT), List.of(ActionKind.REASSIGNMENT),
			List.of(ActionKind.RETIREMENT), List.of(ActionKind.SALARY_STEP));

	private static final List<String> FAMILY_VI = List.of("Tuyển dụng", "Tiếp nhận", "Điều động",
			"Bổ nhiệm, bổ nhiệm lại", "Thuyên chuyển", "Nghỉ hưu", "Nâng bậc lương thường xuyên");

	private static final List<String> FAMILY_EN = List.of("Recruitment", "Reception", "Transfer",
			"Appointment, reappointment", "Reassignment", "Retirement", "Regular salary step");

	/**
	 * The period's decisions (not cancelled, in units of the scope on their day, as the report's counts take them)
	 * by the category, or the level of the rank, the person held on that day: after the decision for those it
	 * places, before it for those it ends.
	 */
	private static Breakdown actionsBy(JdbcClient jdbc, Catalog catalog, String code, Label label, boolean byRank) {
		return new Breakdown() {

			@Override
			public String code() {
				return code;
			}

			@Override
			public Label label() {
				return label;
			}

			@Override
			public Table table(long scopeUnitId, LocalDate date, boolean vietnamese) {
				return table(new vn.congvu.shared.indicator.Query(scopeUnitId, date, date), vietnamese);
			}

			@Override
			public Table table(vn.congvu.shared.indicator.Query query, boolean vietnamese) {
				var categories = byRank ? RANK_KEYS : List.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "CONTRACT");
				long[][] counts = new long[FAMILIES.size()][categories.size()];
				var family = new java.util.HashMap<String, Integer>();
				for (int f = 0; f < FAMILIES.size(); f++) {
					for (var kind : FAMILIES.get(f)) {
						family.put(kind.name(), f);
					}
				}
				jdbc.sql("SELECT a.kind, h.category, h.rank_code, a.effective_date, count(*) AS n "
						+ PersonnelIndicators.ActionCount.ACTIONS + """
								LEFT JOIN LATERAL (SELECT e.category, e.rank_code FROM personnel.employment e
								                   WHERE e.official_id = a.official_id
								                     AND (e.valid @> a.effective_date OR upper(e.valid) = a.effective_date)
								                   ORDER BY lower(e.valid) DESC LIMIT 1) h ON true
								""" + PersonnelIndicators.ActionCount.IN_SCOPE + " GROUP BY 1, 2, 3, 4")
					.param("kinds", family.keySet().stream().sorted().toList())
					.param("from", query.from())
					.param("to", query.to())
					.param("root", query.scopeUnitId())
					.query(rs -> {
						var key = byRank
								? WorkforceStatistics.rankLevel(catalog, rs.getString("rank_code"),
										rs.getObject("effective_date", LocalDate.class))
								: rs.getString("category");
						int column = categories.indexOf(key);
						if (column >= 0) {
							counts[family.get(rs.getString("kind"))][column] += rs.getLong("n");
						}
					});
				var names = vietnamese ? FAMILY_VI : FAMILY_EN;
				var series = new ArrayList<Breakdown.Series>();
				for (int f = 0; f < FAMILIES.size(); f++) {
					series.add(new Breakdown.Series(FAMILIES.get(f).get(0).name(), names.get(f), list(counts[f])));
				}
				return new Table(byRank ? (vietnamese ? RANK_VI : RANK_EN)
						: (vietnamese ? List.of("Cán bộ", "Công chức", "Viên chức", "Hợp đồng")
								: List.of("Cadres", "Civil servants", "Public employees", "Contract staff")), series);
			}

		};
	}

	@Bean
	Breakdown actionsByCategory(JdbcClient jdbc, Catalog catalog) {
		return actionsBy(jdbc, catalog, "personnel.actionsByCategory", new Label(
				"Tuyển dụng, điều động, bổ nhiệm, nghỉ hưu, nâng lương trong kỳ theo loại cán bộ, công chức, viên chức",
				"The period's decisions by category", "lượt", "decisions"), false);
	}

	@Bean
	Breakdown actionsByRankLevel(JdbcClient jdbc, Catalog catalog) {
		return actionsBy(jdbc, catalog, "personnel.actionsByRankLevel", new Label(
				"Tuyển dụng, điều động, bổ nhiệm, nghỉ hưu, nâng lương trong kỳ theo ngạch, chức danh",
				"The period's decisions by rank level", "lượt", "decisions"), true);
	}

	private static final List<String> RANK_KEYS = List.of("rank.senior", "rank.principal", "rank.specialist",
			"rank.officer", "rank.staff", "rank.none");

	private static final List<String> RANK_VI = List.of("Cao cấp (hạng I)", "Chính (hạng II)",
			"Chuyên viên (hạng III)", "Cán sự (hạng IV)", "Nhân viên", "Chưa xếp ngạch");

	private static final List<String> RANK_EN = List.of("Senior (grade I)", "Principal (grade II)",
			"Specialist (grade III)", "Officer (grade IV)", "Staff", "No rank");

	/**
	 * People at work by category (CADRE, ...) and by rank level (rank.senior, ..., rank.none: the level of their rank
	 * or title in the catalog of the day, as the workforce statistics count them), counted once per transaction for
	 * both structures.
	 */
	/** How many people at work share a sex and a date of birth (and whether only its year is known). */
	private record Births(Sex sex, LocalDate born, boolean yearOnly, long count) {
	}

	/**
	 * The people at work in the scope on the day counted by sex and date of birth, once per transaction: the age
	 * pyramid and the retirements ahead read the same count.
	 */
	private static List<Births> births(JdbcClient jdbc, long scopeUnitId, LocalDate date) {
		return Transactions.once(Births.class, List.of(scopeUnitId, date),
				() -> jdbc.sql("SELECT o.sex, o.date_of_birth, o.birth_year_only, count(*) AS n " + AT_WORK
						+ " GROUP BY 1, 2, 3")
					.param("day", date)
					.param("units", ScopeUnits.on(jdbc, scopeUnitId, date))
					.query((rs, n) -> new Births(Sex.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
							rs.getBoolean(3), rs.getLong(4)))
					.list());
	}

	private static Map<String, Long> structure(JdbcClient jdbc, Catalog catalog, long scopeUnitId, LocalDate date) {
		return Transactions.once(PersonnelBreakdowns.class, List.of(scopeUnitId, date), () -> {
			var counts = new java.util.HashMap<String, Long>();
			jdbc.sql("SELECT e.category, e.rank_code, count(*) AS n FROM personnel.employment e "
					+ "WHERE e.unit_id = ANY(CAST(:units AS bigint[])) AND e.valid @> CAST(:day AS date) GROUP BY 1, 2")
				.param("units", ScopeUnits.on(jdbc, scopeUnitId, date))
				.param("day", date)
				.query(rs -> {
					long n = rs.getLong("n");
					counts.merge(rs.getString("category"), n, Long::sum);
					counts.merge(WorkforceStatistics.rankLevel(catalog, rs.getString("rank_code"), date), n, Long::sum);
				});
			return counts;
		});
	}

	private static List<Long> list(long[] counts) {
		var list = new ArrayList<Long>(counts.length);
		for (long c : counts) {
			list.add(c);
		}
		return list;
	}

}
