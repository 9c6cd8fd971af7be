package vn.congvu.recruitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvu.shared.Sex;

/**
 * One person's application to a drive, for one of its positions: who they are, the degree and priority categories they
 * claim, whether they are eligible (and if not, why), and later their exam code, marks and outcome.
 */
@Entity
@Table(name = "application", schema = "recruitment")
class Application {

	enum Status {
		ELIGIBLE, REJECTED, WITHDRAWN
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long driveId;

	private long drivePositionId;

	private String citizenId;

	private String fullName;

	private LocalDate dateOfBirth;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	private String ethnicCode;

	private @Nullable String degreeLevel;

	private @Nullable String major;

	private @Nullable String priorities;

	private @Nullable String documents;

	private LocalDate appliedOn;

	@Enumerated(EnumType.STRING)
	private Status status;

	private @Nullable String rejectionCode;

	private @Nullable String rejectionArgs;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Application() {
	}

	Application(long driveId, long drivePositionId, String citizenId, String fullName, LocalDate dateOfBirth, Sex sex,
			String ethnicCode, @Nullable String degreeLevel, @Nullable String major, Set<Priority> priorities,
			@Nullable String documents, LocalDate appliedOn) {
		this.driveId = driveId;
		this.drivePositionId = drivePositionId;
		this.citizenId = citizenId;
		this.fullName = fullName;
		this.dateOfBirth = dateOfBirth;
		this.sex = sex;
		this.ethnicCode = ethnicCode;
		this.degreeLevel = degreeLevel;
		this.major = major;
		this.priorities = priorities.isEmpty() ? null
				: String.join(",", priorities.stream().map(Enum::name).sorted().toList());
		this.documents = documents;
		this.appliedOn = appliedOn;
		this.status = Status.ELIGIBLE;
	}

	void reject(String code, List<Object> arguments) {
		this.status = Status.REJECTED;
		this.rejectionCode = code;
		this.rejectionArgs = String.join("|", arguments.stream().map(String::valueOf).toList());
	}

	Set<Priority> priorities() {
		if (priorities == null) {
			return Set.of();
		}
		var set = java.util.EnumSet.noneOf(Priority.class);
		for (var name : priorities.split(",")) {
			set.add(Priority.valueOf(name));
		}
		return set;
	}

	ApplicationView view() {
		return new ApplicationView(java.util.Objects.requireNonNull(id), driveId, drivePositionId, citizenId, fullName,
				dateOfBirth, sex, ethnicCode, degreeLevel, major, priorities(), appliedOn, status.name(), rejectionCode,
				rejectionArgs == null ? List.of() : List.of(rejectionArgs.split("\\|", -1)), version);
	}

}
