package vn.congvu.organization.web;

import java.util.List;

import vn.congvu.organization.UnitView;

/** A unit with the units under it, for drawing the tree. */
record UnitTreeNode(UnitView unit, List<UnitTreeNode> children) {

	static List<UnitTreeNode> build(List<UnitView> units) {
		var ids = units.stream().map(UnitView::id).collect(java.util.stream.Collectors.toSet());
		var byParent = new java.util.HashMap<Long, List<UnitView>>();
		var roots = new java.util.ArrayList<UnitView>();
		for (var unit : units) {
			if (unit.parentId() == null || !ids.contains(unit.parentId())) {
				roots.add(unit);
			}
			else {
				byParent.computeIfAbsent(unit.parentId(), k -> new java.util.ArrayList<>()).add(unit);
			}
		}
		return roots.stream().map(root -> node(root, byParent)).toList();
	}

	private static UnitTreeNode node(UnitView unit, java.util.Map<Long, List<UnitView>> byParent) {
		return new UnitTreeNode(unit,
				byParent.getOrDefault(unit.id(), List.of()).stream().map(child -> node(child, byParent)).toList());
	}

}
