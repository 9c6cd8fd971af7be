package vn.congvu.audit;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the audit log, newest first, with filters. */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	/** Filters; each {@code null} or blank one is ignored. Dates are days in the province's time zone. */
	public record Query(@Nullable String actor, @Nullable String entity, @Nullable String entityId,
			@Nullable String action, @Nullable LocalDate from, @Nullable LocalDate to) {

		/** A period that ends before it starts is a mistake, not an empty page. */
		public Query {
			vn.congvu.shared.DateRange.requireOrdered(from, to);
		}

	}

	/** One page, and whether another follows. */
	public record Page(List<AuditEntry> entries, int page, int size, boolean hasNext) {
	}

	private static final ZoneId PROVINCE_ZONE = vn.congvu.shared.ProvinceClock.ZONE;

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page search(Query query, int page, int size) {
		int safeSize = Math.max(1, Math.min(size, 200));
		int safePage = Math.max(0, page);
		var where = new ArrayList<String>();
		var params = new HashMap<String, Object>();
		if (query.actor() != null && !query.actor().isBlank()) {
			where.add("lower(actor) = lower(:actor)");
			params.put("actor", query.actor().strip());
		}
		if (query.entity() != null && !query.entity().isBlank()) {
			where.add("entity = :entity");
			params.put("entity", query.entity().strip());
		}
		if (query.entityId() != null && !query.entityId().isBlank()) {
			where.add("entity_id = :entityId");
			params.put("entityId", query.entityId().strip());
		}
		if (query.action() != null && !query.action().isBlank()) {
			where.add("action = :action");
			params.put("action", query.action().strip());
		}
		if (query.from() != null) {
			where.add("occurred_at >= :from");
			params.put("from", Timestamp.from(query.from().atStartOfDay(PROVINCE_ZONE).toInstant()));
		}
		if (query.to() != null) {
			where.add("occurred_at < :to");
			params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(PROVINCE_ZONE).toInstant()));
		}
		var sql = "SELECT id, occurred_at, actor, client_address, entity, entity_id, action, "
				+ "before_state::text AS before_state, after_state::text AS after_state FROM audit.audit_event"
				+ (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
				+ " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset";
		params.put("limit", safeSize + 1);
		params.put("offset", (long) safePage * safeSize);
		var rows = new ArrayList<>(jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
					rs.getString("actor"), rs.getString("client_address"), rs.getString("entity"),
					rs.getString("entity_id"), rs.getString("action"), rs.getString("before_state"),
					rs.getString("after_state")))
			.list());
		boolean hasNext = rows.size() > safeSize;
		if (hasNext) {
			rows.remove(rows.size() - 1);
		}
		return new Page(rows, safePage, safeSize, hasNext);
	}

	/** The kinds of thing that appear in the log, for the filter's choices. */
	public List<String> entities() {
		return jdbc.sql("SELECT DISTINCT entity FROM audit.audit_event ORDER BY entity").query(String.class).list();
	}

}
