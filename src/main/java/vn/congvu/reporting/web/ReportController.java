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
import org.springframework.web.bind.annotation.RequestParam;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitView;
import vn.congvu.reporting.ReformReport;
import vn.congvu.reporting.ReformReportDocuments;
import vn.congvu.shared.Caller;
import vn.congvu.shared.web.Downloads;
import vn.congvu.shared.web.Formats;

/**
 * The reform report page: a scope and a period, every figure of the report, each opening the records behind it, and
 * the report as DOCX, PDF and XLSX. A mistyped date is explained on the form; the period defaults to the year so far.
 */
@Controller
class ReportController {

	/** How many records a details page shows; the XLSX appendix has them all. */
	static final int SHOWN = 500;

	private final ReformReport reports;

	private final ReformReportDocuments documents;

	private final UnitDirectory units;

	private final Clock clock;

	ReportController(ReformReport reports, ReformReportDocuments documents, UnitDirectory units, Clock clock) {
		this.reports = reports;
		this.documents = documents;
		this.units = units;
		this.clock = clock;
	}

	/** What the form asked, read leniently: dates as dd/MM/yyyy, a scope id. */
	private record Asked(@Nullable Long scope, LocalDate from, LocalDate to, String fromText, String toText,
			boolean dateError) {
	}

	private Asked asked(@Nullable String scope, @Nullable String from, @Nullable String to) {
		var today = LocalDate.now(clock);
		var end = Formats.parseDate(to);
		var start = Formats.parseDate(from);
		boolean error = (to != null && !to.isBlank() && end.isEmpty()) || (from != null && !from.isBlank() && start.isEmpty());
		var last = end.orElse(today);
		var first = start.orElse(last.withDayOfYear(1));
		Long id = null;
		try {
			id = scope == null || scope.isBlank() ? null : Long.valueOf(scope.strip());
		}
		catch (NumberFormatException ex) {
			id = null;
		}
		return new Asked(id, first, last, Formats.DATE.format(first), Formats.DATE.format(last), error);
	}

	@GetMapping("/reports/reform")
	String report(@RequestParam(required = false) @Nullable String scope, @RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to, Model model) {
		var asked = asked(scope, from, to);
		var report = reports.report(asked.scope(), asked.from(), asked.to(),
				!"en".equals(LocaleContextHolder.getLocale().getLanguage()));
		model.addAttribute("report", report);
		model.addAttribute("asked", asked);
		model.addAttribute("scopes", scopes(asked.to()));
		return "reporting/reform";
	}

	@GetMapping("/reports/reform/{code}")
	String details(@PathVariable String code, @RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		var asked = asked(scope, from, to);
		var rows = reports.details(code, asked.scope(), asked.from(), asked.to());
		var report = reports.report(asked.scope(), asked.from(), asked.to(),
				!"en".equals(LocaleContextHolder.getLocale().getLanguage()));
		var figure = report.indicators().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow();
		model.addAttribute("figure", figure);
		model.addAttribute("report", report);
		model.addAttribute("asked", asked);
		model.addAttribute("total", rows.size());
		var shown = rows.subList(0, Math.min(SHOWN, rows.size()));
		model.addAttribute("rows", shown);
		model.addAttribute("unitNames", units.namesAsOf(shown.stream().map(r -> r.unitId()).filter(
				java.util.Objects::nonNull).distinct().toList(), asked.to()));
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
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to)
			throws IOException {
		var asked = asked(scope, from, to);
		var out = new java.io.ByteArrayOutputStream();
		documents.workbook(asked.scope(), asked.from(), asked.to(), out);
		return Downloads.bytes("phu-luc-cai-cach-cong-vu.xlsx", Downloads.XLSX, out.toByteArray());
	}

	/** The units a caller may report on at the end of the period: their scope on that day. */
	private List<UnitView> scopes(LocalDate date) {
		var root = Caller.current().map(Caller::scopeUnitId).orElse(null);
		var all = units.unitsAsOf(date);
		if (root == null) {
			return all;
		}
		var ids = new java.util.HashSet<Long>();
		for (long id : units.unitsInScopeOn(root, date)) {
			ids.add(id);
		}
		return all.stream().filter(u -> ids.contains(u.id())).toList();
	}

}
