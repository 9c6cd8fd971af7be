package vn.congvu.personnel;

/** Where an official stands in service over a period of their employment. */
public enum EmploymentStatus {

	/** Tập sự: on probation after recruitment (abolished for civil servants from 1 July 2025). */
	PROBATION,
	WORKING,
	/** Biệt phái: seconded to another agency for a fixed term, still counted in the home unit's quota. */
	SECONDED,
	/** Tạm đình chỉ công tác. */
	SUSPENDED

}
