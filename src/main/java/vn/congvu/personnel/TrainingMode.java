package vn.congvu.personnel;

/** How a degree was earned: chính quy, vừa làm vừa học, từ xa, bồi dưỡng (form 2C-BNV/2008). */
public enum TrainingMode {

	FULL_TIME, PART_TIME, DISTANCE, REFRESHER

}
