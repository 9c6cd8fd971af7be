package vn.congvu.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.congvu.shared.DateRange;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A unit's code, name, type and parent over one period [validFrom, validTo). Only the end of the latest version is
 * ever written after insertion, when the next change or the unit's end closes it.
 */
@Entity
@Table(name = "unit_version", schema = "organization")
class UnitVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private @Nullable OrganizationalUnit unit;

	private LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private @Nullable String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitType type;

	private @Nullable Long parentId;

	protected UnitVersion() {
		this.validFrom = LocalDate.MIN;
		this.name = "";
		this.type = UnitType.PROVINCE;
	}

	UnitVersion(OrganizationalUnit unit, LocalDate validFrom, UnitAttributes attributes) {
		this.unit = unit;
		this.validFrom = validFrom;
		this.code = attributes.code();
		this.name = attributes.name();
		this.type = attributes.type();
		this.parentId = attributes.parentId();
	}

	boolean covers(LocalDate date) {
		return new DateRange(validFrom, validTo).contains(date);
	}

	void endBefore(LocalDate date) {
		this.validTo = date;
	}

	UnitAttributes attributes() {
		return new UnitAttributes(code, name, type, parentId);
	}

	LocalDate validFrom() {
		return validFrom;
	}

	@Nullable
	LocalDate validTo() {
		return validTo;
	}

	@Nullable
	String code() {
		return code;
	}

	String name() {
		return name;
	}

	UnitType type() {
		return type;
	}

	@Nullable
	Long parentId() {
		return parentId;
	}

}
