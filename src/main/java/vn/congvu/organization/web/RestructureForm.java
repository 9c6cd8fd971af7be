package vn.congvu.organization.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the restructuring pages post: every field as typed, so that a rejected form comes back exactly as the user
 * left it. Which fields matter depends on the operation.
 */
class RestructureForm {

	/** One new unit of a split. */
	static class Part {

		private @Nullable String name;

		private @Nullable String code;

		private @Nullable String type;

		private @Nullable Long parentId;

		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable String getCode() { return code; }
		public void setCode(@Nullable String code) { this.code = code; }
		public @Nullable String getType() { return type; }
		public void setType(@Nullable String type) { this.type = type; }
		public @Nullable Long getParentId() { return parentId; }
		public void setParentId(@Nullable Long parentId) { this.parentId = parentId; }

		boolean isBlank() {
			return (name == null || name.isBlank()) && (code == null || code.isBlank());
		}

	}

	private @Nullable String effectiveDate;

	private @Nullable String decisionNumber;

	private @Nullable String decisionDate;

	private @Nullable String decisionIssuer;

	private @Nullable String note;

	private @Nullable Long unitId;

	private @Nullable String name;

	private @Nullable String code;

	private @Nullable String type;

	private @Nullable Long parentId;

	private List<Long> sourceIds = new ArrayList<>();

	private @Nullable Long targetId;

	private boolean keepSource;

	private List<Part> parts = new ArrayList<>(List.of(new Part(), new Part(), new Part(), new Part()));

	/** For each child of the unit being split, the index of the part that takes it. */
	private java.util.Map<Long, Integer> childParts = new java.util.HashMap<>();

	public @Nullable String getEffectiveDate() { return effectiveDate; }
	public void setEffectiveDate(@Nullable String effectiveDate) { this.effectiveDate = effectiveDate; }
	public @Nullable String getDecisionNumber() { return decisionNumber; }
	public void setDecisionNumber(@Nullable String decisionNumber) { this.decisionNumber = decisionNumber; }
	public @Nullable String getDecisionDate() { return decisionDate; }
	public void setDecisionDate(@Nullable String decisionDate) { this.decisionDate = decisionDate; }
	public @Nullable String getDecisionIssuer() { return decisionIssuer; }
	public void setDecisionIssuer(@Nullable String decisionIssuer) { this.decisionIssuer = decisionIssuer; }
	public @Nullable String getNote() { return note; }
	public void setNote(@Nullable String note) { this.note = note; }
	public @Nullable Long getUnitId() { return unitId; }
	public void setUnitId(@Nullable Long unitId) { this.unitId = unitId; }
	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getCode() { return code; }
	public void setCode(@Nullable String code) { this.code = code; }
	public @Nullable String getType() { return type; }
	public void setType(@Nullable String type) { this.type = type; }
	public @Nullable Long getParentId() { return parentId; }
	public void setParentId(@Nullable Long parentId) { this.parentId = parentId; }
	public List<Long> getSourceIds() { return sourceIds; }
	public void setSourceIds(List<Long> sourceIds) { this.sourceIds = sourceIds == null ? new ArrayList<>() : sourceIds; }
	public @Nullable Long getTargetId() { return targetId; }
	public void setTargetId(@Nullable Long targetId) { this.targetId = targetId; }
	public boolean isKeepSource() { return keepSource; }
	public void setKeepSource(boolean keepSource) { this.keepSource = keepSource; }
	public List<Part> getParts() { return parts; }
	public void setParts(List<Part> parts) { this.parts = parts; }
	public java.util.Map<Long, Integer> getChildParts() { return childParts; }
	public void setChildParts(java.util.Map<Long, Integer> childParts) { this.childParts = childParts; }

}
