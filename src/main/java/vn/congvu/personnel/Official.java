package vn.congvu.personnel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
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

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}' .-]+");

	private static final Pattern ETHNIC_CODE = Pattern.compile("0[1-9]|[1-4][0-9]|5[0-4]");

	private static final Pattern PHONE = Pattern.compile("[+0-9 ().-]{3,30}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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

	private @Nullable String generalEducation;

	private @Nullable String professionalLevel;

	private @Nullable String politicalTheory;

	private @Nullable String stateManagement;

	private @Nullable String foreignLanguage;

	private @Nullable String itSkill;

	private @Nullable LocalDate partyJoinedOn;

	private @Nullable LocalDate partyConfirmedOn;

	private @Nullable LocalDate tradeUnionJoinedOn;

	private @Nullable LocalDate youthUnionJoinedOn;

	private @Nullable String accountUsername;

	@ElementCollection
	@CollectionTable(name = "official_degree", schema = "personnel", joinColumns = @JoinColumn(name = "official_id"))
	@OrderColumn(name = "position")
	private List<Degree> degrees = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "official_family_member", schema = "personnel",
			joinColumns = @JoinColumn(name = "official_id"))
	@OrderColumn(name = "position")
	private List<FamilyMember> family = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "official_prior_work", schema = "personnel",
			joinColumns = @JoinColumn(name = "official_id"))
	@OrderColumn(name = "position")
	private List<PriorWork> priorWork = new ArrayList<>();

	private Instant createdAt;

	private @Nullable Instant updatedAt;

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
		var name = checkName(fullName);
		this.fullName = name;
		this.nameKey = VietnameseOrder.searchKey(name);
		this.sortKey = VietnameseOrder.key(name);
	}

	/** A full name as kept: letters, spaces, apostrophes, dots and hyphens, at most 120 characters. */
	static String checkName(@Nullable String fullName) {
		var name = Texts.clean(fullName);
		if (name == null || name.isEmpty()) {
			throw new InvalidInputException("fullName", "personnel.fullName.required");
		}
		if (name.length() > 120 || !NAME.matcher(name).matches()) {
			throw new InvalidInputException("fullName", "personnel.fullName.invalid");
		}
		return name;
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
		if (code == null || !ETHNIC_CODE.matcher(code).matches()) {
			throw new InvalidInputException("ethnicGroup", "personnel.ethnicGroup.invalid");
		}
		return code;
	}

	void contacts(@Nullable String birthplace, @Nullable String homeTown, @Nullable String residence,
			@Nullable String phone, @Nullable String email) {
		this.birthplace = limited(birthplace, 300, "birthplace");
		this.homeTown = limited(homeTown, 300, "homeTown");
		this.residence = limited(residence, 300, "residence");
		var number = limited(phone, 30, "phone");
		if (number != null && !PHONE.matcher(number).matches()) {
			throw new InvalidInputException("phone", "personnel.phone.invalid");
		}
		this.phone = number;
		var mail = limited(email, 120, "email");
		if (mail != null && !EMAIL.matcher(mail).matches()) {
			throw new InvalidInputException("email", "personnel.email.invalid");
		}
		this.email = mail;
	}

	void religion(@Nullable String code) {
		this.religionCode = Texts.clean(code);
	}

	/** The levels; their codes are checked against the catalog by the caller, the free texts here. */
	void qualify(Qualifications q) {
		this.generalEducation = q.generalEducation();
		this.professionalLevel = q.professionalLevel();
		this.politicalTheory = q.politicalTheory();
		this.stateManagement = q.stateManagement();
		this.foreignLanguage = limited(q.foreignLanguage(), 200, "qualifications.foreignLanguage");
		this.itSkill = limited(q.itSkill(), 200, "qualifications.itSkill");
	}

	void memberships(Memberships m, LocalDate today) {
		checkLifeDate(m.partyJoinedOn(), today, "memberships.partyJoinedOn");
		checkLifeDate(m.partyConfirmedOn(), today, "memberships.partyConfirmedOn");
		checkLifeDate(m.tradeUnionJoinedOn(), today, "memberships.tradeUnionJoinedOn");
		checkLifeDate(m.youthUnionJoinedOn(), today, "memberships.youthUnionJoinedOn");
		if (m.partyConfirmedOn() != null && m.partyJoinedOn() == null) {
			throw new InvalidInputException("memberships.partyJoinedOn", "personnel.party.joinedRequired");
		}
		if (m.partyConfirmedOn() != null && m.partyConfirmedOn().isBefore(Objects.requireNonNull(m.partyJoinedOn()))) {
			throw new InvalidInputException("memberships.partyConfirmedOn", "personnel.party.confirmedBeforeJoined");
		}
		this.partyJoinedOn = m.partyJoinedOn();
		this.partyConfirmedOn = m.partyConfirmedOn();
		this.tradeUnionJoinedOn = m.tradeUnionJoinedOn();
		this.youthUnionJoinedOn = m.youthUnionJoinedOn();
	}

	/** The degrees; level codes are checked against the catalog by the caller. */
	void degrees(List<Degree> given, LocalDate today) {
		this.degrees = cleanList(given, 30, "degrees", (d, field) -> {
			var major = required(d.major(), 200, field + ".major");
			var year = d.graduationYear();
			if (year != null && (year < dateOfBirth.getYear() + 10 || year > today.getYear())) {
				throw new InvalidInputException(field + ".graduationYear", "personnel.record.yearImplausible", year);
			}
			return new Degree(d.levelCode(), major, limited(d.institution(), 200, field + ".institution"), year,
					d.trainingMode());
		});
	}

	void family(List<FamilyMember> given, LocalDate today) {
		this.family = cleanList(given, 60, "family", (f, field) -> {
			if (f.side() == null) {
				throw new InvalidInputException(field + ".side", "personnel.record.required");
			}
			var year = f.birthYear();
			if (year != null && (year < 1850 || year > today.getYear())) {
				throw new InvalidInputException(field + ".birthYear", "personnel.record.yearImplausible", year);
			}
			return new FamilyMember(f.side(), required(f.relation(), 60, field + ".relation"),
					required(f.fullName(), 120, field + ".fullName"), year, limited(f.details(), 500, field + ".details"));
		});
	}

	void priorWork(List<PriorWork> given, LocalDate today) {
		this.priorWork = cleanList(given, 60, "priorWork", (w, field) -> {
			if (w.fromMonth() == null) {
				throw new InvalidInputException(field + ".fromMonth", "personnel.record.required");
			}
			var from = w.fromMonth().withDayOfMonth(1);
			var to = w.toMonth() == null ? null : w.toMonth().withDayOfMonth(1);
			checkLifeDate(from, today, field + ".fromMonth");
			if (to != null && to.isBefore(from)) {
				throw new InvalidInputException(field + ".toMonth", "personnel.record.endBeforeStart");
			}
			return new PriorWork(from, to, required(w.description(), 500, field + ".description"));
		});
	}

	void linkAccount(@Nullable String username) {
		var clean = Texts.clean(username);
		this.accountUsername = clean == null || clean.isEmpty() ? null : clean;
	}

	/** Marks the record changed, so that its version moves on even when only a list of it changed. */
	void touch(Instant at) {
		this.updatedAt = at;
	}

	private void checkLifeDate(@Nullable LocalDate date, LocalDate today, String field) {
		if (date != null && (date.isBefore(dateOfBirth) || date.isAfter(today))) {
			throw new InvalidInputException(field, "personnel.record.dateOutsideLife");
		}
	}

	private interface Cleaner<T> {

		T clean(T item, String field);

	}

	private static <T> List<T> cleanList(@Nullable List<T> given, int max, String name, Cleaner<T> cleaner) {
		var list = given == null ? List.<T>of() : given;
		if (list.size() > max) {
			throw new InvalidInputException(name, "personnel.record.tooMany", max);
		}
		var result = new ArrayList<T>(list.size());
		for (int i = 0; i < list.size(); i++) {
			var item = list.get(i);
			if (item == null) {
				throw new InvalidInputException(name + "[" + i + "]", "personnel.record.required");
			}
			result.add(cleaner.clean(item, name + "[" + i + "]"));
		}
		return result;
	}

	private static String required(@Nullable String text, int max, String field) {
		var clean = limited(text, max, field);
		if (clean == null) {
			throw new InvalidInputException(field, "personnel.record.required");
		}
		return clean;
	}

	private static @Nullable String limited(@Nullable String text, int max, String field) {
		var clean = Texts.clean(text);
		if (clean == null || clean.isEmpty()) {
			return null;
		}
		if (clean.length() > max) {
			throw new InvalidInputException(field, "personnel.record.tooLong", max);
		}
		return clean;
	}

	long id() {
		return Objects.requireNonNull(id);
	}

	/** The columns {@link #copyTo} writes, for the bulk path. */
	static final String[] COPY_COLUMNS = { "id", "province_id", "citizen_id", "full_name", "name_key", "sort_key",
			"date_of_birth", "birth_year_only", "sex", "ethnic_code", "religion_code", "birthplace", "home_town",
			"residence", "phone", "email", "general_education", "professional_level", "political_theory",
			"state_management", "foreign_language", "it_skill", "party_joined_on", "party_confirmed_on",
			"trade_union_joined_on", "youth_union_joined_on", "created_at", "version" };

	/** Writes this (not yet saved) record as a row of a bulk COPY, with the id given it. */
	void copyTo(vn.congvu.shared.database.CopyWriter writer, long newId) throws java.sql.SQLException {
		writer.value(newId)
			.value(provinceId)
			.value(citizenId)
			.value(fullName)
			.value(nameKey)
			.value(sortKey)
			.value(dateOfBirth)
			.value(birthYearOnly)
			.value(sex)
			.value(ethnicCode)
			.value(religionCode)
			.value(birthplace)
			.value(homeTown)
			.value(residence)
			.value(phone)
			.value(email)
			.value(generalEducation)
			.value(professionalLevel)
			.value(politicalTheory)
			.value(stateManagement)
			.value(foreignLanguage)
			.value(itSkill)
			.value(partyJoinedOn)
			.value(partyConfirmedOn)
			.value(tradeUnionJoinedOn)
			.value(youthUnionJoinedOn)
			.value(createdAt)
			.value(0L);
	}

	@Nullable
	String accountUsername() {
		return accountUsername;
	}

	String citizenId() {
		return citizenId;
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
		return view(java.util.EnumSet.allOf(PersonnelRecords.Part.class));
	}

	/** The view with the lists of {@code parts} read; the others empty (and not read from the database). */
	OfficialView view(java.util.Set<PersonnelRecords.Part> parts) {
		return new OfficialView(id(), citizenId, fullName, dateOfBirth, birthYearOnly, sex, ethnicCode, religionCode,
				birthplace, homeTown, residence, phone, email,
				new Qualifications(generalEducation, professionalLevel, politicalTheory, stateManagement,
						foreignLanguage, itSkill),
				new Memberships(partyJoinedOn, partyConfirmedOn, tradeUnionJoinedOn, youthUnionJoinedOn),
				parts.contains(PersonnelRecords.Part.DEGREES) ? List.copyOf(degrees) : List.of(),
				parts.contains(PersonnelRecords.Part.FAMILY) ? List.copyOf(family) : List.of(),
				parts.contains(PersonnelRecords.Part.PRIOR_WORK) ? List.copyOf(priorWork) : List.of(), accountUsername,
				version);
	}

}
