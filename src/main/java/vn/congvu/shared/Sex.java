package vn.congvu.shared;

/** Sex as recorded on the citizen identity card. */
public enum Sex {

	MALE, FEMALE

}
