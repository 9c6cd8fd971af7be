package vn.congvu.recruitment;

import java.math.BigDecimal;
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

	private @Nullable String examCode;

	private boolean absent;

	private @Nullable Boolean round1Passed;

	private @Nullable BigDecimal written;

	private @Nullable BigDecimal interview;

	private @Nullable String markedBy;

	@jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
	private Ranking.@Nullable Verdict verdict;

	private @Nullable BigDecimal total;

	private @Nullable Integer ranking;

	private @Nullable String reasonCode;

	private @Nullable String reasonArgs;

	private @Nullable Long officialId;

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

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	long drivePositionId() {
		return drivePositionId;
	}

	boolean eligible() {
		return status == Status.ELIGIBLE;
	}

	String citizenId() {
		return citizenId;
	}

	String fullName() {
		return fullName;
	}

	LocalDate dateOfBirth() {
		return dateOfBirth;
	}

	Sex sex() {
		return sex;
	}

	String ethnicCode() {
		return ethnicCode;
	}

	@Nullable String examCode() {
		return examCode;
	}

	void examCode(String code) {
		this.examCode = code;
	}

	boolean marked() {
		return absent || written != null || interview != null || Boolean.FALSE.equals(round1Passed);
	}

	void mark(boolean absent, @Nullable Boolean round1Passed, @Nullable BigDecimal written,
			@Nullable BigDecimal interview, String by) {
		this.absent = absent;
		this.round1Passed = round1Passed;
		this.written = written;
		this.interview = interview;
		this.markedBy = by;
	}

	/** Changes one mark after publication; the caller has recorded the re-marking first. */
	void remark(String field, BigDecimal mark) {
		if (field.equals("written")) {
			this.written = mark;
		}
		else {
			this.interview = mark;
		}
	}

	@Nullable BigDecimal mark(String field) {
		return field.equals("written") ? written : interview;
	}

	@Nullable String markedBy() {
		return markedBy;
	}

	Ranking.Entry entry() {
		var marks = absent || (written == null && interview == null) ? null : new Marks(written, interview);
		return new Ranking.Entry(id(), absent, !Boolean.FALSE.equals(round1Passed), marks, priorities());
	}

	void outcome(Ranking.Outcome outcome) {
		this.verdict = outcome.verdict();
		this.total = outcome.total();
		this.ranking = outcome.rank() == 0 ? null : outcome.rank();
		this.reasonCode = outcome.reason();
		this.reasonArgs = String.join("|", outcome.arguments().stream().map(String::valueOf).toList());
	}

	Ranking.@Nullable Verdict verdict() {
		return verdict;
	}

	void recruited(long officialId) {
		this.officialId = officialId;
	}

	@Nullable Long officialId() {
		return officialId;
	}

	@Nullable Integer ranking() {
		return ranking;
	}

	/** Did not take up the post in time: the recruitment is cancelled (the record stays, with its history). */
	void forfeit() {
		this.verdict = Ranking.Verdict.FORFEITED;
		this.reasonCode = "recruitment.outcome.forfeited";
		this.reasonArgs = "";
	}

	/** Called in place of a recruit who did not take up the post. */
	void calledInstead() {
		this.verdict = Ranking.Verdict.PASSED;
		this.reasonCode = "recruitment.outcome.nextRanked";
		this.reasonArgs = String.valueOf(ranking);
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

	/** As read; the marks and outcome only once published, so that marking never sees names. */
	ApplicationView view(boolean published) {
		return new ApplicationView(java.util.Objects.requireNonNull(id), driveId, drivePositionId, citizenId, fullName,
				dateOfBirth, sex, ethnicCode, degreeLevel, major, priorities(), appliedOn, status.name(), rejectionCode,
				rejectionArgs == null ? List.of() : List.of(rejectionArgs.split("\\|", -1)),
				published ? new ApplicationView.Result(absent, round1Passed, written, interview,
						verdict == null ? null : verdict.name(), total, ranking,
						reasonCode, reasonArgs == null || reasonArgs.isEmpty() ? List.of()
								: List.of(reasonArgs.split("\\|", -1)), officialId) : null,
				version);
	}

}
