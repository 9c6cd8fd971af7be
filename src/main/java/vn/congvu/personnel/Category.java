package vn.congvu.personnel;

/** What kind of public servant an official is (Law 80/2025 on Cadres and Civil Servants; Law on Public Employees). */
public enum Category {

	/** Cán bộ: elected, approved or appointed to a term of office. */
	CADRE,
	/** Công chức: recruited into a rank and a job position of a state agency. */
	CIVIL_SERVANT,
	/** Viên chức: recruited by a public service unit under a work contract, into a professional title. */
	PUBLIC_EMPLOYEE,
	/** Người lao động hợp đồng: works under a labour or service contract. */
	CONTRACT

}
