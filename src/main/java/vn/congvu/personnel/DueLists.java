package vn.congvu.personnel;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.database.CustomPlans;

/**
 * The HR officer's watch lists, within the caller's scope: who is due for a regular salary step (overdue ones
 * included) and who retires in the next months. The database narrows the candidates; the dates themselves come from
 * {@link SalaryStepRule} and {@link RetirementRule}, the one place each rule lives.
 */
@Service
@Transactional(readOnly = true)
public class DueLists {

	public static final int MAX_MONTHS = 60;

	/** One official on a list, with the date that puts them there. */
	public record Entry(long officialId, String fullName, LocalDate dateOfBirth, Sex sex, long unitId,
			@Nullable String unitName, @Nullable String rankCode, @Nullable String salaryScaleCode,
			@Nullable Integer salaryStep, LocalDate dueDate, boolean overdue) {
	}

	private final JdbcClient jdbc;

	private final PersonnelScope scope;

	private final Catalog catalog;

	private final UnitDirectory units;

	private final Clock clock;

	DueLists(JdbcClient jdbc, PersonnelScope scope, Catalog catalog, UnitDirectory units, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.catalog = catalog;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * Officials whose next regular salary step falls before {@code months} from today, or is overdue. The step counts
	 * from the last decision recorded, future ones included: a step already decided for a later day is not due again.
	 */
	public List<Entry> dueForSalaryStep(int months) {
		var today = LocalDate.now(clock);
		var until = today.plusMonths(checkMonths(months));
		var rows = candidates("""
				JOIN catalog.scale_steps s ON s.code = e.salary_scale_code
				  AND s.valid_from <= CAST(:today AS date) AND (s.valid_to IS NULL OR s.valid_to > CAST(:today AS date))
				WHERE e.salary_step < s.steps
				  AND e.step_start + make_interval(months => s.interval_months) < CAST(:until AS date) + 31""", today, until);
		var result = new ArrayList<Entry>();
		for (var row : rows) {
			var scale = catalog.salaryScale(row.salaryScaleCode(), today);
			var retirement = RetirementRule.retirementDate(row.dateOfBirth(), row.sex());
			SalaryStepRule.nextStepDate(scale, row.salaryStep(), row.stepStart(), 0)
				.filter(due -> due.isBefore(until) && due.isBefore(retirement))
				.ifPresent(due -> result.add(row.entry(due, due.isBefore(today))));
		}
		return named(result, today);
	}

	/** Officials employed today who are retired (under normal conditions) before {@code months} from today. */
	public List<Entry> retiring(int months) {
		var today = LocalDate.now(clock);
		var until = today.plusMonths(checkMonths(months));
		// retirement ages run from 55 (women before 2021) to 62 (men from 2028): narrow by birth date, then compute;
		// whoever's career already ends (the last employment period has an end: retirement or leaving recorded) is done
		var rows = candidates("""
				WHERE o.date_of_birth > CAST(:today AS date) - INTERVAL '63 years'
				  AND o.date_of_birth <= CAST(:until AS date) - INTERVAL '55 years'""", today, until);
		var result = new ArrayList<Entry>();
		for (var row : rows) {
			if (row.careerEnds() != null) {
				// the retirement (or a leaving) is decided already: nothing left to do
				continue;
			}
			var retirement = RetirementRule.retirementDate(row.dateOfBirth(), row.sex());
			if (retirement.isBefore(until)) {
				result.add(row.entry(retirement, retirement.isBefore(today)));
			}
		}
		return named(result, today);
	}

	private static int checkMonths(int months) {
		if (months < 1 || months > MAX_MONTHS) {
			throw new InvalidInputException("months", "personnel.due.months", MAX_MONTHS);
		}
		return months;
	}

	private record Row(long officialId, String fullName, LocalDate dateOfBirth, Sex sex, long unitId,
			@Nullable String rankCode, @Nullable String salaryScaleCode, @Nullable Integer salaryStep,
			@Nullable LocalDate stepStart, String sortKey, @Nullable LocalDate careerEnds) {

		Entry entry(LocalDate due, boolean overdue) {
			return new Entry(officialId, fullName, dateOfBirth, sex, unitId, null, rankCode, salaryScaleCode, salaryStep,
					due, overdue);
		}

	}

	private List<Row> candidates(String condition, LocalDate today, LocalDate until) {
		var access = scope.readable();
		if (access.nothing()) {
			return List.of();
		}
		var params = new HashMap<String, Object>();
		params.put("today", Date.valueOf(today));
		params.put("until", Date.valueOf(until));
		var scoped = "";
		if (!access.unrestricted()) {
			// the scope's units on the day, as the organisation module reckons them (kept in memory there)
			scoped = " AND e.unit_id = ANY(CAST(:scopeUnits AS bigint[]))";
			params.put("scopeUnits", access.root() == null ? new long[0] : units.unitsInScopeOn(access.root(), today));
		}
		CustomPlans.forThisTransaction(jdbc);
		return jdbc.sql("""
				SELECT o.id, o.full_name, o.date_of_birth, o.sex, o.sort_key, e.unit_id, d.rank_code,
				       d.salary_scale_code, d.salary_step, d.step_start, upper(d.valid) AS career_ends
				FROM personnel.employment e JOIN personnel.official o ON o.id = e.official_id
				JOIN LATERAL (SELECT l.rank_code, l.salary_scale_code, l.salary_step, l.step_start, l.valid
				              FROM personnel.employment l
				              WHERE l.official_id = e.official_id AND lower(l.valid) >= lower(e.valid)
				              ORDER BY lower(l.valid) DESC LIMIT 1) d ON true
				""" + condition + " AND e.valid @> CAST(:today AS date)" + scoped)
			.params(params)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("full_name"),
					rs.getDate("date_of_birth").toLocalDate(), Sex.valueOf(rs.getString("sex")), rs.getLong("unit_id"),
					rs.getString("rank_code"), rs.getString("salary_scale_code"),
					(Integer) rs.getObject("salary_step"),
					rs.getDate("step_start") == null ? null : rs.getDate("step_start").toLocalDate(),
					rs.getString("sort_key"),
					rs.getDate("career_ends") == null ? null : rs.getDate("career_ends").toLocalDate()))
			.list()
			.stream()
			.sorted(Comparator.comparing(Row::sortKey))
			.toList();
	}

	private List<Entry> named(List<Entry> entries, LocalDate today) {
		var names = units.namesAsOf(entries.stream().map(Entry::unitId).distinct().toList(), today);
		return entries.stream()
			.sorted(Comparator.comparing(Entry::dueDate))
			.map(e -> new Entry(e.officialId(), e.fullName(), e.dateOfBirth(), e.sex(), e.unitId(), names.get(e.unitId()),
					e.rankCode(), e.salaryScaleCode(), e.salaryStep(), e.dueDate(), e.overdue()))
			.toList();
	}

}
