package vn.congvu.recruitment.rest;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.recruitment.ApplicationView;
import vn.congvu.recruitment.DriveView;
import vn.congvu.recruitment.Examinations;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.documents.TableReader;
import vn.congvu.recruitment.RecruitmentDesk;

/** Recruitment drives over the API: announcing them, and their applications. */
@RestController
@RequestMapping("/api/v1/recruitment/drives")
@Tag(name = "Recruitment")
class DriveRestController {

	record DrivePublishBody(@Nullable LocalDate publishedOn, @Nullable Set<Long> chosenByHead) {
	}

	record RemarkBody(@Nullable String field, @Nullable BigDecimal mark, @Nullable LocalDate requestedOn) {
	}

	record DriveDecisionBody(@Nullable String number, @Nullable LocalDate date, @Nullable String issuer,
			@Nullable String signer, @Nullable LocalDate effectiveDate) {
	}

	private final RecruitmentDesk desk;

	private final Examinations exams;

	private final vn.congvu.recruitment.RecruitmentDocuments documents;

	private final vn.congvu.shared.PrivateFiles files;

	DriveRestController(RecruitmentDesk desk, Examinations exams, vn.congvu.recruitment.RecruitmentDocuments documents,
			vn.congvu.shared.PrivateFiles files) {
		this.files = files;
		this.desk = desk;
		this.exams = exams;
		this.documents = documents;
	}

	@GetMapping("/{id}/notice.{format}")
	@Operation(summary = "The notice of the drive (Decree 30/2020 layout) as DOCX or PDF")
	org.springframework.http.ResponseEntity<byte[]> notice(@PathVariable long id, @PathVariable String format)
			throws IOException {
		return vn.congvu.shared.web.Downloads.document(documents.notice(id), "thong-bao-tuyen-dung-" + id, format);
	}

	@GetMapping("/{id}/candidates.{format}")
	@Operation(summary = "The list of candidates admitted or not, with reasons (Decree 30/2020 layout) as DOCX or PDF")
	org.springframework.http.ResponseEntity<byte[]> candidates(@PathVariable long id, @PathVariable String format)
			throws IOException {
		return vn.congvu.shared.web.Downloads.document(documents.candidates(id), "danh-sach-du-tuyen-" + id, format);
	}

	@GetMapping("/{id}/applications.xlsx")
	@Operation(summary = "The applications as a spreadsheet; marks and outcomes once the results are published")
	org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> applicationsXlsx(
			@PathVariable long id) {
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		documents.lines(id, locale); // the drive is read (and its scope checked) before the download starts
		return vn.congvu.shared.web.Downloads.xlsx("ho-so-du-tuyen-" + id + ".xlsx",
				out -> documents.applicationsXlsx(id, locale, out));
	}

	@GetMapping("/{id}/results.{format}")
	@Operation(summary = "The notice of the results (Decree 30/2020 layout) as DOCX or PDF")
	org.springframework.http.ResponseEntity<byte[]> results(@PathVariable long id, @PathVariable String format)
			throws IOException {
		return vn.congvu.shared.web.Downloads.document(documents.results(id), "ket-qua-tuyen-dung-" + id, format);
	}

	@GetMapping("/{id}/decision.{format}")
	@Operation(summary = "The recruitment decision (Decree 30/2020 layout) as DOCX or PDF")
	org.springframework.http.ResponseEntity<byte[]> decision(@PathVariable long id, @PathVariable String format)
			throws IOException {
		return vn.congvu.shared.web.Downloads.document(documents.decision(id), "quyet-dinh-tuyen-dung-" + id, format);
	}

	@PostMapping("/{id}/close")
	@Operation(summary = "Close the applications: each eligible candidate gets an exam code; returns the marking sheet")
	List<Examinations.Sheet> close(@PathVariable long id) {
		return exams.close(id);
	}

	@GetMapping("/{id}/sheet")
	@Operation(summary = "The marking sheet: exam codes and positions, no names")
	List<Examinations.Sheet> sheet(@PathVariable long id) {
		return exams.sheet(id);
	}

	@PostMapping(path = "/{id}/scores", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Enter marks by exam code (all or nothing)")
	Map<String, Integer> scores(@PathVariable long id, @RequestBody List<Examinations.@Nullable MarkEntry> body) {
		return Map.of("marked", exams.mark(id, body));
	}

	@PostMapping(path = "/{id}/scores", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Enter marks from an XLSX or CSV sheet: exam code, absent (x), round 1, written, interview")
	Map<String, Integer> scoresFromSheet(@PathVariable long id,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "import.file.empty");
		}
		var format = TableReader.Format.ofName(file.getOriginalFilename());
		if (format == null) {
			throw new InvalidInputException("file", "import.file.kind");
		}
		// candidates' names and marks: in the private folder, gone when read
		var temp = files.create("diem-thi-", "." + format.name().toLowerCase(java.util.Locale.ROOT));
		try {
			file.transferTo(temp);
			return Map.of("marked", exams.markFromSheet(id, temp, format));
		}
		finally {
			files.delete(temp);
		}
	}

	@PostMapping("/{id}/results/publish")
	@Operation(summary = "Publish the results on a date: each position ranked within its quota, every outcome with its reason")
	DriveView publish(@PathVariable long id, @RequestBody DrivePublishBody body) {
		exams.publish(id, body.publishedOn(), body.chosenByHead());
		return desk.drive(id);
	}

	@PostMapping("/applications/{applicationId}/remark")
	@Operation(summary = "Record a re-marking of a published mark (within 5 working days) and redo the ranking")
	ApplicationView remark(@PathVariable long applicationId, @RequestBody RemarkBody body) {
		return exams.remark(applicationId, body.field(), body.mark(), body.requestedOn());
	}

	record ForfeitBody(@Nullable String number, @Nullable LocalDate date, @Nullable String issuer,
			@Nullable LocalDate effectiveDate) {
	}

	@PostMapping("/applications/{applicationId}/forfeit")
	@Operation(summary = "A recruit did not take up the post in time: cancel the recruitment and call the next-ranked")
	ApplicationView forfeit(@PathVariable long applicationId, @RequestBody ForfeitBody body) {
		if (body.number() == null && body.date() == null && body.issuer() == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		@SuppressWarnings("NullAway")
		var decision = new DecisionRef(body.number(), body.date(), body.issuer());
		return exams.forfeit(applicationId, decision, body.effectiveDate());
	}

	@PostMapping("/{id}/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue the recruitment decision: the successful candidates become officials in their positions")
	Map<String, List<Long>> decide(@PathVariable long id, @RequestBody DriveDecisionBody body) {
		if (body.number() == null && body.date() == null && body.issuer() == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		@SuppressWarnings("NullAway")
		var decision = new DecisionRef(body.number(), body.date(), body.issuer());
		return Map.of("officialIds",
				exams.decide(id, new Examinations.Decision(decision, body.signer(), body.effectiveDate())));
	}

	@GetMapping
	@Operation(summary = "The drives of the caller's scope, newest first")
	List<DriveView> drives() {
		return desk.drives();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Announce a drive: its positions and quotas, within their vacancies")
	DriveView announce(@RequestBody RecruitmentDesk.NewDrive body) {
		return desk.announce(body);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One drive with its positions")
	DriveView drive(@PathVariable long id) {
		return desk.drive(id);
	}

	@GetMapping("/{id}/applications")
	@Operation(summary = "The drive's applications, eligible or rejected with the reason")
	List<ApplicationView> applications(@PathVariable long id) {
		return desk.applications(id);
	}

	@PostMapping("/{id}/applications")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Take an application (one per person per drive), checked for eligibility")
	ApplicationView apply(@PathVariable long id, @RequestBody RecruitmentDesk.NewApplication body) {
		return desk.apply(id, body);
	}

}
