package vn.congvu.audit;

import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManagerFactory;

/**
 * Writes an audit row for every entity that JPA inserts, updates or deletes, with its state before and after, in the
 * same transaction. Secrets (any property whose name mentions a password) are masked.
 */
@Component
class EntityChangeAuditor
		implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener, SmartInitializingSingleton {

	private static final String MASK = "***";

	private final EntityManagerFactory entityManagerFactory;

	private final AuditTrail trail;

	EntityChangeAuditor(EntityManagerFactory entityManagerFactory, AuditTrail trail) {
		this.entityManagerFactory = entityManagerFactory;
		this.trail = trail;
	}

	@Override
	public void afterSingletonsInstantiated() {
		var registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		registry.appendListeners(EventType.POST_INSERT, this);
		registry.appendListeners(EventType.POST_UPDATE, this);
		registry.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		trail.record(name(event.getPersister()), String.valueOf(event.getId()), "INSERT", null,
				state(event.getPersister(), event.getState(), event.getSession()));
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		var before = event.getOldState() == null ? null
				: state(event.getPersister(), event.getOldState(), event.getSession());
		trail.record(name(event.getPersister()), String.valueOf(event.getId()), "UPDATE", before,
				state(event.getPersister(), event.getState(), event.getSession()));
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		trail.record(name(event.getPersister()), String.valueOf(event.getId()), "DELETE",
				state(event.getPersister(), event.getDeletedState(), event.getSession()), null);
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static String name(EntityPersister persister) {
		var name = persister.getEntityName();
		return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
	}

	private static Map<String, @Nullable Object> state(EntityPersister persister, Object[] values,
			SharedSessionContractImplementor session) {
		var names = persister.getPropertyNames();
		var state = new LinkedHashMap<String, @Nullable Object>();
		for (int i = 0; i < names.length && i < values.length; i++) {
			var value = values[i];
			if (value instanceof PersistentCollection<?> || value instanceof Collection<?> || names[i].startsWith("_")) {
				continue;
			}
			state.put(names[i], names[i].toLowerCase(Locale.ROOT).contains("password") && value instanceof String ? MASK
					: plain(value, session));
		}
		return state;
	}

	private static @Nullable Object plain(@Nullable Object value, SharedSessionContractImplementor session) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
				|| value instanceof Record) {
			return value;
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof Temporal) {
			return value.toString();
		}
		if (value.getClass().isAnnotationPresent(jakarta.persistence.Entity.class)) {
			var id = session.getContextEntityIdentifier(value);
			return id == null ? null : Map.of("id", id);
		}
		return value.toString();
	}

}
