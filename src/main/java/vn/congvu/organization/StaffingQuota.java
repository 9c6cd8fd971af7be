package vn.congvu.organization;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;

/**
 * A unit's staffing quota (biên chế) for one year: how many civil servants and how many publicly paid public
 * employees it may have, as assigned by a decision. A later decision for the same year replaces the figures; the
 * audit log keeps the earlier ones.
 */
@Entity
@Table(name = "staffing_quota", schema = "organization")
class StaffingQuota {

	static final int MAX_COUNT = 1_000_000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long unitId;

	@Column(name = "quota_year")
	private int year;

	private int civilServants;

	private int publicEmployees;

	@Embedded
	private DecisionRef decision;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected StaffingQuota() {
	}

	StaffingQuota(long unitId, int year, int civilServants, int publicEmployees, DecisionRef decision) {
		this.unitId = unitId;
		this.year = checkYear(year);
		assign(civilServants, publicEmployees, decision);
	}

	void assign(int civilServants, int publicEmployees, DecisionRef decision) {
		this.civilServants = checkCount(civilServants, "civilServants");
		this.publicEmployees = checkCount(publicEmployees, "publicEmployees");
		this.decision = decision;
	}

	private static int checkYear(int year) {
		if (year < 1990 || year > 2200) {
			throw new InvalidInputException("year", "organization.quota.year.invalid");
		}
		return year;
	}

	private static int checkCount(int count, String field) {
		if (count < 0 || count > MAX_COUNT) {
			throw new InvalidInputException(field, "organization.quota.count.invalid", MAX_COUNT);
		}
		return count;
	}

	StaffingQuotaView view() {
		return new StaffingQuotaView(unitId, year, civilServants, publicEmployees, decision, version);
	}

}
