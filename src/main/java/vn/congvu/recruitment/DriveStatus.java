package vn.congvu.recruitment;

/** Where a drive stands: open for applications, examining, results published, decided; or cancelled. */
public enum DriveStatus {

	OPEN, EXAMINING, PUBLISHED, DECIDED, CANCELLED;

	/** Whether the drive still holds places of its positions (for the vacancies left to other drives). */
	public boolean holdsPlaces() {
		return this != CANCELLED && this != DECIDED;
	}

}
