package vn.congvu.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One row of the audit log; {@code before} and {@code after} are JSON objects. */
public record AuditEntry(long id, Instant occurredAt, String actor, @Nullable String clientAddress, String entity,
		@Nullable String entityId, String action, @Nullable String before, @Nullable String after) {
}
