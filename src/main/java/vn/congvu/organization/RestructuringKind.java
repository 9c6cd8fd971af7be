package vn.congvu.organization;

/** The restructuring operations, each carried by one decision. */
public enum RestructuringKind {

	CREATE, AMEND, MERGE, SPLIT, DISSOLVE

}
