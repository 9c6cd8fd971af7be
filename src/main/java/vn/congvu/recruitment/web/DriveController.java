package vn.congvu.recruitment.web;

import static vn.congvu.shared.web.FormValues.date;
import static vn.congvu.shared.web.FormValues.decimal;
import static vn.congvu.shared.web.FormValues.enumOf;
import static vn.congvu.shared.web.FormValues.integer;
import static vn.congvu.shared.web.FormValues.number;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.Category;
import vn.congvu.recruitment.Examinations;
import vn.congvu.recruitment.Method;
import vn.congvu.recruitment.Priority;
import vn.congvu.recruitment.RecruitmentDesk;
import vn.congvu.shared.Caller;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.Sex;
import vn.congvu.shared.web.Formats;

/**
 * The recruitment pages: the drives of the caller's scope, announcing one, and a drive's whole course on its page —
 * applications, closing, marks by exam code, publication and the decision. Each step's refusal is shown above the
 * page with its reason; nothing half-done stays behind (each step is one transaction).
 */
@Controller
class DriveController {

	private final RecruitmentDesk desk;

	private final Examinations exams;

	private final UnitDirectory units;

	private final MessageSource messages;

	private final Clock clock;

	private final vn.congvu.recruitment.RecruitmentDocuments documents;

	private final vn.congvu.organization.UnitChoices unitChoices;

	DriveController(RecruitmentDesk desk, Examinations exams, UnitDirectory units, MessageSource messages,
			Clock clock, vn.congvu.recruitment.RecruitmentDocuments documents, vn.congvu.organization.UnitChoices unitChoices) {
		this.unitChoices = unitChoices;
		this.documents = documents;
		this.desk = desk;
		this.exams = exams;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	/** The drive's documents: notice, list of candidates, results and decision, as DOCX or PDF. */
	@GetMapping("/recruitment/drives/{id}/{document:notice|candidates|results|decision}.{format:docx|pdf}")
	org.springframework.http.ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String document,
			@PathVariable String format) throws java.io.IOException {
		var doc = switch (document) {
			case "notice" -> documents.notice(id);
			case "candidates" -> documents.candidates(id);
			case "results" -> documents.results(id);
			default -> documents.decision(id);
		};
		return vn.congvu.shared.web.Downloads.document(doc, document + "-" + id, format);
	}

	/** The drive's applications as a spreadsheet in the page's language. */
	@GetMapping("/recruitment/drives/{id}/applications.xlsx")
	org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> applications(
			@PathVariable long id) {
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		documents.lines(id, locale); // the drive is read (and its scope checked) before the download starts
		return vn.congvu.shared.web.Downloads.xlsx("ho-so-du-tuyen-" + id + ".xlsx",
				out -> documents.applicationsXlsx(id, locale, out));
	}

	@GetMapping("/recruitment/drives")
	String list(Model model) {
		model.addAttribute("drives", desk.drives());
		model.addAttribute("units", scopeUnits());
		model.addAttribute("today", Formats.DATE.format(LocalDate.now(clock)));
		return "recruitment/drives";
	}

	@PostMapping("/recruitment/drives")
	String announce(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			var positions = new ArrayList<RecruitmentDesk.@Nullable NewPosition>();
			for (int i = 0; i < 5; i++) {
				var code = form.getOrDefault("positionCode" + i, "").strip();
				if (code.isEmpty()) {
					continue;
				}
				positions.add(new RecruitmentDesk.NewPosition(number(form.get("positionUnit" + i)), code,
						integer(form.get("quota" + i))));
			}
			var drive = desk.announce(new RecruitmentDesk.NewDrive(number(form.get("authorityUnitId")),
					form.get("title"), enumOf(Category.class, form.get("category")), enumOf(Method.class, form.get("method")),
					date(form.get("announcedOn")), date(form.get("applicationsUntil")), positions));
			return "redirect:/recruitment/drives/" + drive.id();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("stepError", text(ex));
			redirect.addFlashAttribute("typed", form);
			return "redirect:/recruitment/drives";
		}
	}

	@GetMapping("/recruitment/drives/{id}")
	String drive(@PathVariable long id, Model model) {
		var drive = desk.drive(id);
		model.addAttribute("drive", drive);
		model.addAttribute("applications", desk.applications(id));
		model.addAttribute("sheet", drive.status().name().equals("EXAMINING") ? exams.sheet(id) : List.of());
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("unitNames", units.namesAsOf(drive.positions().stream().map(p -> p.unitId()).toList(),
				drive.announcedOn()));
		model.addAttribute("today", Formats.DATE.format(LocalDate.now(clock)));
		return "recruitment/drive";
	}

	@PostMapping("/recruitment/drives/{id}/applications")
	String apply(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return step(id, redirect, "recruitment.page.applied", () -> {
			var priority = enumOf(Priority.class, form.get("priority"));
			desk.apply(id, new RecruitmentDesk.NewApplication(number(form.get("drivePositionId")), form.get("citizenId"),
					form.get("fullName"), date(form.get("dateOfBirth")), enumOf(Sex.class, form.get("sex")),
					form.getOrDefault("ethnicCode", "01"), form.get("degreeLevel"), form.get("major"),
					priority == null ? Set.of() : Set.of(priority), null, date(form.get("appliedOn"))));
		});
	}

	@PostMapping("/recruitment/drives/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "recruitment.page.closed", () -> exams.close(id));
	}

	@PostMapping("/recruitment/drives/{id}/scores")
	String scores(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return step(id, redirect, "recruitment.page.marked", () -> {
			var entries = new ArrayList<Examinations.@Nullable MarkEntry>();
			for (var sheet : exams.sheet(id)) {
				var code = sheet.examCode();
				boolean absent = form.containsKey("absent-" + code);
				var written = decimal(form.get("written-" + code), "marks");
				var interview = decimal(form.get("interview-" + code), "marks");
				if (!absent && written == null && interview == null) {
					continue;
				}
				entries.add(new Examinations.MarkEntry(code, absent, null, written, interview));
			}
			exams.mark(id, entries);
		});
	}

	@PostMapping("/recruitment/drives/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) @Nullable String publishedOn,
			RedirectAttributes redirect) {
		return step(id, redirect, "recruitment.page.published", () -> exams.publish(id, date(publishedOn), null));
	}

	@PostMapping("/recruitment/drives/{id}/decision")
	String decide(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return step(id, redirect, "recruitment.page.decided", () -> {
			var decisionDate = date(form.get("decisionDate"));
			@SuppressWarnings("NullAway")
			var decision = new DecisionRef(form.get("decisionNumber"), decisionDate, form.get("decisionIssuer"));
			exams.decide(id, new Examinations.Decision(decision, form.get("signer"), date(form.get("effectiveDate"))));
		});
	}

	private String step(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("stepError", text(ex));
		}
		return "redirect:/recruitment/drives/" + id;
	}

	/** The units the caller may name, valid today, as a tree with each parent's name (UnitChoices). */
	private List<vn.congvu.organization.UnitChoices.Choice> scopeUnits() {
		return unitChoices.on(LocalDate.now(clock));
	}

	private String text(DomainException ex) {
		return messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}






}
