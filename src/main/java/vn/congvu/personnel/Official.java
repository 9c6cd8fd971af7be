package vn.congvu.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.congvu.shared.CitizenId;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.Texts;
import vn.congvu.shared.VietnameseOrder;

/**
 * An official's personal record (sơ yếu lý lịch): identity and contacts. Their career lives in their personnel
 * actions, never here. Created with the recruitment that starts their career; edited with optimistic locking.
 */
@Entity
@Table(name = "official", schema = "personnel")
class Official {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long provinceId;

	private String citizenId;

	private String fullName;

	private String nameKey;

	private String sortKey;

	private LocalDate dateOfBirth;

	private boolean birthYearOnly;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	private String ethnicCode;

	private @Nullable String religionCode;

	private @Nullable String birthplace;

	private @Nullable String homeTown;

	private @Nullable String residence;

	private @Nullable String phone;

	private @Nullable String email;

	private Instant createdAt;

	@Version
	private long version;

	@SuppressWarnings("NullAway")
	protected Official() {
	}

	Official(long provinceId, CitizenId citizenId, String fullName, LocalDate dateOfBirth, boolean birthYearOnly,
			Sex sex, String ethnicCode, Instant createdAt) {
		this.provinceId = provinceId;
		this.createdAt = createdAt;
		rename(fullName);
		identify(citizenId, dateOfBirth, sex, birthYearOnly);
		this.ethnicCode = checkEthnicCode(ethnicCode);
	}

	void rename(String fullName) {
		var name = Texts.clean(fullName);
		if (name == null || name.isEmpty()) {
			throw new InvalidInputException("fullName", "personnel.fullName.required");
		}
		if (name.length() > 120 || !name.matches("[\\p{L}\\p{M}' .-]+")) {
			throw new InvalidInputException("fullName", "personnel.fullName.invalid");
		}
		this.fullName = name;
		this.nameKey = VietnameseOrder.searchKey(name);
		this.sortKey = VietnameseOrder.key(name);
	}

	void ethnicGroup(String code) {
		this.ethnicCode = checkEthnicCode(code);
	}

	void identify(CitizenId citizenId, LocalDate dateOfBirth, Sex sex, boolean birthYearOnly) {
		if (dateOfBirth == null) {
			throw new InvalidInputException("dateOfBirth", "personnel.dateOfBirth.required");
		}
		if (sex == null) {
			throw new InvalidInputException("sex", "personnel.sex.required");
		}
		if (dateOfBirth.getYear() < 1900) {
			throw new InvalidInputException("dateOfBirth", "personnel.dateOfBirth.invalid");
		}
		citizenId.checkAgainst(dateOfBirth, sex);
		this.citizenId = citizenId.value();
		this.dateOfBirth = birthYearOnly ? LocalDate.of(dateOfBirth.getYear(), 1, 1) : dateOfBirth;
		this.birthYearOnly = birthYearOnly;
		this.sex = sex;
	}

	static String checkEthnicCode(String code) {
		if (code == null || !code.matches("0[1-9]|[1-4][0-9]|5[0-4]")) {
			throw new InvalidInputException("ethnicGroup", "personnel.ethnicGroup.invalid");
		}
		return code;
	}

	void contacts(@Nullable String birthplace, @Nullable String homeTown, @Nullable String residence,
			@Nullable String phone, @Nullable String email) {
		this.birthplace = Texts.clean(birthplace);
		this.homeTown = Texts.clean(homeTown);
		this.residence = Texts.clean(residence);
		this.phone = Texts.clean(phone);
		var mail = Texts.clean(email);
		if (mail != null && !mail.isEmpty() && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInputException("email", "personnel.email.invalid");
		}
		this.email = mail;
	}

	long id() {
		return Objects.requireNonNull(id);
	}

	long provinceId() {
		return provinceId;
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

	long version() {
		return version;
	}

	OfficialView view() {
		return new OfficialView(id(), citizenId, fullName, dateOfBirth, birthYearOnly, sex, ethnicCode, religionCode,
				birthplace, homeTown, residence, phone, email, version);
	}

}
