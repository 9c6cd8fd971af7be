package vn.congvu.personnel.web;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The record-editing pages' form, as typed: every group of the record, of which each page shows one; dates as
 * dd/MM/yyyy and months as MM/yyyy. Lists come with blank rows to add to, which are dropped when saved.
 */
public class RecordForm {

	private @Nullable Long version;

	private @Nullable String citizenId;

	private @Nullable String fullName;

	private @Nullable String dateOfBirth;

	private boolean birthYearOnly;

	private @Nullable String sex;

	private @Nullable String ethnicGroup;

	private @Nullable String religion;

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

	private @Nullable String partyJoinedOn;

	private @Nullable String partyConfirmedOn;

	private @Nullable String tradeUnionJoinedOn;

	private @Nullable String youthUnionJoinedOn;

	private @Nullable String accountUsername;

	private List<DegreeRow> degrees = new ArrayList<>();

	private List<FamilyRow> family = new ArrayList<>();

	private List<WorkRow> priorWork = new ArrayList<>();

	public @Nullable Long getVersion() { return version; }
	public void setVersion(@Nullable Long version) { this.version = version; }
	public @Nullable String getCitizenId() { return citizenId; }
	public void setCitizenId(@Nullable String citizenId) { this.citizenId = citizenId; }
	public @Nullable String getFullName() { return fullName; }
	public void setFullName(@Nullable String fullName) { this.fullName = fullName; }
	public @Nullable String getDateOfBirth() { return dateOfBirth; }
	public void setDateOfBirth(@Nullable String dateOfBirth) { this.dateOfBirth = dateOfBirth; }
	public boolean isBirthYearOnly() { return birthYearOnly; }
	public void setBirthYearOnly(boolean birthYearOnly) { this.birthYearOnly = birthYearOnly; }
	public @Nullable String getSex() { return sex; }
	public void setSex(@Nullable String sex) { this.sex = sex; }
	public @Nullable String getEthnicGroup() { return ethnicGroup; }
	public void setEthnicGroup(@Nullable String ethnicGroup) { this.ethnicGroup = ethnicGroup; }
	public @Nullable String getReligion() { return religion; }
	public void setReligion(@Nullable String religion) { this.religion = religion; }
	public @Nullable String getBirthplace() { return birthplace; }
	public void setBirthplace(@Nullable String birthplace) { this.birthplace = birthplace; }
	public @Nullable String getHomeTown() { return homeTown; }
	public void setHomeTown(@Nullable String homeTown) { this.homeTown = homeTown; }
	public @Nullable String getResidence() { return residence; }
	public void setResidence(@Nullable String residence) { this.residence = residence; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getGeneralEducation() { return generalEducation; }
	public void setGeneralEducation(@Nullable String generalEducation) { this.generalEducation = generalEducation; }
	public @Nullable String getProfessionalLevel() { return professionalLevel; }
	public void setProfessionalLevel(@Nullable String professionalLevel) { this.professionalLevel = professionalLevel; }
	public @Nullable String getPoliticalTheory() { return politicalTheory; }
	public void setPoliticalTheory(@Nullable String politicalTheory) { this.politicalTheory = politicalTheory; }
	public @Nullable String getStateManagement() { return stateManagement; }
	public void setStateManagement(@Nullable String stateManagement) { this.stateManagement = stateManagement; }
	public @Nullable String getForeignLanguage() { return foreignLanguage; }
	public void setForeignLanguage(@Nullable String foreignLanguage) { this.foreignLanguage = foreignLanguage; }
	public @Nullable String getItSkill() { return itSkill; }
	public void setItSkill(@Nullable String itSkill) { this.itSkill = itSkill; }
	public @Nullable String getPartyJoinedOn() { return partyJoinedOn; }
	public void setPartyJoinedOn(@Nullable String partyJoinedOn) { this.partyJoinedOn = partyJoinedOn; }
	public @Nullable String getPartyConfirmedOn() { return partyConfirmedOn; }
	public void setPartyConfirmedOn(@Nullable String partyConfirmedOn) { this.partyConfirmedOn = partyConfirmedOn; }
	public @Nullable String getTradeUnionJoinedOn() { return tradeUnionJoinedOn; }
	public void setTradeUnionJoinedOn(@Nullable String tradeUnionJoinedOn) { this.tradeUnionJoinedOn = tradeUnionJoinedOn; }
	public @Nullable String getYouthUnionJoinedOn() { return youthUnionJoinedOn; }
	public void setYouthUnionJoinedOn(@Nullable String youthUnionJoinedOn) { this.youthUnionJoinedOn = youthUnionJoinedOn; }
	public @Nullable String getAccountUsername() { return accountUsername; }
	public void setAccountUsername(@Nullable String accountUsername) { this.accountUsername = accountUsername; }
	public List<DegreeRow> getDegrees() { return degrees; }
	public void setDegrees(List<DegreeRow> degrees) { this.degrees = degrees; }
	public List<FamilyRow> getFamily() { return family; }
	public void setFamily(List<FamilyRow> family) { this.family = family; }
	public List<WorkRow> getPriorWork() { return priorWork; }
	public void setPriorWork(List<WorkRow> priorWork) { this.priorWork = priorWork; }

	static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/** A degree, as typed; a row left empty is no degree. */
	public static class DegreeRow {
		private @Nullable String levelCode;
		private @Nullable String major;
		private @Nullable String institution;
		private @Nullable String graduationYear;
		private @Nullable String trainingMode;

		public @Nullable String getLevelCode() { return levelCode; }
		public void setLevelCode(@Nullable String levelCode) { this.levelCode = levelCode; }
		public @Nullable String getMajor() { return major; }
		public void setMajor(@Nullable String major) { this.major = major; }
		public @Nullable String getInstitution() { return institution; }
		public void setInstitution(@Nullable String institution) { this.institution = institution; }
		public @Nullable String getGraduationYear() { return graduationYear; }
		public void setGraduationYear(@Nullable String graduationYear) { this.graduationYear = graduationYear; }
		public @Nullable String getTrainingMode() { return trainingMode; }
		public void setTrainingMode(@Nullable String trainingMode) { this.trainingMode = trainingMode; }

		boolean blank() {
			return isBlank(levelCode) && isBlank(major) && isBlank(institution) && isBlank(graduationYear);
		}
	}

	/** A family member, as typed; a row left empty is nobody. */
	public static class FamilyRow {
		private @Nullable String side;
		private @Nullable String relation;
		private @Nullable String fullName;
		private @Nullable String birthYear;
		private @Nullable String details;

		public @Nullable String getSide() { return side; }
		public void setSide(@Nullable String side) { this.side = side; }
		public @Nullable String getRelation() { return relation; }
		public void setRelation(@Nullable String relation) { this.relation = relation; }
		public @Nullable String getFullName() { return fullName; }
		public void setFullName(@Nullable String fullName) { this.fullName = fullName; }
		public @Nullable String getBirthYear() { return birthYear; }
		public void setBirthYear(@Nullable String birthYear) { this.birthYear = birthYear; }
		public @Nullable String getDetails() { return details; }
		public void setDetails(@Nullable String details) { this.details = details; }

		boolean blank() {
			return isBlank(relation) && isBlank(fullName) && isBlank(birthYear) && isBlank(details);
		}
	}

	/** A period of work before service, as typed (months as MM/yyyy). */
	public static class WorkRow {
		private @Nullable String fromMonth;
		private @Nullable String toMonth;
		private @Nullable String description;

		public @Nullable String getFromMonth() { return fromMonth; }
		public void setFromMonth(@Nullable String fromMonth) { this.fromMonth = fromMonth; }
		public @Nullable String getToMonth() { return toMonth; }
		public void setToMonth(@Nullable String toMonth) { this.toMonth = toMonth; }
		public @Nullable String getDescription() { return description; }
		public void setDescription(@Nullable String description) { this.description = description; }

		boolean blank() {
			return isBlank(fromMonth) && isBlank(toMonth) && isBlank(description);
		}
	}

}
