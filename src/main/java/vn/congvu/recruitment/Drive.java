package vn.congvu.recruitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvu.personnel.Category;
import vn.congvu.shared.ConflictException;

/**
 * A recruitment drive: who recruits, for which category, by exam or selection, under the regime of its announcement
 * date, to which positions and how many; and where it stands.
 */
@Entity
@Table(name = "drive", schema = "recruitment")
class Drive {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long authorityUnitId;

	private String title;

	@Enumerated(EnumType.STRING)
	private Category category;

	@Enumerated(EnumType.STRING)
	private Method method;

	@Enumerated(EnumType.STRING)
	private Regime regime;

	private LocalDate announcedOn;

	private LocalDate applicationsUntil;

	@Enumerated(EnumType.STRING)
	private DriveStatus status;

	private @Nullable LocalDate resultsPublishedOn;

	private @Nullable String publishedBy;

	@jakarta.persistence.Embedded
	private vn.congvu.shared.@Nullable DecisionRef decision;

	private String createdBy;

	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "drive_id", nullable = false)
	@OrderBy("id")
	private List<DrivePosition> positions = new ArrayList<>();

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Drive() {
	}

	Drive(long authorityUnitId, String title, Category category, Method method, LocalDate announcedOn,
			LocalDate applicationsUntil, List<DrivePosition> positions, String createdBy, Instant createdAt) {
		this.authorityUnitId = authorityUnitId;
		this.title = title;
		this.category = category;
		this.method = method;
		this.regime = Regime.of(category, announcedOn);
		this.announcedOn = announcedOn;
		this.applicationsUntil = applicationsUntil;
		this.status = DriveStatus.OPEN;
		this.positions = new ArrayList<>(positions);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	long id() {
		return java.util.Objects.requireNonNull(id);
	}

	long authorityUnitId() {
		return authorityUnitId;
	}

	Regime regime() {
		return regime;
	}

	Category category() {
		return category;
	}

	DriveStatus status() {
		return status;
	}

	LocalDate announcedOn() {
		return announcedOn;
	}

	LocalDate applicationsUntil() {
		return applicationsUntil;
	}

	List<DrivePosition> positions() {
		return positions;
	}

	void requireOpen(LocalDate on) {
		if (status != DriveStatus.OPEN) {
			throw new ConflictException("recruitment.drive.notOpen", title, status.name());
		}
		if (on.isBefore(announcedOn) || on.isAfter(applicationsUntil)) {
			throw new ConflictException("recruitment.drive.outsideWindow", announcedOn, applicationsUntil);
		}
	}

	void close() {
		if (status != DriveStatus.OPEN) {
			throw new ConflictException("recruitment.drive.notOpen", title, status.name());
		}
		status = DriveStatus.EXAMINING;
	}

	void requireStatus(DriveStatus wanted) {
		if (status != wanted) {
			throw new ConflictException("recruitment.drive.wrongStatus", title, status.name(), wanted.name());
		}
	}

	void publish(LocalDate on, String by) {
		requireStatus(DriveStatus.EXAMINING);
		if (on.isBefore(applicationsUntil)) {
			throw new vn.congvu.shared.InvalidInputException("publishedOn", "recruitment.drive.publishedTooEarly",
					applicationsUntil);
		}
		status = DriveStatus.PUBLISHED;
		resultsPublishedOn = on;
		publishedBy = by;
	}

	@Nullable LocalDate resultsPublishedOn() {
		return resultsPublishedOn;
	}

	void decide(vn.congvu.shared.DecisionRef decision) {
		requireStatus(DriveStatus.PUBLISHED);
		status = DriveStatus.DECIDED;
		this.decision = decision;
	}

	String title() {
		return title;
	}

	DriveView view() {
		return new DriveView(id(), authorityUnitId, title, category, method, regime, announcedOn, applicationsUntil,
				status, resultsPublishedOn, decision, positions.stream().map(DrivePosition::view).toList(), version);
	}

}
