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
		var tree = new java.util.ArrayList<>(roots.stream().map(root -> node(root, byParent)).toList());
		var drawn = new java.util.HashSet<Long>();
		tree.forEach(node -> collect(node, drawn));
		// a unit no root leads to (which restructuring rules prevent) is still shown, never silently dropped
		units.stream().filter(u -> !drawn.contains(u.id())).forEach(u -> {
			if (!drawn.contains(u.id())) {
				var node = new UnitTreeNode(u, List.of());
				tree.add(node);
				drawn.add(u.id());
			}
		});
		return tree;
	}

	private static void collect(UnitTreeNode node, java.util.Set<Long> drawn) {
		if (drawn.add(node.unit().id())) {
			node.children().forEach(child -> collect(child, drawn));
		}
	}

	private static UnitTreeNode node(UnitView unit, java.util.Map<Long, List<UnitView>> byParent) {
		return new UnitTreeNode(unit,
				byParent.getOrDefault(unit.id(), List.of()).stream().map(child -> node(child, byParent)).toList());
	}

}
