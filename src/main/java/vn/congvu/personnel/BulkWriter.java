package vn.congvu.personnel;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.congvu.catalog.Catalog;
import vn.congvu.shared.database.CopyWriter;

/**
 * Writes many officials with their careers at once, by COPY, in the caller's transaction: the path of imports and of
 * generated populations. Every career is replayed by the same rules as a single decision ({@link Career}), so what is
 * written here is what recording the actions one by one would have written.
 */
@Component
class BulkWriter {

	/** An action of a person to write; {@code action.id()} and {@code cancelsActionId} count from 1 within the person. */
	record Planned(ActionRecord action, @Nullable String signer, @Nullable String legalBasis, @Nullable String note) {
	}

	/** A record not yet saved, and the actions of its career in the order they were decided. */
	record Person(Official official, List<Planned> actions) {
	}

	private static final String[] ACTION_COLUMNS = { "id", "official_id", "province_id", "kind", "effective_date",
			"end_date", "decision_number", "decision_date", "decision_issuer", "signer", "legal_basis", "unit_id",
			"category", "rank_code", "salary_scale_code", "salary_step", "step_start", "position_title", "position_code", "note",
			"cancels_action_id", "out_of_sequence", "recorded_at", "recorded_by" };

	private static final String[] EMPLOYMENT_COLUMNS = { "official_id", "province_id", "valid_from", "valid_to",
			"unit_id", "category", "status", "rank_code", "salary_scale_code", "salary_step", "step_start",
			"position_title", "position_code", "position_since", "concurrent_positions", "seconded_to",
			"last_action_id" };

	private static final String[] OFFICIAL_COLUMNS = java.util.stream.Stream.concat(
			java.util.Arrays.stream(Official.COPY_COLUMNS), java.util.stream.Stream.of("standing_valid",
					"standing_unit_id", "standing_category", "standing_status", "standing_rank"))
		.toArray(String[]::new);

	/**
	 * An official's standing on {@code day}: the period that covers it, or the gap between the periods around it with
	 * no unit. The rule is the database's ({@code personnel.refresh_standing}); this is its copy for bulk writing, whose
	 * COPY of employment tells the trigger to trust it (tested equal to the rule in StandingIntegrationTests).
	 */
	static Standing standing(List<EmploymentPeriod> periods, LocalDate day) {
		LocalDate before = null, after = null;
		for (var p : periods) {
			if (!p.validFrom().isAfter(day) && (p.validTo() == null || p.validTo().isAfter(day))) {
				return new Standing("[" + p.validFrom() + "," + (p.validTo() == null ? "" : p.validTo()) + ")",
						p.unitId(), p.category(), p.status(), p.rankCode());
			}
			if (p.validTo() != null && !p.validTo().isAfter(day) && (before == null || p.validTo().isAfter(before))) {
				before = p.validTo();
			}
			if (p.validFrom().isAfter(day) && (after == null || p.validFrom().isBefore(after))) {
				after = p.validFrom();
			}
		}
		return new Standing("[" + (before == null ? "" : before) + "," + (after == null ? "" : after) + ")", null, null,
				null, null);
	}

	/** The standing columns of an official row; {@code range} in PostgreSQL's text form of a daterange. */
	record Standing(String range, @Nullable Long unitId, @Nullable Category category, @Nullable EmploymentStatus status,
			@Nullable String rankCode) {

		void copyTo(CopyWriter writer) throws SQLException {
			writer.value(range).value(unitId).value(category).value(status).value(rankCode);
		}

	}

	/** Tells the employment trigger that the standing copies of the rows to come are written (migration V8). */
	private static void written(java.sql.Connection connection, boolean on) throws SQLException {
		try (var st = connection.prepareStatement("SELECT set_config('congvu.standing_written', ?, true)")) {
			st.setString(1, on ? "on" : "off");
			st.execute();
		}
	}

	/** The tables written, schema-qualified. */
	private static final String OFFICIAL = table("official"), ACTION = table("personnel_action"),
			EMPLOYMENT = table("employment");

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(BulkWriter.class);

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Catalog catalog;

	private final Standings standings;

	BulkWriter(DataSource dataSource, JdbcClient jdbc, Catalog catalog, Standings standings) {
		this.standings = standings;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/**
	 * Writes the people and returns their new ids, in order.
	 *
	 * @throws CareerRuleViolation when a career breaks a rule; nothing of the transaction should then be kept
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	List<Long> write(List<Person> people, String recordedBy, Instant recordedAt) {
		if (people.isEmpty()) {
			return List.of();
		}
		long t0 = System.nanoTime();
		int actionCount = people.stream().mapToInt(p -> p.actions().size()).sum();
		var officialIds = ids(OFFICIAL, people.size());
		var actionIds = ids(ACTION, actionCount);
		var connection = DataSourceUtils.getConnection(dataSource);
		try {
			var careers = new ArrayList<List<ActionRecord>>(people.size());
			var periods = new ArrayList<Career>(people.size());
			int next = 0;
			for (var person : people) {
				var local = new HashMap<Long, Long>();
				for (var planned : person.actions()) {
					local.put(planned.action().id(), actionIds.get(next++));
				}
				var records = new ArrayList<ActionRecord>(person.actions().size());
				var ages = ServiceAgeRule.of(person.official().dateOfBirth(), person.official().sex());
				for (var planned : person.actions()) {
					var a = planned.action();
					ages.check(a.kind(), a.effectiveDate());
					records.add(new ActionRecord(local.get(a.id()), a.kind(), a.effectiveDate(), a.endDate(),
							a.decision(), a.unitId(), a.category(), a.rankCode(), a.salaryScaleCode(), a.salaryStep(),
							a.stepStart(), a.positionTitle(), a.positionCode(),
							a.cancelsActionId() == null ? null : local.get(a.cancelsActionId()), a.outOfSequence()));
				}
				careers.add(records);
				periods.add(Career.replay(records, catalog::salaryScale));
			}
			// the standing "today" as the database's trigger will find it (personnel.refresh_standing), written with
			// the officials so that the trigger has nothing to rewrite: rewriting every new row doubled the cost of an
			// import's employment
			var today = standings.today();
			try (var officials = CopyWriter.open(connection, OFFICIAL, OFFICIAL_COLUMNS)) {
				for (int i = 0; i < people.size(); i++) {
					people.get(i).official().copyTo(officials, officialIds.get(i));
					standing(periods.get(i).periods(), today).copyTo(officials);
					officials.endRow();
				}
				officials.finish();
			}
			long t1 = System.nanoTime();
			try (var actions = CopyWriter.open(connection, ACTION, ACTION_COLUMNS)) {
				for (int i = 0; i < people.size(); i++) {
					var person = people.get(i);
					var records = careers.get(i);
					for (int j = 0; j < records.size(); j++) {
						var a = records.get(j);
						var planned = person.actions().get(j);
						actions.value(a.id())
							.value(officialIds.get(i))
							.value(person.official().provinceId())
							.value(a.kind())
							.value(a.effectiveDate())
							.value(a.endDate())
							.value(a.decision().number())
							.value(a.decision().date())
							.value(a.decision().issuer())
							.value(planned.signer())
							.value(planned.legalBasis())
							.value(a.unitId())
							.value(a.category())
							.value(a.rankCode())
							.value(a.salaryScaleCode())
							.value(a.salaryStep())
							.value(a.stepStart())
							.value(a.positionTitle())
							.value(a.positionCode())
							.value(planned.note())
							.value(a.cancelsActionId())
							.value(a.outOfSequence())
							.value(recordedAt)
							.value(recordedBy);
						actions.endRow();
					}
				}
				actions.finish();
			}
			long t2 = System.nanoTime();
			written(connection, true);
			try (var employment = CopyWriter.open(connection, EMPLOYMENT, EMPLOYMENT_COLUMNS)) {
				for (int i = 0; i < people.size(); i++) {
					for (var p : periods.get(i).periods()) {
						employment.value(officialIds.get(i))
							.value(people.get(i).official().provinceId())
							.value(p.validFrom())
							.value(p.validTo())
							.value(p.unitId())
							.value(p.category())
							.value(p.status())
							.value(p.rankCode())
							.value(p.salaryScaleCode())
							.value(p.salaryStep())
							.value(p.stepStart())
							.value(p.positionTitle())
							.value(p.positionCode())
							.value(p.positionSince())
							.value(p.concurrentPositionsText())
							.value(p.secondedTo())
							.value(p.lastActionId());
						employment.endRow();
					}
				}
				employment.finish();
			}
			// (a failed COPY dooms the transaction, and the setting, which is the transaction's, goes with it)
			written(connection, false);
			if (log.isDebugEnabled()) {
				log.debug("Wrote {} officials in {} ms, {} actions in {} ms, employment in {} ms", people.size(),
						(t1 - t0) / 1_000_000, actionCount, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000);
			}
			return officialIds;
		}
		catch (SQLException ex) {
			var translated = new SQLStateSQLExceptionTranslator().translate("COPY", null, ex);
			throw translated != null ? translated : new IllegalStateException(ex);
		}
	}

	private static String table(String name) {
		return "personnel." + name;
	}

	private List<Long> ids(String table, int count) {
		if (count == 0) {
			return List.of();
		}
		return jdbc.sql("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count) ORDER BY 1")
			.param("table", table)
			.param("count", count)
			.query(Long.class)
			.list();
	}

}
