package vn.congvu.personnel;

import java.time.LocalDate;

import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.web.Formats;

/**
 * What an official may ask HR to correct in their own record (Law 80/2025 Art. 42: officials keep their information
 * up to date, the agency approves it). Contacts they change themselves; everything about their career changes only by
 * a decision. {@link #OTHER} is a request in words, which HR carries out by hand before approving it.
 */
public enum CorrectableField {

	FULL_NAME, DATE_OF_BIRTH, ETHNIC_GROUP, RELIGION, BIRTHPLACE, HOME_TOWN, GENERAL_EDUCATION, PROFESSIONAL_LEVEL,
	POLITICAL_THEORY, STATE_MANAGEMENT, FOREIGN_LANGUAGE, IT_SKILL, PARTY_JOINED_ON, PARTY_CONFIRMED_ON, OTHER;

	/** The catalog list whose codes the field takes, or {@code null} for a field typed freely or a date. */
	public @org.jspecify.annotations.Nullable String catalogList() {
		return switch (this) {
			case ETHNIC_GROUP, RELIGION, GENERAL_EDUCATION, PROFESSIONAL_LEVEL, POLITICAL_THEORY, STATE_MANAGEMENT ->
				name();
			default -> null;
		};
	}

	/** The field's value in {@code record}, as text. */
	String valueIn(OfficialView record) {
		var q = record.qualifications();
		var m = record.memberships();
		return switch (this) {
			case FULL_NAME -> record.fullName();
			case DATE_OF_BIRTH -> Formats.DATE.format(record.dateOfBirth());
			case ETHNIC_GROUP -> record.ethnicGroup();
			case RELIGION -> text(record.religion());
			case BIRTHPLACE -> text(record.birthplace());
			case HOME_TOWN -> text(record.homeTown());
			case GENERAL_EDUCATION -> text(q.generalEducation());
			case PROFESSIONAL_LEVEL -> text(q.professionalLevel());
			case POLITICAL_THEORY -> text(q.politicalTheory());
			case STATE_MANAGEMENT -> text(q.stateManagement());
			case FOREIGN_LANGUAGE -> text(q.foreignLanguage());
			case IT_SKILL -> text(q.itSkill());
			case PARTY_JOINED_ON -> m.partyJoinedOn() == null ? "" : Formats.DATE.format(m.partyJoinedOn());
			case PARTY_CONFIRMED_ON -> m.partyConfirmedOn() == null ? "" : Formats.DATE.format(m.partyConfirmedOn());
			case OTHER -> "";
		};
	}

	/** The change that sets this field of {@code record} to {@code value}; checked when it is applied. */
	PersonnelRegistry.UpdateOfficial change(OfficialView record, String value) {
		var p = PersonnelRegistry.PersonalDetails.of(record);
		var q = record.qualifications();
		var m = record.memberships();
		return switch (this) {
			case FULL_NAME -> personal(record, new PersonnelRegistry.PersonalDetails(p.citizenId(), value,
					p.dateOfBirth(), p.birthYearOnly(), p.sex(), p.ethnicGroup(), p.religion(), p.birthplace(),
					p.homeTown(), p.residence(), p.phone(), p.email()));
			case DATE_OF_BIRTH -> personal(record, new PersonnelRegistry.PersonalDetails(p.citizenId(), p.fullName(),
					date(value), false, p.sex(), p.ethnicGroup(), p.religion(), p.birthplace(), p.homeTown(),
					p.residence(), p.phone(), p.email()));
			case ETHNIC_GROUP -> personal(record, new PersonnelRegistry.PersonalDetails(p.citizenId(), p.fullName(),
					p.dateOfBirth(), p.birthYearOnly(), p.sex(), value, p.religion(), p.birthplace(), p.homeTown(),
					p.residence(), p.phone(), p.email()));
			case RELIGION -> personal(record, new PersonnelRegistry.PersonalDetails(p.citizenId(), p.fullName(),
					p.dateOfBirth(), p.birthYearOnly(), p.sex(), p.ethnicGroup(), value, p.birthplace(), p.homeTown(),
					p.residence(), p.phone(), p.email()));
			case BIRTHPLACE -> personal(record, new PersonnelRegistry.PersonalDetails(p.citizenId(), p.fullName(),
					p.dateOfBirth(), p.birthYearOnly(), p.sex(), p.ethnicGroup(), p.religion(), value, p.homeTown(),
					p.residence(), p.phone(), p.email()));
			case HOME_TOWN -> personal(record, new PersonnelRegistry.PersonalDetails(p.citizenId(), p.fullName(),
					p.dateOfBirth(), p.birthYearOnly(), p.sex(), p.ethnicGroup(), p.religion(), p.birthplace(), value,
					p.residence(), p.phone(), p.email()));
			case GENERAL_EDUCATION -> qualifications(record, new Qualifications(value, q.professionalLevel(),
					q.politicalTheory(), q.stateManagement(), q.foreignLanguage(), q.itSkill()));
			case PROFESSIONAL_LEVEL -> qualifications(record, new Qualifications(q.generalEducation(), value,
					q.politicalTheory(), q.stateManagement(), q.foreignLanguage(), q.itSkill()));
			case POLITICAL_THEORY -> qualifications(record, new Qualifications(q.generalEducation(),
					q.professionalLevel(), value, q.stateManagement(), q.foreignLanguage(), q.itSkill()));
			case STATE_MANAGEMENT -> qualifications(record, new Qualifications(q.generalEducation(),
					q.professionalLevel(), q.politicalTheory(), value, q.foreignLanguage(), q.itSkill()));
			case FOREIGN_LANGUAGE -> qualifications(record, new Qualifications(q.generalEducation(),
					q.professionalLevel(), q.politicalTheory(), q.stateManagement(), value, q.itSkill()));
			case IT_SKILL -> qualifications(record, new Qualifications(q.generalEducation(), q.professionalLevel(),
					q.politicalTheory(), q.stateManagement(), q.foreignLanguage(), value));
			case PARTY_JOINED_ON -> memberships(record, new Memberships(date(value), m.partyConfirmedOn(),
					m.tradeUnionJoinedOn(), m.youthUnionJoinedOn()));
			case PARTY_CONFIRMED_ON -> memberships(record, new Memberships(m.partyJoinedOn(), date(value),
					m.tradeUnionJoinedOn(), m.youthUnionJoinedOn()));
			case OTHER -> new PersonnelRegistry.UpdateOfficial(record.version(), null, null, null, null, null, null);
		};
	}

	private static PersonnelRegistry.UpdateOfficial personal(OfficialView record,
			PersonnelRegistry.PersonalDetails details) {
		return new PersonnelRegistry.UpdateOfficial(record.version(), details, null, null, null, null, null);
	}

	private static PersonnelRegistry.UpdateOfficial qualifications(OfficialView record, Qualifications q) {
		return new PersonnelRegistry.UpdateOfficial(record.version(), null, q, null, null, null, null);
	}

	private static PersonnelRegistry.UpdateOfficial memberships(OfficialView record, Memberships m) {
		return new PersonnelRegistry.UpdateOfficial(record.version(), null, null, m, null, null, null);
	}

	private static LocalDate date(String value) {
		return Formats.parseDate(value)
			.orElseThrow(() -> new InvalidInputException("proposedValue", "personnel.correction.dateInvalid", value));
	}

	private static String text(@org.jspecify.annotations.Nullable String value) {
		return value == null ? "" : value;
	}

}
