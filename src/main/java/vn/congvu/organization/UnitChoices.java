package vn.congvu.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The units a form offers: those that exist on the day the form is about, within the caller's reach, in the order of
 * the tree (a unit, then the units under it), each with its parent's name, so that two health stations both called
 * "Trạm Y tế phường 1" are told apart by the town they belong to.
 */
@Service
public class UnitChoices {

	/**
	 * One unit offered.
	 *
	 * @param depth how far below the top of what is offered it sits (0 at the top)
	 */
	public record Choice(long id, String name, @Nullable String code, @Nullable String parentName, int depth) {

		/** The unit's name, with its parent's after a dash when it has one in the tree. */
		public String label() {
			return parentName == null ? name : name + " — " + parentName;
		}

		/** The label, indented by its depth with no-break spaces, for a list shown as a tree. */
		public String treeLabel() {
			return "\u00a0\u00a0\u00a0".repeat(depth) + label();
		}

	}

	private final UnitDirectory units;

	private final ScopeGuard guard;

	UnitChoices(UnitDirectory units, ScopeGuard guard) {
		this.units = units;
		this.guard = guard;
	}

	/** The units that exist on {@code date} in the caller's reach on that day, as a tree. */
	public List<Choice> on(LocalDate date) {
		var reach = guard.reach();
		return tree(date, id -> guard.coversOn(reach, id, date));
	}

	/**
	 * Every unit that exists on {@code date}, as a tree, whatever the caller's reach: for the choices that are about the
	 * organisation itself (the operator giving an account its scope), not about its people.
	 */
	public List<Choice> everyUnitOn(LocalDate date) {
		return tree(date, id -> true);
	}

	private List<Choice> tree(LocalDate date, java.util.function.LongPredicate offered) {
		var all = units.unitsAsOf(date);
		var byId = new HashMap<Long, UnitView>();
		all.forEach(u -> byId.put(u.id(), u));
		var children = new HashMap<Long, List<UnitView>>();
		var tops = new ArrayList<UnitView>();
		for (var unit : all) {
			if (!offered.test(unit.id())) {
				continue;
			}
			var parent = unit.parentId() == null ? null : byId.get(unit.parentId());
			if (parent == null || !offered.test(parent.id())) {
				tops.add(unit);
			}
			else {
				children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(unit);
			}
		}
		var out = new ArrayList<Choice>();
		for (var top : tops) {
			walk(top, 0, byId, children, out);
		}
		return out;
	}

	private static void walk(UnitView unit, int depth, Map<Long, UnitView> byId, Map<Long, List<UnitView>> children,
			List<Choice> out) {
		var parent = unit.parentId() == null ? null : byId.get(unit.parentId());
		out.add(new Choice(unit.id(), unit.name(), unit.code(), parent == null ? null : parent.name(), depth));
		for (var child : children.getOrDefault(unit.id(), List.of())) {
			walk(child, depth + 1, byId, children, out);
		}
	}

}
