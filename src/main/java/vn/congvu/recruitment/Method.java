package vn.congvu.recruitment;

/** Thi tuyển (competitive exam) or xét tuyển (selection) — Law 80/2025 Art. 20; Decree 138/2020 Art. 8. */
public enum Method {
	EXAM, SELECTION
}
