package vn.congvu.audit;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.Caller;
import vn.congvu.shared.Role;

/**
 * Who may read the audit log. It holds every write of the whole system, people's data included, and cannot be cut by
 * scope, so it is for the operator and for Home Affairs of a whole province (an account rooted at a top-level unit);
 * Home Affairs rooted lower is refused.
 */
@Component("auditReaders")
public class AuditReaders {

	private final UnitDirectory units;

	private final Clock clock;

	AuditReaders(UnitDirectory units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	public boolean mayRead() {
		var caller = Caller.current();
		if (caller.isEmpty()) {
			return false;
		}
		if (caller.get().role() == Role.SYSTEM_ADMIN) {
			return true;
		}
		var root = caller.get().scopeUnitId();
		if (caller.get().role() != Role.HOME_AFFAIRS || root == null) {
			return false;
		}
		var today = LocalDate.now(clock);
		long now = System.nanoTime();
		var known = provinceRoots.get(root);
		if (known != null && known.day().equals(today) && now - known.readAt() < ANSWER_TTL_NANOS) {
			return known.whole();
		}
		boolean whole = units.unit(root, today).filter(u -> u.parentId() == null && u.lifetime().isOpenEnded()).isPresent();
		provinceRoots.put(root, new Answer(today, whole, now));
		return whole;
	}

	/**
	 * Whether a unit was the root of a whole province on a day: asked by every page's menu, so kept a minute (a
	 * restructuring elsewhere in a cluster is seen within it; here at once).
	 */
	private record Answer(LocalDate day, boolean whole, long readAt) {
	}

	private static final long ANSWER_TTL_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

	private final java.util.concurrent.ConcurrentHashMap<Long, Answer> provinceRoots = new java.util.concurrent.ConcurrentHashMap<>();

	@org.springframework.context.event.EventListener
	void on(vn.congvu.organization.UnitsRestructured event) {
		vn.congvu.shared.Transactions.nowAndWhenDone(provinceRoots::clear);
	}

}
