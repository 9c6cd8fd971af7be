package vn.congvu.organization;

/** What happened to one unit in a restructuring. */
public enum UnitChangeKind {

	CREATED, RENAMED, RECODED, RETYPED, MOVED,
	/** This unit ceased and its work went to the related unit. */
	MERGED_INTO,
	/** The related unit ceased and its work came to this one. */
	ABSORBED,
	/** This unit was split; the related unit is one of the parts. */
	SPLIT_INTO,
	/** This unit was created from part of the related unit. */
	SPLIT_FROM,
	DISSOLVED

}
