package vn.congvu.reporting.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitView;
import vn.congvu.shared.Caller;

/** The units a caller may choose as the scope of a report or dashboard on a date: their own scope on that day. */
final class Scopes {

	private Scopes() {
	}

	static List<UnitView> on(UnitDirectory units, LocalDate date) {
		var root = Caller.current().map(Caller::scopeUnitId).orElse(null);
		var all = units.unitsAsOf(date);
		if (root == null) {
			return all;
		}
		var ids = new HashSet<Long>();
		for (long id : units.unitsInScopeOn(root, date)) {
			ids.add(id);
		}
		return all.stream().filter(u -> ids.contains(u.id())).toList();
	}

}
