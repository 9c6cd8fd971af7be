package vn.congvu.position;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitType;
import vn.congvu.shared.DecisionRef;

/**
 * What other modules ask of job positions, without the caller's scope (they apply their own): which scheme a unit's
 * people are placed under on a date, and the version in force then.
 */
@Service
@Transactional(readOnly = true)
public class JobPositions {

	private static final String SELECT_SCHEMES = """
				SELECT s.id, s.unit_id, s.version_no, s.revises_id, s.status, s.title, s.applies_from, s.applies_to,
				       s.created_by, s.created_at, s.submitted_by, s.submitted_at, s.returned_note, s.decision_number,
				       s.decision_date, s.decision_issuer, s.signer, s.approved_by, s.approved_at, s.version
				FROM position.scheme s
				""";

	private final PositionSchemes schemes;

	private final UnitDirectory units;

	private final JdbcClient jdbc;

	JobPositions(PositionSchemes schemes, UnitDirectory units, JdbcClient jdbc) {
		this.schemes = schemes;
		this.units = units;
		this.jdbc = jdbc;
	}

	/**
	 * The unit whose scheme places the people of {@code unitId} on {@code date}: the unit itself, or for an internal
	 * division (phòng, chi cục thuộc sở) the agency it belongs to, since a scheme is the agency's.
	 */
	public long schemeUnitOf(long unitId, LocalDate date) {
		var unit = units.unit(unitId, date);
		if (unit.isEmpty() || unit.get().type() != UnitType.INTERNAL_DIVISION) {
			return unitId;
		}
		for (var ancestor : units.ancestorsAsOf(unitId, date)) {
			if (ancestor.type() != UnitType.INTERNAL_DIVISION) {
				return ancestor.id();
			}
		}
		return unitId;
	}

	/**
	 * The names of the positions each unit's people may hold on {@code date}, by unit and position code: those of the
	 * approved scheme in force of the unit or, for an internal division, of its agency; one query for all the schemes,
	 * for lists that only name positions (a unit's staff).
	 */
	public Map<Long, Map<String, String>> positionNames(Collection<Long> unitIds, LocalDate date) {
		var schemeUnit = new HashMap<Long, Long>();
		unitIds.forEach(u -> schemeUnit.put(u, schemeUnitOf(u, date)));
		var byScheme = new HashMap<Long, Map<String, String>>();
		if (!schemeUnit.isEmpty()) {
			jdbc.sql("""
					SELECT s.unit_id, p.code, p.name
					FROM position.scheme s JOIN position.job_position p ON p.scheme_id = s.id
					WHERE s.unit_id = ANY(CAST(:units AS bigint[])) AND s.status IN ('APPROVED', 'SUPERSEDED')
					  AND s.valid @> CAST(:date AS date)""")
				.param("units", new java.util.HashSet<>(schemeUnit.values()).toArray(Long[]::new))
				.param("date", date)
				.query(rs -> {
					byScheme.computeIfAbsent(rs.getLong("unit_id"), k -> new HashMap<>())
						.put(rs.getString("code"), rs.getString("name"));
				});
		}
		var names = new HashMap<Long, Map<String, String>>();
		schemeUnit.forEach((unit, scheme) -> names.put(unit, byScheme.getOrDefault(scheme, Map.of())));
		return names;
	}

	/**
	 * The approved versions in force on {@code date} for the units asked, by unit: read at once (three queries however
	 * many units), for judging a whole province or country.
	 */
	public Map<Long, SchemeView> inForce(Collection<Long> unitIds, LocalDate date) {
		if (unitIds.isEmpty()) {
			return Map.of();
		}
		var ids = unitIds.toArray(Long[]::new);
		var found = new LinkedHashMap<Long, SchemeRow>();
		jdbc.sql(SELECT_SCHEMES + """
				WHERE s.unit_id = ANY(CAST(:units AS bigint[])) AND s.status IN ('APPROVED', 'SUPERSEDED')
				  AND s.valid @> CAST(:date AS date)""")
			.param("units", ids)
			.param("date", date)
			.query((rs, n) -> new SchemeRow(rs))
			.list()
			.forEach(row -> found.put(row.id, row));
		if (found.isEmpty()) {
			return Map.of();
		}
		var schemeIds = found.keySet().toArray(Long[]::new);
		var positions = new HashMap<Long, List<JobPosition>>();
		jdbc.sql("""
				SELECT scheme_id, code, name, position_group, rank_code, min_degree, majors, state_management,
				       political_theory, language_required, it_required, headcount, concurrent_allowed, job_description,
				       competency_framework
				FROM position.job_position WHERE scheme_id = ANY(CAST(:ids AS bigint[])) ORDER BY scheme_id, sort_order""")
			.param("ids", schemeIds)
			.query(rs -> {
				positions.computeIfAbsent(rs.getLong("scheme_id"), k -> new ArrayList<>())
					.add(new JobPosition(rs.getString("code"), rs.getString("name"),
							PositionGroup.valueOf(rs.getString("position_group")), rs.getString("rank_code"),
							rs.getString("min_degree"), rs.getString("majors"), rs.getString("state_management"),
							rs.getString("political_theory"), rs.getBoolean("language_required"),
							rs.getBoolean("it_required"), rs.getInt("headcount"), rs.getBoolean("concurrent_allowed"),
							rs.getString("job_description"), rs.getString("competency_framework")));
			});
		var shares = new HashMap<Long, List<RankShare>>();
		jdbc.sql("SELECT scheme_id, rank_level, target_pct FROM position.rank_share "
				+ "WHERE scheme_id = ANY(CAST(:ids AS bigint[])) ORDER BY scheme_id, sort_order")
			.param("ids", schemeIds)
			.query(rs -> {
				shares.computeIfAbsent(rs.getLong("scheme_id"), k -> new ArrayList<>())
					.add(new RankShare(rs.getString("rank_level"), rs.getBigDecimal("target_pct")));
			});
		var names = units.namesAsOf(found.values().stream().map(r -> r.unitId).toList(), date);
		var result = new HashMap<Long, SchemeView>();
		for (var row : found.values()) {
			result.put(row.unitId, row.view(names.getOrDefault(row.unitId, ""),
					positions.getOrDefault(row.id, List.of()), shares.getOrDefault(row.id, List.of())));
		}
		return result;
	}

	/** Versions approved by decisions dated in [from, to] (both days included), oldest first. */
	public List<SchemeView> approvedBetween(LocalDate from, LocalDate to) {
		var rows = jdbc.sql(SELECT_SCHEMES + """
				WHERE s.status IN ('APPROVED', 'SUPERSEDED') AND s.decision_date BETWEEN :from AND :to
				ORDER BY s.decision_date, s.id""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new SchemeRow(rs))
			.list();
		var names = units.namesAsOf(rows.stream().map(r -> r.unitId).toList(), to);
		return rows.stream().map(r -> r.view(names.getOrDefault(r.unitId, ""), List.of(), List.of())).toList();
	}

	/** A scheme row as read, before its positions and shares are attached. */
	private static final class SchemeRow {

		final long id;

		final long unitId;

		private final int versionNo;

		private final @Nullable Long revisesId;

		private final SchemeStatus status;

		private final String title;

		private final LocalDate appliesFrom;

		private final @Nullable LocalDate appliesTo;

		private final String createdBy;

		private final java.time.Instant createdAt;

		private final @Nullable String submittedBy;

		private final java.time.@Nullable Instant submittedAt;

		private final @Nullable String returnedNote;

		private final @Nullable DecisionRef decision;

		private final @Nullable String signer;

		private final @Nullable String approvedBy;

		private final java.time.@Nullable Instant approvedAt;

		private final long version;

		SchemeRow(ResultSet rs) throws SQLException {
			id = rs.getLong("id");
			unitId = rs.getLong("unit_id");
			versionNo = rs.getInt("version_no");
			revisesId = (Long) rs.getObject("revises_id");
			status = SchemeStatus.valueOf(rs.getString("status"));
			title = rs.getString("title");
			appliesFrom = rs.getDate("applies_from").toLocalDate();
			var to = rs.getDate("applies_to");
			appliesTo = to == null ? null : to.toLocalDate();
			createdBy = rs.getString("created_by");
			createdAt = rs.getTimestamp("created_at").toInstant();
			submittedBy = rs.getString("submitted_by");
			var submitted = rs.getTimestamp("submitted_at");
			submittedAt = submitted == null ? null : submitted.toInstant();
			returnedNote = rs.getString("returned_note");
			var number = rs.getString("decision_number");
			decision = number == null ? null
					: new DecisionRef(number, rs.getDate("decision_date").toLocalDate(), rs.getString("decision_issuer"));
			signer = rs.getString("signer");
			approvedBy = rs.getString("approved_by");
			var approved = rs.getTimestamp("approved_at");
			approvedAt = approved == null ? null : approved.toInstant();
			version = rs.getLong("version");
		}

		SchemeView view(String unitName, List<JobPosition> positions, List<RankShare> shares) {
			return new SchemeView(id, unitId, unitName, versionNo, revisesId, status, title, appliesFrom,
					appliesTo == null ? null : appliesTo.minusDays(1), createdBy, createdAt, submittedBy, submittedAt,
					returnedNote, decision, signer, approvedBy, approvedAt, List.copyOf(positions), List.copyOf(shares),
					version);
		}

	}

	/** The approved version of a unit's scheme in force on {@code date}, if any. */
	public Optional<SchemeView> inForce(long unitId, LocalDate date) {
		return schemes.findInForce(unitId, date)
			.map(s -> s.view(units.namesAsOf(java.util.List.of(unitId), date).getOrDefault(unitId, "")));
	}

}
