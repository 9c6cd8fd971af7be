package vn.congvu.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;
import vn.congvu.shared.Caller;

/**
 * Appends to the audit and access logs, inside the caller's transaction: if the change rolls back, so does its
 * audit row. JPA writes are recorded automatically ({@link EntityChangeAuditor}); code that writes with plain SQL, or
 * records an event that is not a row change (a failed sign-in), calls this directly.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records one write.
	 *
	 * @param entity what kind of thing changed (an entity name such as {@code OrganizationalUnit})
	 * @param action {@code INSERT}, {@code UPDATE}, {@code DELETE} or a named event such as {@code LOGIN_FAILED}
	 */
	public void record(String entity, @Nullable String entityId, String action, @Nullable Map<String, ?> before,
			@Nullable Map<String, ?> after) {
		record(Caller.currentUsername(), entity, entityId, action, before, after);
	}

	/** Records one write done for a named actor (for example the account that tried to sign in). */
	public void record(String actor, String entity, @Nullable String entityId, String action,
			@Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
		jdbc.sql("""
				INSERT INTO audit.audit_event
				  (occurred_at, actor, client_address, entity, entity_id, action, before_state, after_state)
				VALUES (:at, :actor, :address, :entity, :entityId, :action,
				        CAST(:before AS jsonb), CAST(:after AS jsonb))
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", truncate(actor, 100))
			.param("address", clientAddress())
			.param("entity", truncate(entity, 100))
			.param("entityId", entityId == null ? null : truncate(entityId, 100))
			.param("action", truncate(action, 30))
			.param("before", before == null ? null : json.writeValueAsString(before))
			.param("after", after == null ? null : json.writeValueAsString(after))
			.update();
	}

	/**
	 * Records a write a console command made (no Spring, no request there), on the command's own connection and in
	 * its transaction: it lands with the write, or neither does.
	 */
	public static void recordFromConsole(java.sql.Connection connection, java.time.Instant at, String actor,
			String entity, String entityId, String action) throws java.sql.SQLException {
		try (var insert = connection.prepareStatement("""
				INSERT INTO audit.audit_event (occurred_at, actor, client_address, entity, entity_id, action)
				VALUES (?, ?, NULL, ?, ?, ?)""")) {
			insert.setTimestamp(1, Timestamp.from(at));
			insert.setString(2, truncate(actor, 100));
			insert.setString(3, truncate(entity, 100));
			insert.setString(4, truncate(entityId, 100));
			insert.setString(5, truncate(action, 30));
			insert.executeUpdate();
		}
	}

	/** Records that someone opened a personal record that is not their own. */
	public void recordAccess(String subjectKind, String subjectId, String purpose) {
		jdbc.sql("""
				INSERT INTO audit.access_log (occurred_at, actor, client_address, subject_kind, subject_id, purpose)
				VALUES (:at, :actor, :address, :kind, :id, :purpose)
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", truncate(Caller.currentUsername(), 100))
			.param("address", clientAddress())
			.param("kind", subjectKind)
			.param("id", subjectId)
			.param("purpose", purpose)
			.update();
	}

	/** The same access to many subjects of a kind, in one statement. */
	public void recordAccess(String subjectKind, java.util.Collection<String> subjectIds, String purpose) {
		if (subjectIds.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO audit.access_log (occurred_at, actor, client_address, subject_kind, subject_id, purpose)
				SELECT :at, :actor, :address, :kind, id, :purpose FROM unnest(CAST(:ids AS text[])) WITH ORDINALITY AS s(id, n)
				ORDER BY n
				""")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", truncate(Caller.currentUsername(), 100))
			.param("address", clientAddress())
			.param("kind", subjectKind)
			.param("ids", subjectIds.toArray(String[]::new))
			.param("purpose", purpose)
			.update();
	}

	static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return truncate(attributes.getRequest().getRemoteAddr(), 64);
		}
		return null;
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}

}
