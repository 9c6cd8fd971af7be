package vn.congvu.personnel;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.database.CustomPlans;

/**
 * The staff of a unit on a date: who works there (or, with the units below, anywhere under it), as what — category,
 * status, rank and step, main job position, concurrent posts, leadership post — and what is due for each: the next
 * regular salary step and the retirement day, by the rules of the date. Within the caller's reach only: a unit outside
 * it looks like none.
 */
@Service
@Transactional(readOnly = true)
public class UnitStaff {

	/** The most people one list holds; a larger subtree is narrowed by choosing a unit lower down. */
	public static final int MAX_PEOPLE = 5_000;

	/**
	 * One person of the staff on the day.
	 *
	 * @param nextStepDate the next regular salary step's day, if another step remains before retirement
	 */
	public record Member(long officialId, String fullName, LocalDate dateOfBirth, boolean birthYearOnly, Sex sex,
			long unitId, Category category, EmploymentStatus status, @Nullable String rankCode,
			@Nullable String salaryScaleCode, @Nullable Integer salaryStep, @Nullable String positionCode,
			@Nullable String positionTitle, List<String> concurrentPositions, @Nullable Long secondedTo,
			@Nullable LocalDate nextStepDate, LocalDate retirementDate, String sortKey) {
	}

	/** The list, and whether it stopped at {@link #MAX_PEOPLE}. */
	public record Staff(long unitId, LocalDate date, boolean includeBelow, List<Member> members, boolean capped) {
	}

	private final JdbcClient jdbc;

	private final PersonnelScope scope;

	private final UnitDirectory units;

	private final Catalog catalog;

	private final Clock clock;

	UnitStaff(JdbcClient jdbc, PersonnelScope scope, UnitDirectory units, Catalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.units = units;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** The staff of {@code unitId} on {@code date} (today when {@code null}), and of the units below it if asked. */
	public Staff of(long unitId, @Nullable LocalDate date, boolean includeBelow) {
		var day = date == null ? LocalDate.now(clock) : date;
		var access = scope.readable();
		boolean reached = access.unrestricted()
				|| (!access.nothing() && access.root() != null && units.inScopeOn(access.root(), unitId, day));
		if (!reached || !units.existsOn(unitId, day)) {
			throw new NotFoundException("organization.unit.notFound", unitId);
		}
		long[] unitIds;
		if (includeBelow) {
			unitIds = units.unitsInScopeOn(unitId, day);
		}
		else {
			unitIds = new long[] { unitId };
		}
		var statement = new StringBuilder("""
				SELECT o.id, o.full_name, o.date_of_birth, o.birth_year_only, o.sex, o.sort_key, e.unit_id, e.category,
				       e.status, e.rank_code, e.salary_scale_code, e.salary_step, e.step_start, e.position_code,
				       e.position_title, e.concurrent_positions, e.seconded_to
				FROM personnel.employment e JOIN personnel.official o ON o.id = e.official_id
				WHERE e.valid @> CAST(:date AS date) AND """);
		if (unitIds.length == 1) {
			// one unit: a statement of its own, whose plan PostgreSQL may keep (one plan fits a unit of five or 5,000)
			statement.append(" e.unit_id = :unit");
		}
		else {
			// a unit with those below it: a commune or the whole province, planned for its units (see CustomPlans)
			CustomPlans.forThisTransaction(jdbc);
			statement.append(" e.unit_id = ANY(CAST(:units AS bigint[]))");
		}
		var rows = jdbc.sql(statement.append("\nORDER BY o.sort_key, o.id\nLIMIT :limit").toString())
			.param("date", Date.valueOf(day))
			.param(unitIds.length == 1 ? "unit" : "units", unitIds.length == 1 ? (Object) unitIds[0] : unitIds)
			.param("limit", MAX_PEOPLE + 1)
			.query((rs, n) -> {
				var birth = rs.getDate("date_of_birth").toLocalDate();
				var sex = Sex.valueOf(rs.getString("sex"));
				var scaleCode = rs.getString("salary_scale_code");
				var step = (Integer) rs.getObject("salary_step");
				var stepStart = rs.getDate("step_start") == null ? null : rs.getDate("step_start").toLocalDate();
				var retirement = RetirementRule.retirementDate(birth, sex);
				LocalDate next = null;
				if (scaleCode != null && step != null && stepStart != null) {
					next = SalaryStepRule.nextStepDate(catalog.salaryScale(scaleCode, day), step, stepStart, 0)
						.filter(d -> d.isBefore(retirement))
						.orElse(null);
				}
				return new Member(rs.getLong("id"), rs.getString("full_name"), birth, rs.getBoolean("birth_year_only"),
						sex, rs.getLong("unit_id"), Category.valueOf(rs.getString("category")),
						EmploymentStatus.valueOf(rs.getString("status")), rs.getString("rank_code"), scaleCode, step,
						rs.getString("position_code"), rs.getString("position_title"),
						EmploymentPeriod.concurrentPositions(rs.getString("concurrent_positions")),
						(Long) rs.getObject("seconded_to"), next, retirement, rs.getString("sort_key"));
			})
			.list();
		var members = new ArrayList<>(rows);
		boolean capped = members.size() > MAX_PEOPLE;
		if (capped) {
			members.remove(members.size() - 1);
		}
		members.sort(Comparator.comparing(Member::sortKey));
		return new Staff(unitId, day, includeBelow, List.copyOf(members), capped);
	}

}
