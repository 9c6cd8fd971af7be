package vn.congvu.reporting.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.reporting.IssuedReports;
import vn.congvu.reporting.ReformReport;
import vn.congvu.reporting.ReformReportDocuments;
import vn.congvu.shared.Caller;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.Role;
import vn.congvu.shared.indicator.Row;
import vn.congvu.shared.web.Downloads;
import vn.congvu.shared.web.Formats;

/**
 * The reform report page: a scope and a period, every figure of the report (computed in the background while the page
 * shows how far it has got), each opening the records behind it, and the report as DOCX, PDF and XLSX; issuing a
 * report, which freezes it, and the issued reports with what changed since each. A mistyped date is explained on the
 * form; the period defaults to the year so far.
 */
@Controller
class ReportController {

	/** How many records a details page shows; the XLSX appendix has them all. */
	static final int SHOWN = 500;

	private final ReformReport reports;

	private final ReformReportDocuments documents;

	private final UnitDirectory units;

	private final Clock clock;

	private final IssuedReports issued;

	private final ReportJobs jobs;

	private final tools.jackson.databind.json.JsonMapper json;

	private final vn.congvu.reporting.IssuedReportComparison comparison;

	private final vn.congvu.shared.PrivateFiles files;

	ReportController(ReformReport reports, ReformReportDocuments documents, IssuedReports issued, ReportJobs jobs,
			UnitDirectory units, tools.jackson.databind.json.JsonMapper json, Clock clock,
			vn.congvu.reporting.IssuedReportComparison comparison, vn.congvu.shared.PrivateFiles files) {
		this.files = files;
		this.comparison = comparison;
		this.json = json;
		this.reports = reports;
		this.documents = documents;
		this.issued = issued;
		this.jobs = jobs;
		this.units = units;
		this.clock = clock;
	}

	/** What the form asked, read leniently: dates as dd/MM/yyyy, a scope id. */
	/**
	 * The scope and period a form or link asked for. A date that is no date keeps what was typed and marks its own
	 * field; a period that ends before it starts marks the end. Either way no report is computed.
	 */
	private record Asked(@Nullable Long scope, LocalDate from, LocalDate to, String fromText, String toText,
			@Nullable String fromError, @Nullable String toError) {

		public boolean wrong() {
			return fromError != null || toError != null;
		}

	}

	private Asked asked(@Nullable String scope, @Nullable String from, @Nullable String to) {
		var today = LocalDate.now(clock);
		var end = Formats.parseDate(to);
		var start = Formats.parseDate(from);
		boolean badFrom = from != null && !from.isBlank() && start.isEmpty();
		boolean badTo = to != null && !to.isBlank() && end.isEmpty();
		var last = end.orElse(today);
		var first = start.orElse(last.withDayOfYear(1));
		String toError = badTo ? "date.invalid"
				: vn.congvu.shared.DateRange.reversed(first, last) ? vn.congvu.shared.DateRange.REVERSED : null;
		Long id = null;
		try {
			id = scope == null || scope.isBlank() ? null : Long.valueOf(scope.strip());
		}
		catch (NumberFormatException ex) {
			id = null;
		}
		return new Asked(id, first, last, badFrom ? from.strip() : Formats.DATE.format(first),
				badTo ? to.strip() : Formats.DATE.format(last), badFrom ? "date.invalid" : null, toError);
	}

	@GetMapping("/reports/reform")
	String report(@RequestParam(required = false) @Nullable String scope, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		var asked = asked(scope, from, to);
		if (!asked.wrong()) {
			reports.check(asked.scope(), asked.from(), asked.to());
			boolean vietnamese = vietnamese();
			model.addAttribute("job", jobs.start(progress -> reports.content(asked.scope(), asked.from(), asked.to(),
					progress)
				.report(vietnamese)));
		}
		var scopes = Scopes.on(units, asked.to());
		var chosen = asked.scope() != null ? asked.scope()
				: Caller.current().map(Caller::scopeUnitId).orElse(scopes.isEmpty() ? null : scopes.get(0).id());
		model.addAttribute("asked", asked);
		model.addAttribute("chosen", chosen);
		model.addAttribute("scopes", scopes);
		model.addAttribute("mayIssue", Caller.current()
			.map(c -> c.role() == Role.HOME_AFFAIRS || c.role() == Role.UNIT_HR || c.role() == Role.LEADER)
			.orElse(false));
		return "reporting/reform";
	}

	/**
	 * The scopes the report and dashboard forms offer for the period ending on {@code to} or the day {@code date} (the
	 * units of that day), as the options the page swaps in when the date changes; the scope chosen stays chosen when it
	 * still exists, and a date not yet whole keeps today's.
	 */
	@GetMapping("/reports/scopes")
	String scopes(@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String date, @RequestParam(required = false) @Nullable String scope,
			Model model) {
		// the report's form sends its period's end ("to"), the dashboard's its day ("date")
		var day = Formats.parseDate(to != null ? to : date).orElse(LocalDate.now(clock));
		var scopes = Scopes.on(units, day);
		Long chosen = null;
		try {
			chosen = scope == null || scope.isBlank() ? null : Long.valueOf(scope.strip());
		}
		catch (NumberFormatException ex) {
			chosen = null;
		}
		var asked = chosen;
		if (asked == null || scopes.stream().noneMatch(u -> u.id() == asked)) {
			chosen = Caller.current().map(Caller::scopeUnitId).orElse(scopes.isEmpty() ? null : scopes.get(0).id());
		}
		model.addAttribute("scopes", scopes);
		model.addAttribute("chosen", chosen);
		return "reporting/reform :: scopeOptions";
	}

	/**
	 * How far a job has got, as the fragment the page swaps in: the progress bar while it runs, what stopped it, or its
	 * result (the report's figures, the dashboard's panels, what changed since an issued report; an issued report's page
	 * is gone to).
	 */
	@GetMapping("/reports/jobs/{id}")
	String job(@PathVariable String id, Model model, HttpServletResponse response) {
		var job = jobs.find(id).orElse(null);
		model.addAttribute("job", job);
		if (job == null || !job.isFinished() || job.isFailed()) {
			return "reporting/job :: progress";
		}
		var result = job.getResult();
		if (result instanceof ReformReport.Report report) {
			model.addAttribute("report", report);
			model.addAttribute("fromText", Formats.DATE.format(report.from()));
			model.addAttribute("toText", Formats.DATE.format(report.to()));
			return "reporting/reform :: figures";
		}
		if (result instanceof vn.congvu.reporting.Dashboard.View view) {
			DashboardController.panels(model, view, json);
			return "reporting/dashboard :: panels";
		}
		if (result instanceof Long issuedId) {
			response.setHeader("HX-Redirect", "/reports/issued/" + issuedId);
			return "reporting/job :: progress";
		}
		model.addAttribute("changes", result);
		return "reporting/issued :: changes";
	}

	@GetMapping("/reports/reform/{code}")
	String details(@PathVariable String code, @RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		var asked = asked(scope, from, to);
		var details = reports.details(code, asked.scope(), asked.from(), asked.to(), vietnamese());
		show(model, details.figure(), details.rows(), details.scope().name(), details.from(), details.to(),
				asked.to());
		model.addAttribute("backHref", "/reports/reform?scope=" + details.scope().id() + "&from="
				+ Formats.DATE.format(details.from()) + "&to=" + Formats.DATE.format(details.to()));
		return "reporting/details";
	}

	@GetMapping("/reports/reform.{format:docx|pdf}")
	ResponseEntity<byte[]> document(@PathVariable String format, @RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to)
			throws IOException {
		var asked = asked(scope, from, to);
		return Downloads.document(documents.document(asked.scope(), asked.from(), asked.to()),
				"bao-cao-cai-cach-cong-vu", format);
	}

	@GetMapping("/reports/reform.xlsx")
	ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> workbook(
			@RequestParam(required = false) @Nullable String scope, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) throws IOException {
		var asked = asked(scope, from, to);
		return Downloads.viaFile(files, "phu-luc-cai-cach-cong-vu.xlsx", Downloads.XLSX,
				out -> documents.workbook(asked.scope(), asked.from(), asked.to(), out));
	}

	/** The issue form: the report's scope and period as asked, a number and a date to give it. */
	@GetMapping("/reports/reform/issue")
	String issueForm(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		var asked = asked(scope, from, to);
		reports.check(asked.scope(), asked.from(), asked.to());
		return issuePage(model, asked, "", Formats.DATE.format(LocalDate.now(clock)), null, null);
	}

	/** Issues the report in the background and shows its progress; a refused number or date is said on the form. */
	@PostMapping("/reports/reform/issue")
	String issue(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable String issuedOn, Model model) {
		var asked = asked(scope, from, to);
		var date = Formats.parseDate(issuedOn).orElse(null);
		if (date == null && issuedOn != null && !issuedOn.isBlank()) {
			return issuePage(model, asked, number, issuedOn, "issuedOn", new InvalidInputException("issuedOn",
					"date.invalid"));
		}
		try {
			issued.check(asked.scope(), asked.from(), asked.to(), number, date);
		}
		catch (InvalidInputException ex) {
			return issuePage(model, asked, number, issuedOn, ex.field(), ex);
		}
		catch (ConflictException ex) {
			return issuePage(model, asked, number, issuedOn, "number", ex);
		}
		var job = jobs.start(progress -> issued.issue(asked.scope(), asked.from(), asked.to(), number, date,
				progress));
		model.addAttribute("job", job);
		return "reporting/job";
	}

	/** The issued reports the user may read. */
	@GetMapping("/reports/issued")
	String issuedList(Model model) {
		model.addAttribute("reports", issued.list());
		return "reporting/issued-list";
	}

	/** An issued report: its figures as issued, its documents as handed out, and a comparison with the records now. */
	@GetMapping("/reports/issued/{id}")
	String issuedReport(@PathVariable long id, Model model) {
		model.addAttribute("issued", issued.find(id));
		model.addAttribute("report", issued.report(id, vietnamese()));
		return "reporting/issued";
	}

	/** Starts comparing an issued report with the same report computed now; answers the progress fragment. */
	@PostMapping("/reports/issued/{id}/changes")
	String changes(@PathVariable long id, Model model) {
		issued.find(id);
		boolean vietnamese = vietnamese();
		model.addAttribute("job", jobs.start(progress -> comparison.changes(id, vietnamese, progress)));
		return "reporting/job :: progress";
	}

	/** The records behind a figure as the report was issued. */
	@GetMapping("/reports/issued/{id}/{code}")
	String issuedDetails(@PathVariable long id, @PathVariable String code, Model model) {
		var report = issued.find(id);
		var content = issued.content(id);
		var figure = content.report(vietnamese())
			.indicators()
			.stream()
			.filter(f -> f.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new vn.congvu.shared.NotFoundException("reporting.indicator.unknown", code));
		show(model, figure, issued.rows(id, code), report.scopeName(), report.from(),
				report.to(), null);
		model.addAttribute("unitNames", content.unitNames());
		model.addAttribute("backHref", "/reports/issued/" + id);
		model.addAttribute("issued", report);
		return "reporting/details";
	}

	@GetMapping("/reports/issued/{id}/files/{format:docx|pdf|xlsx}")
	ResponseEntity<byte[]> issuedDocument(@PathVariable long id, @PathVariable String format) {
		var report = issued.find(id);
		var name = (format.equals("xlsx") ? "phu-luc-bao-cao-" : "bao-cao-") + report.number().replace('/', '-');
		return Downloads.bytes(name + "." + format, Downloads.type(format), issued.document(id, format));
	}

	private void show(Model model, ReformReport.Figure figure, List<Row> rows, String scopeName, LocalDate from,
			LocalDate to, @Nullable LocalDate namesOn) {
		model.addAttribute("figure", figure);
		model.addAttribute("subject", reports.subject(figure.code()).name());
		model.addAttribute("scopeName", scopeName);
		model.addAttribute("fromText", Formats.DATE.format(from));
		model.addAttribute("toText", Formats.DATE.format(to));
		model.addAttribute("total", rows.size());
		var shown = rows.subList(0, Math.min(SHOWN, rows.size()));
		model.addAttribute("rows", shown);
		if (namesOn != null) {
			model.addAttribute("unitNames", units.namesAsOf(shown.stream().map(Row::unitId).filter(
					java.util.Objects::nonNull).distinct().toList(), namesOn));
		}
	}

	private String issuePage(Model model, Asked asked, @Nullable String number, @Nullable String issuedOn,
			@Nullable String field, vn.congvu.shared.@Nullable DomainException error) {
		var name = asked.scope() == null ? null
				: units.namesAsOf(List.of(asked.scope()), asked.to()).get(asked.scope());
		model.addAttribute("asked", asked);
		model.addAttribute("scopeName", name == null ? "" : name);
		model.addAttribute("number", number == null ? "" : number);
		model.addAttribute("issuedOn", issuedOn == null ? "" : issuedOn);
		model.addAttribute("errorField", field);
		model.addAttribute("error", error);
		return "reporting/issue";
	}

	private static boolean vietnamese() {
		return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
