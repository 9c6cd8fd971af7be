package vn.congvu.personnel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.shared.database.SnapshotReaders;

/**
 * The officials working in units on a date, with what the staffing rules judge them by: category, rank, job positions
 * and qualifications. Read for many units at once and streamed, group by group, so that a whole country's run never
 * holds more than one group's people.
 * <p>
 * The caller's scope applies in the query: people of units outside it on that date are left out, as if absent.
 * Seconded officials count in their home unit, where their post and quota are.
 */
@Service
@Transactional(readOnly = true)
public class Workforce {

	/** A degree as held on the date: its level (catalog {@code PROFESSIONAL_LEVEL}), major and year. */
	public record DegreeHeld(String levelCode, String major, @Nullable Integer graduationYear) {
	}

	/**
	 * An official at work on the date.
	 *
	 * @param group the group the official's unit was asked in (for staffing, the unit whose scheme places them)
	 * @param sortKey the key that orders people the Vietnamese way (DOMAIN A4)
	 */
	public record Member(long group, long officialId, String fullName, String sortKey, long unitId, Category category,
			EmploymentStatus status, @Nullable String rankCode, @Nullable String positionCode,
			@Nullable LocalDate positionSince, List<String> concurrentPositions, @Nullable String professionalLevel, List<DegreeHeld> degrees,
			@Nullable String politicalTheory, @Nullable String stateManagement, @Nullable String foreignLanguage,
			@Nullable String itSkill) {
	}

	private final PersonnelScope scope;

	private final NamedParameterJdbcTemplate streaming;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private final SnapshotReaders readers;

	Workforce(PersonnelScope scope, DataSource dataSource, org.springframework.jdbc.core.simple.JdbcClient jdbc,
			SnapshotReaders readers) {
		this.scope = scope;
		this.readers = readers;
		this.streaming = vn.congvu.shared.database.Cursors.template(dataSource);
		this.jdbc = jdbc;
	}

	/**
	 * Hands the officials working on {@code date} in the units of {@code groupOfUnit} (unit id → group id) to
	 * {@code sink}, a group at a time with all its members, on the calling thread, in the order the groups first
	 * appear in {@code groupOfUnit}. Groups with nobody at work are skipped. Only a few groups are held at a time: the
	 * groups are read on {@link SnapshotReaders} (two connections on the caller's snapshot) while the sink works.
	 */
	public void working(LocalDate date, Map<Long, Long> groupOfUnit, BiConsumer<Long, List<Member>> sink) {
		var access = scope.readable();
		if (groupOfUnit.isEmpty() || (!access.unrestricted() && access.root() == null)) {
			return;
		}
		// the caller's scope, applied to the units before people are read (see ScopeUnits)
		var allowed = access.unrestricted() ? null
				: java.util.Set.of(ScopeUnits.on(jdbc, java.util.Objects.requireNonNull(access.root()), date));
		var unitsOfGroup = new LinkedHashMap<Long, List<Long>>();
		groupOfUnit.forEach((unit, group) -> {
			if (allowed == null || allowed.contains(unit)) {
				unitsOfGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(unit);
			}
		});
		var sql = """
				SELECT e.official_id, o.full_name, o.sort_key, e.unit_id, e.category, e.status, e.rank_code,
				       e.position_code, e.position_since, e.concurrent_positions, o.professional_level, o.political_theory,
				       o.state_management, o.foreign_language, o.it_skill,
				       (SELECT string_agg(d.level_code || '|' || coalesce(d.graduation_year::text, '') || '|' || d.major,
				                          chr(10) ORDER BY d.position)
				          FROM personnel.official_degree d WHERE d.official_id = o.id) AS degrees
				FROM personnel.employment e
				JOIN personnel.official o ON o.id = e.official_id
				WHERE e.unit_id = ANY(?) AND e.valid @> CAST(? AS date) AND e.status IN ('PROBATION', 'WORKING', 'SECONDED')
				""";
		var day = java.sql.Date.valueOf(date);
		readers.inOrder(List.copyOf(unitsOfGroup.entrySet()), piece -> {
			long group = piece.piece().getKey();
			var units = piece.piece().getValue().toArray(Long[]::new);
			var members = piece.jdbc().query(connection -> {
				var statement = connection.prepareStatement(sql);
				statement.setArray(1, connection.createArrayOf("bigint", units));
				statement.setDate(2, day);
				return statement;
			}, (rs, n) -> member(group, rs));
			return Map.entry(group, members);
		}, read -> {
			if (!read.getValue().isEmpty()) {
				sink.accept(read.getKey(), read.getValue());
			}
		});
	}

	/** A member from a row of {@link #working}'s query, read by column position (by name, the lookups cost a tenth). */
	private static Member member(long group, ResultSet rs) throws SQLException {
		var degrees = new ArrayList<DegreeHeld>();
		var text = rs.getString(16);
		if (text != null) {
			for (var line : text.split("\n")) {
				var parts = line.split("\\|", 3);
				degrees.add(new DegreeHeld(parts[0], parts[2], parts[1].isEmpty() ? null : Integer.valueOf(parts[1])));
			}
		}
		return new Member(group, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
				Category.valueOf(rs.getString(5)), EmploymentStatus.valueOf(rs.getString(6)), rs.getString(7),
				rs.getString(8), rs.getObject(9, LocalDate.class), EmploymentPeriod.concurrentPositions(rs.getString(10)),
				rs.getString(11), degrees, rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15));
	}

	/** Someone on probation on a day: the recruitment that began it, and where they serve. */
	public record Probationer(long officialId, String fullName, long unitId, Category category,
			@Nullable String rankCode, long recruitmentActionId, LocalDate recruitedOn) {
	}

	/**
	 * The officials on probation on {@code date} in the caller's scope (applied in the query), each with the
	 * recruitment (not cancelled) that began it, in the Vietnamese order of names.
	 */
	public List<Probationer> onProbation(LocalDate date) {
		var access = scope.readable();
		if (!access.unrestricted() && access.root() == null) {
			return List.of();
		}
		var sql = """
				SELECT e.official_id, o.full_name, e.unit_id, e.category, e.rank_code, r.id AS action_id,
				       r.effective_date AS recruited_on
				FROM personnel.employment e
				JOIN personnel.official o ON o.id = e.official_id
				JOIN LATERAL (SELECT a.id, a.effective_date FROM personnel.personnel_action a
				              WHERE a.official_id = e.official_id AND a.kind = 'RECRUITMENT'
				                AND a.effective_date <= CAST(:date AS date)
				                AND NOT EXISTS (SELECT 1 FROM personnel.personnel_action c WHERE c.cancels_action_id = a.id)
				              ORDER BY a.effective_date DESC LIMIT 1) r ON true
				""" + (access.unrestricted() ? "" : """
				JOIN (SELECT DISTINCT s.unit_id FROM organization.scope_periods(:root) s
				       WHERE s.valid @> CAST(:date AS date)) s ON s.unit_id = e.unit_id
				""") + """
				WHERE e.valid @> CAST(:date AS date) AND e.status = 'PROBATION'
				ORDER BY o.sort_key, e.official_id
				""";
		var params = new MapSqlParameterSource().addValue("date", date).addValue("root", access.root());
		return streaming.query(sql, params, (rs, n) -> new Probationer(rs.getLong("official_id"),
				rs.getString("full_name"), rs.getLong("unit_id"), Category.valueOf(rs.getString("category")),
				rs.getString("rank_code"), rs.getLong("action_id"), rs.getDate("recruited_on").toLocalDate()));
	}

	/**
	 * How many officials hold {@code positionCode} as their main position in any of {@code unitIds} on {@code date}
	 * (an agency and its internal divisions, which its scheme places together): a count for the vacancies of a
	 * position, which names nobody.
	 */
	public int holding(java.util.Collection<Long> unitIds, String positionCode, LocalDate date) {
		return jdbc.sql("""
				SELECT count(*) FROM personnel.employment e
				WHERE e.unit_id = ANY(CAST(:units AS bigint[])) AND upper(e.position_code) = upper(:code)
				  AND e.valid @> CAST(:date AS date) AND e.status IN ('PROBATION', 'WORKING', 'SECONDED')""")
			.param("units", unitIds.toArray(new Long[0]))
			.param("code", positionCode)
			.param("date", date)
			.query(Integer.class)
			.single();
	}

}
