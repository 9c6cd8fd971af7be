package vn.congvu.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.InvalidInputException;

/**
 * An organisation unit (cơ quan, đơn vị, đơn vị hành chính) through its whole life.
 * <p>
 * A unit is created on a date; from then on its code, name, type and parent are kept as {@link UnitVersion}s, each
 * valid from one date to the next change. It ends on the date it is merged away, split up or dissolved. History is
 * recorded in order: a change may only take effect after the unit's latest change, and never rewrites an earlier
 * version. Rules that involve other units (the parent must exist, children must be placed first) are checked by
 * {@link UnitRestructuring}.
 */
@Entity
@Table(name = "unit", schema = "organization")
class OrganizationalUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private LocalDate createdOn;

	private @Nullable LocalDate endedOn;

	@Version
	private long version;

	@OneToMany(mappedBy = "unit", cascade = CascadeType.ALL)
	@OrderBy("validFrom")
	private List<UnitVersion> versions = new ArrayList<>();

	protected OrganizationalUnit() {
		this.createdOn = LocalDate.MIN;
	}

	private OrganizationalUnit(LocalDate createdOn) {
		this.createdOn = createdOn;
	}

	static OrganizationalUnit create(UnitAttributes attributes, LocalDate on) {
		var unit = new OrganizationalUnit(on);
		unit.versions.add(new UnitVersion(unit, on, attributes));
		return unit;
	}

	long id() {
		return Objects.requireNonNull(id, "unit not yet saved");
	}

	LocalDate createdOn() {
		return createdOn;
	}

	Optional<LocalDate> endedOn() {
		return Optional.ofNullable(endedOn);
	}

	boolean existsOn(LocalDate date) {
		return !date.isBefore(createdOn) && (endedOn == null || date.isBefore(endedOn));
	}

	boolean isOpenEnded() {
		return endedOn == null;
	}

	Optional<UnitVersion> versionOn(LocalDate date) {
		return versions.stream().filter(v -> v.covers(date)).findFirst();
	}

	UnitVersion latest() {
		return versions.stream().max(Comparator.comparing(UnitVersion::validFrom)).orElseThrow();
	}

	List<UnitVersion> versions() {
		return List.copyOf(versions);
	}

	/**
	 * Checks that a change may take effect on {@code date}: the unit still exists then and nothing has been recorded
	 * for it on or after that day.
	 */
	void checkChangeableOn(LocalDate date) {
		if (!existsOn(date)) {
			throw new InvalidInputException("effectiveDate", "organization.unit.notExistingOn", latest().name(),
					date);
		}
		var latest = latest();
		if (!latest.validFrom().isBefore(date)) {
			throw new ConflictException("organization.unit.laterChangeExists", latest.name(), latest.validFrom(),
					date);
		}
	}

	/** Starts a new version on {@code date} with the given attributes; the current one ends the day before. */
	void amend(UnitAttributes attributes, LocalDate date) {
		checkChangeableOn(date);
		var latest = latest();
		latest.endBefore(date);
		versions.add(new UnitVersion(this, date, attributes));
	}

	/** The unit ceases on {@code date}: that day it no longer exists. */
	void end(LocalDate date) {
		checkChangeableOn(date);
		latest().endBefore(date);
		this.endedOn = date;
	}

}
