package vn.congvu.personnel.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.personnel.ActionKind;
import vn.congvu.personnel.ActionView;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.CurriculumVitae;
import vn.congvu.personnel.OfficialExport;
import vn.congvu.personnel.Degree;
import vn.congvu.personnel.FamilyMember;
import vn.congvu.personnel.Memberships;
import vn.congvu.personnel.PriorWork;
import vn.congvu.personnel.Qualifications;
import vn.congvu.personnel.EmploymentPeriod;
import vn.congvu.personnel.EmploymentStatus;
import vn.congvu.personnel.OfficialSearch;
import vn.congvu.personnel.Forecast;
import vn.congvu.personnel.OfficialView;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRegistry;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.documents.DocxWriter;
import vn.congvu.shared.documents.PdfWriter;
import vn.congvu.shared.web.Downloads;
import vn.congvu.shared.web.ProblemFactory;

/** Officials over the API: enrolment, the record, personnel actions, employment on a date, derived dates. */
@RestController
@RequestMapping("/api/v1/officials")
@Tag(name = "Officials", description = "Officials' records and personnel actions")
class OfficialRestController {

	record DecisionBody(String number, LocalDate date, String issuer, @Nullable String signer) {

		DecisionRef toRef() {
			return new DecisionRef(number, date, issuer);
		}

	}

	record EnrolBody(String citizenId, String fullName, LocalDate dateOfBirth, @Nullable Boolean birthYearOnly,
			Sex sex, String ethnicGroup, Long unitId, Category category, String rankCode, @Nullable Integer salaryStep,
			LocalDate startDate, @Nullable DecisionBody decision, @Nullable Boolean reception) {
	}

	/**
	 * The personal fields are one group (all of them replace the record's when {@code citizenId}, {@code fullName} or
	 * {@code dateOfBirth} is sent); each other group replaces the record's when sent and is kept when left out.
	 */
	record UpdateBody(@Nullable Long version, @Nullable String citizenId, @Nullable String fullName,
			@Nullable LocalDate dateOfBirth, @Nullable Boolean birthYearOnly, @Nullable Sex sex,
			@Nullable String ethnicGroup, @Nullable String religion, @Nullable String birthplace,
			@Nullable String homeTown, @Nullable String residence, @Nullable String phone, @Nullable String email,
			@Nullable Qualifications qualifications, @Nullable Memberships memberships, @Nullable List<Degree> degrees,
			@Nullable List<FamilyMember> family, @Nullable List<PriorWork> priorWork) {

		PersonnelRegistry.@Nullable PersonalDetails personal() {
			if (citizenId == null && fullName == null && dateOfBirth == null) {
				return null;
			}
			return new PersonnelRegistry.PersonalDetails(citizenId, fullName, dateOfBirth,
					Boolean.TRUE.equals(birthYearOnly), sex, ethnicGroup, religion, birthplace, homeTown, residence,
					phone, email);
		}

	}

	record AccountLinkBody(@Nullable String username, @Nullable Long version) {
	}

	record ActionBody(ActionKind kind, LocalDate effectiveDate, @Nullable LocalDate endDate,
			@Nullable DecisionBody decision, @Nullable String legalBasis, @Nullable Long unitId,
			@Nullable Category category, @Nullable String rankCode, @Nullable Integer salaryStep,
			@Nullable LocalDate stepStart, @Nullable String positionTitle, @Nullable String note,
			@Nullable Long cancelsActionId, @Nullable Boolean outOfSequence, @Nullable String positionCode) {
	}

	private final PersonnelRegistry registry;

	private final PersonnelRecords records;

	private final OfficialSearch search;

	private final OfficialExport export;

	private final CurriculumVitae cv;

	private final vn.congvu.personnel.DecisionDocuments decisions;

	private final Clock clock;

	OfficialRestController(PersonnelRegistry registry, PersonnelRecords records, OfficialSearch search, OfficialExport export,
			CurriculumVitae cv, vn.congvu.personnel.DecisionDocuments decisions, Clock clock) {
		this.decisions = decisions;
		this.registry = registry;
		this.records = records;
		this.search = search;
		this.export = export;
		this.cv = cv;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "Officials employed on a date, by name without accents or citizen id, unit, category, status, "
			+ "rank, sex, ethnic group, age, professional level, party membership; in Vietnamese name order",
			description = "q matches names from the start of any of their words (\"van an\" and \"ngu\" find "
					+ "\"Nguyễn Văn An\"); 6 to 12 digits are a citizen id's beginning. total stops at 1,000 for a name "
					+ "and 10,000 otherwise, with totalCapped set. sort is name (default), birth, unit (the unit's name on the date) "
					+ "or rank (its code), each then by name; dir=desc reverses it.")
	OfficialSearch.Page search(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "true") boolean includeSubunits,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable EmploymentStatus status,
			@RequestParam(required = false) @Nullable String rankCode, @RequestParam(required = false) @Nullable Sex sex,
			@RequestParam(required = false) @Nullable String ethnicGroup,
			@RequestParam(required = false) @Nullable Integer minAge,
			@RequestParam(required = false) @Nullable Integer maxAge,
			@RequestParam(required = false) @Nullable String professionalLevel,
			@RequestParam(required = false) @Nullable Boolean partyMember,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir) {
		return search.search(new OfficialSearch.Criteria(q, unitId, includeSubunits, asOf, category, status, rankCode,
				sex, ethnicGroup, minAge, maxAge, professionalLevel, partyMember, page, size,
				OfficialSearch.Order.named(sort), descending(dir)));
	}

	@GetMapping("/export.xlsx")
	@Operation(summary = "Everything the same filters find, as an XLSX sheet (streamed; text that looks like a formula "
			+ "stays text)")
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unitId,
			@RequestParam(defaultValue = "true") boolean includeSubunits,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			@RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable EmploymentStatus status,
			@RequestParam(required = false) @Nullable String rankCode, @RequestParam(required = false) @Nullable Sex sex,
			@RequestParam(required = false) @Nullable String ethnicGroup,
			@RequestParam(required = false) @Nullable Integer minAge,
			@RequestParam(required = false) @Nullable Integer maxAge,
			@RequestParam(required = false) @Nullable String professionalLevel,
			@RequestParam(required = false) @Nullable Boolean partyMember,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir) {
		var prepared = export.prepare(new OfficialSearch.Criteria(q, unitId, includeSubunits, asOf, category, status,
				rankCode, sex, ethnicGroup, minAge, maxAge, professionalLevel, partyMember, 0, 0,
				OfficialSearch.Order.named(sort), descending(dir)),
				ProblemFactory.requestLocale());
		return Downloads.xlsx("danh-sach-can-bo.xlsx", prepared::writeTo);
	}

	/** {@code desc} reverses a list's order; {@code asc} or nothing keeps it. */
	private static boolean descending(@Nullable String dir) {
		if (dir == null || dir.isBlank() || dir.strip().equalsIgnoreCase("asc")) {
			return false;
		}
		if (dir.strip().equalsIgnoreCase("desc")) {
			return true;
		}
		throw new vn.congvu.shared.InvalidInputException("dir", "personnel.search.direction");
	}

	@GetMapping("/{id}/cv.docx")
	@Operation(summary = "The official's CV on the national form (Mẫu 2C-BNV/2008) as DOCX")
	ResponseEntity<byte[]> cvDocx(@PathVariable long id) throws java.io.IOException {
		var out = new java.io.ByteArrayOutputStream();
		DocxWriter.write(cv.of(id), out);
		return Downloads.bytes("so-yeu-ly-lich-" + id + ".docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", out.toByteArray());
	}

	@GetMapping("/{id}/cv.pdf")
	@Operation(summary = "The official's CV on the national form (Mẫu 2C-BNV/2008) as PDF")
	ResponseEntity<byte[]> cvPdf(@PathVariable long id) {
		var out = new java.io.ByteArrayOutputStream();
		PdfWriter.write(cv.of(id), out);
		return Downloads.bytes("so-yeu-ly-lich-" + id + ".pdf", "application/pdf", out.toByteArray());
	}

	@GetMapping("/{id}/actions/{actionId}/decision.{format}")
	@Operation(summary = "The decision document of a recorded action, for signature (Decree 30/2020 layout): docx or pdf")
	ResponseEntity<byte[]> decision(@PathVariable long id, @PathVariable long actionId, @PathVariable String format)
			throws java.io.IOException {
		return Downloads.document(decisions.of(id, actionId), "quyet-dinh-" + id + "-" + actionId, format);
	}

	@PostMapping
	@Operation(summary = "Enrol an official, recording the recruitment (or intake) that starts their career")
	ResponseEntity<OfficialView> enrol(@RequestBody EnrolBody body) {
		var decision = decision(body.decision());
		var created = registry.enrol(new PersonnelRegistry.EnrolOfficial(body.citizenId(), body.fullName(),
				body.dateOfBirth(), Boolean.TRUE.equals(body.birthYearOnly()), body.sex(), body.ethnicGroup(),
				body.unitId(), body.category(), body.rankCode(), body.salaryStep(), body.startDate(), decision.toRef(),
				decision.signer(), Boolean.TRUE.equals(body.reception())));
		return ResponseEntity.created(URI.create("/api/v1/officials/" + created.id())).body(created);
	}

	@GetMapping("/{id}")
	OfficialView official(@PathVariable long id) {
		return records.official(id).orElseThrow(() -> new NotFoundException("personnel.official.notFound", id));
	}

	@org.springframework.web.bind.annotation.PutMapping("/{id}")
	@Operation(summary = "Change the personal record; send the version read (in the body or If-Match); stale → 409")
	OfficialView update(@PathVariable long id, @RequestBody UpdateBody body,
			@org.springframework.web.bind.annotation.RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		return registry.update(id, new PersonnelRegistry.UpdateOfficial(version(body.version(), ifMatch),
				body.personal(), body.qualifications(), body.memberships(), body.degrees(), body.family(),
				body.priorWork()));
	}

	@org.springframework.web.bind.annotation.PutMapping("/{id}/account")
	@Operation(summary = "Link the record to the OFFICIAL account through which its owner sees it (blank unlinks)")
	OfficialView linkAccount(@PathVariable long id, @RequestBody AccountLinkBody body) {
		return registry.linkAccount(id, body.username(), body.version());
	}

	static @Nullable Long version(@Nullable Long inBody, @Nullable String ifMatch) {
		if (inBody != null || ifMatch == null) {
			return inBody;
		}
		try {
			return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException("version", "personnel.official.versionRequired");
		}
	}

	@GetMapping("/{id}/actions")
	@Operation(summary = "The official's personnel actions in the order they apply, cancelled ones marked")
	List<ActionView> actions(@PathVariable long id) {
		return records.actions(id);
	}

	@PostMapping("/{id}/actions")
	@Operation(summary = "Record a personnel action (a decision) about the official")
	ResponseEntity<ActionView> record(@PathVariable long id, @RequestBody ActionBody body) {
		var action = registry.record(id, command(body));
		return ResponseEntity.created(URI.create("/api/v1/officials/" + id + "/actions")).body(action);
	}

	@PostMapping("/{id}/actions/preview")
	@Operation(summary = "What recording the action would change, checked by the same rules, with nothing recorded")
	vn.congvu.personnel.ActionPreview preview(@PathVariable long id, @RequestBody ActionBody body) {
		return registry.preview(id, command(body));
	}

	@GetMapping("/{id}/employment")
	@Operation(summary = "The official's employment on a date (today by default); 404 when not employed then")
	EmploymentPeriod employment(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		var date = asOf == null ? LocalDate.now(clock) : asOf;
		return records.employment(id, date)
			.orElseThrow(() -> new NotFoundException("personnel.employment.none", id, date));
	}

	@GetMapping("/{id}/employment/history")
	List<EmploymentPeriod> employmentHistory(@PathVariable long id) {
		return records.employmentHistory(id);
	}

	@GetMapping("/{id}/forecast")
	@Operation(summary = "Next regular salary step, seniority allowance and retirement date")
	Forecast forecast(@PathVariable long id) {
		return records.forecast(id, LocalDate.now(clock));
	}

	private static PersonnelRegistry.RecordAction command(ActionBody body) {
		var decision = decision(body.decision());
		return new PersonnelRegistry.RecordAction(body.kind(), body.effectiveDate(), body.endDate(), decision.toRef(),
				decision.signer(), body.legalBasis(), body.unitId(), body.category(), body.rankCode(), body.salaryStep(),
				body.stepStart(), body.positionTitle(), body.note(), body.cancelsActionId(),
				Boolean.TRUE.equals(body.outOfSequence()), body.positionCode());
	}

	private static DecisionBody decision(@Nullable DecisionBody body) {
		if (body == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		return body;
	}

}
