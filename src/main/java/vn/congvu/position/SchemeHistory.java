package vn.congvu.position;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;

/**
 * Loads schemes decided before CôngVụ kept them — a province's past approval decisions, or the demo province's — as
 * they were: each version with its content, who submitted and approved it, and its decision, the earlier versions of
 * a unit superseded by the later ones. Each version passes the same checks as one drafted here, and the database keeps
 * the same constraints; the whole load is one transaction.
 */
@Service
public class SchemeHistory {

	/**
	 * A version as it was decided; {@code decision} {@code null} for one submitted and not yet decided (at most the
	 * last of a unit).
	 */
	public record Decided(long unitId, SchemeContent content, String submittedBy, @Nullable Long submittedByUnitId,
			@Nullable DecisionRef decision, @Nullable String signer, @Nullable String approvedBy) {
	}

	private final JdbcClient jdbc;

	private final org.springframework.jdbc.core.JdbcTemplate batch;

	private final Catalog catalog;

	private final Clock clock;

	SchemeHistory(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batch, Catalog catalog, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.catalog = catalog;
		this.clock = clock;
	}

	/** Loads the versions of units that have none yet, oldest first per unit; returns how many were written. */
	@Transactional(propagation = Propagation.REQUIRED)
	public int load(List<Decided> versions) {
		vn.congvu.shared.SystemWork.require("Loading past schemes");
		var byUnit = new java.util.TreeMap<Long, List<Decided>>();
		versions.forEach(v -> byUnit.computeIfAbsent(v.unitId(), k -> new ArrayList<>()).add(v));
		int written = 0;
		var now = Timestamp.from(clock.instant());
		for (var entry : byUnit.entrySet()) {
			var list = new ArrayList<>(entry.getValue());
			list.sort(Comparator.comparing(v -> v.content().appliesFrom()));
			Long previous = null;
			for (int i = 0; i < list.size(); i++) {
				var v = list.get(i);
				var content = SchemeRules.clean(v.content().title(), v.content().appliesFrom(),
						v.content().positions(), v.content().rankShares(), catalog);
				SchemeRules.checkComplete(content);
				boolean decided = v.decision() != null;
				if (!decided && i < list.size() - 1) {
					throw new InvalidInputException("decision", "validation.decision.required");
				}
				LocalDate until = null;
				if (i + 1 < list.size() && list.get(i + 1).decision() != null) {
					until = list.get(i + 1).content().appliesFrom();
				}
				long id = jdbc.sql("""
						INSERT INTO position.scheme (unit_id, version_no, revises_id, status, title, applies_from,
						  created_by, created_at)
						VALUES (:unit, :no, :revises, 'DRAFT', :title, :from, :by, :at) RETURNING id""")
					.param("unit", entry.getKey())
					.param("no", i + 1)
					.param("revises", previous)
					.param("title", content.title())
					.param("from", Date.valueOf(content.appliesFrom()))
					.param("by", v.submittedBy())
					.param("at", now)
					.query(Long.class)
					.single();
				writeContent(id, content);
				var decision = v.decision();
				jdbc.sql("""
						UPDATE position.scheme SET status = :status, applies_to = :to, submitted_by = :submittedBy,
						  submitted_by_unit_id = :submittedUnit, submitted_at = :at, decision_number = :number,
						  decision_date = :date, decision_issuer = :issuer, signer = :signer, approved_by = :approvedBy,
						  approved_at = :approvedAt
						WHERE id = :id""")
					.param("status", !decided ? "SUBMITTED" : until == null ? "APPROVED" : "SUPERSEDED")
					.param("to", until == null ? null : Date.valueOf(until))
					.param("submittedBy", v.submittedBy())
					.param("submittedUnit", v.submittedByUnitId())
					.param("at", now)
					.param("number", decision == null ? null : decision.number())
					.param("date", decision == null ? null : Date.valueOf(decision.date()))
					.param("issuer", decision == null ? null : decision.issuer())
					.param("signer", decided ? v.signer() : null)
					.param("approvedBy", decided ? v.approvedBy() : null)
					.param("approvedAt", decided ? now : null)
					.param("id", id)
					.update();
				previous = id;
				written++;
			}
		}
		return written;
	}

	private void writeContent(long schemeId, SchemeContent content) {
		var positions = new ArrayList<Object[]>();
		var list = content.positions();
		for (int i = 0; i < list.size(); i++) {
			var p = list.get(i);
			positions.add(new Object[] { schemeId, i, p.code(), p.name(), p.group().name(), p.rankCode(), p.minDegree(),
					p.majors(), p.stateManagement(), p.politicalTheory(), p.languageRequired(), p.itRequired(),
					p.headcount(), p.concurrentAllowed(), p.jobDescription(), p.competencyFramework() });
		}
		batch.batchUpdate("""
				INSERT INTO position.job_position (scheme_id, sort_order, code, name, position_group, rank_code,
				  min_degree, majors, state_management, political_theory, language_required, it_required, headcount,
				  concurrent_allowed, job_description, competency_framework)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", positions);
		var shares = new ArrayList<Object[]>();
		for (int i = 0; i < content.rankShares().size(); i++) {
			var share = content.rankShares().get(i);
			shares.add(new Object[] { schemeId, i, share.rankLevel(), share.targetPct() });
		}
		batch.batchUpdate("INSERT INTO position.rank_share (scheme_id, sort_order, rank_level, target_pct) "
				+ "VALUES (?, ?, ?, ?)", shares);
	}

}
