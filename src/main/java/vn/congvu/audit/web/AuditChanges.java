package vn.congvu.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.audit.AuditEntry;

/**
 * What an audit row changed, as people read it: for a change, each property that differs, old and new; for a record
 * added, its values; for one removed, what it held. Properties and records are named in the page's language where a
 * label is known (messages {@code audit.field.*}, {@code audit.entity.*}), and bookkeeping (versions, timestamps of
 * the row itself) is left out.
 */
@Component("auditChanges")
public class AuditChanges {

	/** One property: its label, and its value before and after ({@code null}: none). */
	public record Change(String label, @Nullable String before, @Nullable String after) {
	}

	private static final List<String> BOOKKEEPING = List.of("version", "updatedAt", "createdAt", "touchedAt",
			"nameKey", "sortKey", "searchKey");

	private final JsonMapper json;

	private final MessageSource messages;

	AuditChanges(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	public List<Change> of(AuditEntry entry) {
		var before = parse(entry.before());
		var after = parse(entry.after());
		var changes = new ArrayList<Change>();
		var names = new java.util.LinkedHashSet<String>();
		if (before != null) {
			before.propertyNames().forEach(names::add);
		}
		if (after != null) {
			after.propertyNames().forEach(names::add);
		}
		for (var name : names) {
			if (BOOKKEEPING.contains(name)) {
				continue;
			}
			var old = text(before == null ? null : before.get(name));
			var now = text(after == null ? null : after.get(name));
			if (before != null && after != null && Objects.equals(old, now)) {
				continue;
			}
			if (old == null && now == null) {
				continue;
			}
			changes.add(new Change(label("audit.field." + name, name), old, now));
		}
		return changes;
	}

	/** What was done (added, changed, removed, read…), in words where known. */
	public String action(String action) {
		return label("audit.action." + action, action);
	}

	/** The kind of record, in words where known. */
	public String entity(String entity) {
		return label("audit.entity." + entity, entity);
	}

	private String label(String code, String fallback) {
		return messages.getMessage(code, null, fallback, LocaleContextHolder.getLocale());
	}

	private @Nullable JsonNode parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			var node = json.readTree(text);
			return node.isObject() ? node : null;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private @Nullable String text(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isBoolean()) {
			return label("audit.value." + node.asBoolean(), Boolean.toString(node.asBoolean()));
		}
		if (node.isValueNode()) {
			var value = node.asString();
			return value.isEmpty() ? null : value;
		}
		// an embedded value (a decision): its parts, without the names of classes
		var parts = new ArrayList<String>();
		node.properties().forEach(e -> {
			var part = text(e.getValue());
			if (part != null && !e.getKey().startsWith("@")) {
				parts.add(part);
			}
		});
		return parts.isEmpty() ? null : String.join(", ", parts);
	}

}
