package vn.congvu.personnel.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.catalog.Catalog;
import vn.congvu.personnel.Degree;
import vn.congvu.personnel.FamilyMember;
import vn.congvu.personnel.Memberships;
import vn.congvu.personnel.OfficialView;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.personnel.PriorWork;
import vn.congvu.personnel.Qualifications;
import vn.congvu.personnel.TrainingMode;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.web.FormErrors;
import vn.congvu.shared.web.Formats;

/**
 * Editing an official's record, a group at a time: personal (identity, contacts, memberships), education
 * (qualifications and degrees), family, and work before service. A save against a version someone else saved meanwhile
 * keeps what the user typed and says so.
 */
@Controller
class RecordEditController {

	enum Group {

		PERSONAL, EDUCATION, FAMILY, HISTORY;

		static Optional<Group> of(String path) {
			try {
				return Optional.of(valueOf(path.toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

		String tab() {
			return switch (this) {
				case PERSONAL -> "personal";
				case EDUCATION -> "education";
				case FAMILY -> "family";
				case HISTORY -> "career";
			};
		}

	}

	private static final int BLANK_ROWS = 3;

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");

	private static final Pattern LIST_FIELD = Pattern.compile("^(degrees|family|priorWork)\\[(\\d+)](.*)$");

	private final PersonnelRegistry registry;

	private final PersonnelRecords records;

	private final Catalog catalog;

	RecordEditController(PersonnelRegistry registry, PersonnelRecords records, Catalog catalog) {
		this.registry = registry;
		this.records = records;
		this.catalog = catalog;
	}

	@GetMapping("/officials/{id}/edit/{group}")
	String form(@PathVariable long id, @PathVariable String group, Model model) {
		var chosen = Group.of(group).orElseThrow(() -> new NotFoundException("personnel.official.notFound", id));
		registry.requireChangeable(id);
		var official = records.official(id).orElseThrow(() -> new NotFoundException("personnel.official.notFound", id));
		var form = formOf(official);
		addBlankRows(form);
		return show(official, chosen, form, model);
	}

	@PostMapping("/officials/{id}/edit/{group}")
	String save(@PathVariable long id, @PathVariable String group, @ModelAttribute("form") RecordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var chosen = Group.of(group).orElseThrow(() -> new NotFoundException("personnel.official.notFound", id));
		var official = records.official(id).orElseThrow(() -> new NotFoundException("personnel.official.notFound", id));
		var degreeRows = new ArrayList<Integer>();
		var familyRows = new ArrayList<Integer>();
		var workRows = new ArrayList<Integer>();
		var command = command(chosen, form, result, degreeRows, familyRows, workRows);
		if (!result.hasErrors()) {
			try {
				registry.update(id, command);
				redirect.addFlashAttribute("done", "personnel.record.saved");
				return "redirect:/officials/" + id + "?tab=" + chosen.tab();
			}
			catch (ConcurrencyFailureException ex) {
				keepTyped(id, official, form, result);
			}
			catch (ConflictException ex) {
				if (ex.messageCode().equals("personnel.official.changedMeanwhile")) {
					keepTyped(id, official, form, result);
				}
				else {
					// another conflict (one's own record): its own message, not "saved meanwhile"
					FormErrors.reject(result, ex, field -> formField(field, degreeRows, familyRows, workRows));
				}
			}
			catch (DomainException ex) {
				FormErrors.reject(result, ex, field -> formField(field, degreeRows, familyRows, workRows));
			}
		}
		return show(official, chosen, form, model);
	}

	/** Someone saved meanwhile: the form keeps what was typed, on the latest version, and says so. */
	private void keepTyped(long id, OfficialView official, RecordForm form, BindingResult result) {
		var latest = records.official(id).orElse(official);
		form.setVersion(latest.version());
		result.reject("personnel.record.conflictKept");
	}

	private String show(OfficialView official, Group group, RecordForm form, Model model) {
		model.addAttribute("official", official);
		model.addAttribute("group", group.name().toLowerCase(Locale.ROOT));
		model.addAttribute("tab", group.tab());
		model.addAttribute("form", form);
		model.addAttribute("ethnicGroups", catalog.items("ETHNIC_GROUP"));
		model.addAttribute("religions", catalog.items("RELIGION"));
		model.addAttribute("generalEducations", catalog.items("GENERAL_EDUCATION"));
		model.addAttribute("professionalLevels", catalog.items("PROFESSIONAL_LEVEL"));
		model.addAttribute("politicalTheories", catalog.items("POLITICAL_THEORY"));
		model.addAttribute("stateManagements", catalog.items("STATE_MANAGEMENT"));
		model.addAttribute("trainingModes", TrainingMode.values());
		model.addAttribute("sides", FamilyMember.FamilySide.values());
		model.addAttribute("sexes", Sex.values());
		return "officials/edit";
	}

	private PersonnelRegistry.UpdateOfficial command(Group group, RecordForm form, BindingResult result,
			List<Integer> degreeRows, List<Integer> familyRows, List<Integer> workRows) {
		return switch (group) {
			case PERSONAL -> {
				var birth = date(form.getDateOfBirth(), "dateOfBirth", result, true);
				var sex = option(Sex.class, form.getSex(), "sex", result);
				var memberships = new Memberships(date(form.getPartyJoinedOn(), "partyJoinedOn", result, false),
						date(form.getPartyConfirmedOn(), "partyConfirmedOn", result, false),
						date(form.getTradeUnionJoinedOn(), "tradeUnionJoinedOn", result, false),
						date(form.getYouthUnionJoinedOn(), "youthUnionJoinedOn", result, false));
				var personal = new PersonnelRegistry.PersonalDetails(text(form.getCitizenId()), text(form.getFullName()),
						birth, form.isBirthYearOnly(), sex, text(form.getEthnicGroup()), form.getReligion(),
						form.getBirthplace(), form.getHomeTown(), form.getResidence(), form.getPhone(), form.getEmail());
				yield new PersonnelRegistry.UpdateOfficial(form.getVersion(), personal, null, memberships, null, null,
						null);
			}
			case EDUCATION -> {
				var degrees = new ArrayList<Degree>();
				for (int i = 0; i < form.getDegrees().size(); i++) {
					var row = form.getDegrees().get(i);
					if (row.blank()) {
						continue;
					}
					degreeRows.add(i);
					degrees.add(new Degree(text(row.getLevelCode()), text(row.getMajor()), row.getInstitution(),
							year(row.getGraduationYear(), "degrees[" + i + "].graduationYear", result),
							option(TrainingMode.class, row.getTrainingMode(), "degrees[" + i + "].trainingMode", result)));
				}
				yield new PersonnelRegistry.UpdateOfficial(form.getVersion(), null,
						new Qualifications(form.getGeneralEducation(), form.getProfessionalLevel(),
								form.getPoliticalTheory(), form.getStateManagement(), form.getForeignLanguage(),
								form.getItSkill()),
						null, degrees, null, null);
			}
			case FAMILY -> {
				var family = new ArrayList<FamilyMember>();
				for (int i = 0; i < form.getFamily().size(); i++) {
					var row = form.getFamily().get(i);
					if (row.blank()) {
						continue;
					}
					familyRows.add(i);
					family.add(new FamilyMember(
							option(FamilyMember.FamilySide.class, row.getSide(), "family[" + i + "].side", result),
							text(row.getRelation()), text(row.getFullName()),
							year(row.getBirthYear(), "family[" + i + "].birthYear", result), row.getDetails()));
				}
				yield new PersonnelRegistry.UpdateOfficial(form.getVersion(), null, null, null, null, family, null);
			}
			case HISTORY -> {
				var work = new ArrayList<PriorWork>();
				for (int i = 0; i < form.getPriorWork().size(); i++) {
					var row = form.getPriorWork().get(i);
					if (row.blank()) {
						continue;
					}
					workRows.add(i);
					work.add(new PriorWork(month(row.getFromMonth(), "priorWork[" + i + "].fromMonth", result),
							month(row.getToMonth(), "priorWork[" + i + "].toMonth", result), text(row.getDescription())));
				}
				yield new PersonnelRegistry.UpdateOfficial(form.getVersion(), null, null, null, null, null, work);
			}
		};
	}

	static RecordForm formOf(OfficialView o) {
		var form = new RecordForm();
		form.setVersion(o.version());
		form.setCitizenId(o.citizenId());
		form.setFullName(o.fullName());
		form.setDateOfBirth(Formats.DATE.format(o.dateOfBirth()));
		form.setBirthYearOnly(o.birthYearOnly());
		form.setSex(o.sex().name());
		form.setEthnicGroup(o.ethnicGroup());
		form.setReligion(o.religion());
		form.setBirthplace(o.birthplace());
		form.setHomeTown(o.homeTown());
		form.setResidence(o.residence());
		form.setPhone(o.phone());
		form.setEmail(o.email());
		var q = o.qualifications();
		form.setGeneralEducation(q.generalEducation());
		form.setProfessionalLevel(q.professionalLevel());
		form.setPoliticalTheory(q.politicalTheory());
		form.setStateManagement(q.stateManagement());
		form.setForeignLanguage(q.foreignLanguage());
		form.setItSkill(q.itSkill());
		var m = o.memberships();
		form.setPartyJoinedOn(formatted(m.partyJoinedOn()));
		form.setPartyConfirmedOn(formatted(m.partyConfirmedOn()));
		form.setTradeUnionJoinedOn(formatted(m.tradeUnionJoinedOn()));
		form.setYouthUnionJoinedOn(formatted(m.youthUnionJoinedOn()));
		form.setAccountUsername(o.accountUsername());
		for (var d : o.degrees()) {
			var row = new RecordForm.DegreeRow();
			row.setLevelCode(d.levelCode());
			row.setMajor(d.major());
			row.setInstitution(d.institution());
			row.setGraduationYear(d.graduationYear() == null ? null : d.graduationYear().toString());
			row.setTrainingMode(d.trainingMode() == null ? null : d.trainingMode().name());
			form.getDegrees().add(row);
		}
		for (var f : o.family()) {
			var row = new RecordForm.FamilyRow();
			row.setSide(f.side().name());
			row.setRelation(f.relation());
			row.setFullName(f.fullName());
			row.setBirthYear(f.birthYear() == null ? null : f.birthYear().toString());
			row.setDetails(f.details());
			form.getFamily().add(row);
		}
		for (var w : o.priorWork()) {
			var row = new RecordForm.WorkRow();
			row.setFromMonth(MONTH.format(w.fromMonth()));
			row.setToMonth(w.toMonth() == null ? null : MONTH.format(w.toMonth()));
			row.setDescription(w.description());
			form.getPriorWork().add(row);
		}
		return form;
	}

	private static void addBlankRows(RecordForm form) {
		for (int i = 0; i < BLANK_ROWS; i++) {
			form.getDegrees().add(new RecordForm.DegreeRow());
			var member = new RecordForm.FamilyRow();
			member.setSide(FamilyMember.FamilySide.OWN.name());
			form.getFamily().add(member);
			form.getPriorWork().add(new RecordForm.WorkRow());
		}
	}

	/** The form's field for a field the domain names, lists counted over the rows that were not blank. */
	static String formField(String field, List<Integer> degreeRows, List<Integer> familyRows, List<Integer> workRows) {
		var matcher = LIST_FIELD.matcher(field);
		if (matcher.matches()) {
			var rows = switch (matcher.group(1)) {
				case "degrees" -> degreeRows;
				case "family" -> familyRows;
				default -> workRows;
			};
			int index = Integer.parseInt(matcher.group(2));
			int row = index < rows.size() ? rows.get(index) : index;
			return matcher.group(1) + "[" + row + "]" + matcher.group(3);
		}
		if (field.startsWith("qualifications.") || field.startsWith("memberships.")) {
			return field.substring(field.indexOf('.') + 1);
		}
		return switch (field) {
			case "degrees", "family", "priorWork", "citizenId", "fullName", "dateOfBirth", "sex", "ethnicGroup",
					"religion", "birthplace", "homeTown", "residence", "phone", "email", "version" -> field;
			default -> "version";
		};
	}

	private static @Nullable LocalDate date(@Nullable String text, String field, BindingResult result,
			boolean required) {
		return vn.congvu.shared.web.FormValues.date(text, field, result, required);
	}

	private static @Nullable LocalDate month(@Nullable String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var value = text.strip();
		try {
			if (value.matches("\\d{1,2}/\\d{4}")) {
				var parts = value.split("/");
				return YearMonth.of(Integer.parseInt(parts[1]), Integer.parseInt(parts[0])).atDay(1);
			}
		}
		catch (java.time.DateTimeException ex) {
			// reported below
		}
		var date = Formats.parseDate(value);
		if (date.isEmpty()) {
			result.rejectValue(field, "personnel.record.monthInvalid");
			return null;
		}
		return date.get().withDayOfMonth(1);
	}

	private static @Nullable Integer year(@Nullable String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			result.rejectValue(field, "personnel.record.yearInvalid");
			return null;
		}
	}

	private static @Nullable String formatted(@Nullable LocalDate date) {
		return date == null ? null : Formats.DATE.format(date);
	}

	@SuppressWarnings("NullAway")
	private static String text(@Nullable String text) {
		return text == null ? null : text.strip();
	}

	private static <E extends Enum<E>> @Nullable E option(Class<E> type, @Nullable String value, String field,
			BindingResult result) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			result.rejectValue(field, "personnel.record.optionUnknown");
			return null;
		}
	}

}
