package vn.congvu.reporting.rest;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.reporting.Dashboard;
import vn.congvu.reporting.IssuedReports;
import vn.congvu.reporting.ReformReport;
import vn.congvu.reporting.ReformReportDocuments;
import vn.congvu.shared.indicator.Row;
import vn.congvu.shared.web.Downloads;

/** The indicators, the reform report's figures and the records behind each; issued (frozen) reports. */
@RestController
@Tag(name = "Reporting")
class ReportingRestController {

	/** What issuing a report asks: the report's scope and period, its number and its date. */
	record IssueRequest(@Nullable Long scopeUnitId, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable String number, @Nullable LocalDate issuedOn) {
	}

	private final ReformReport reports;

	private final ReformReportDocuments documents;

	private final IssuedReports issued;

	private final Dashboard dashboard;

	private final vn.congvu.reporting.IssuedReportComparison comparison;

	private final vn.congvu.shared.PrivateFiles files;

	ReportingRestController(ReformReport reports, ReformReportDocuments documents, IssuedReports issued,
			Dashboard dashboard, vn.congvu.reporting.IssuedReportComparison comparison,
			vn.congvu.shared.PrivateFiles files) {
		this.files = files;
		this.comparison = comparison;
		this.dashboard = dashboard;
		this.reports = reports;
		this.documents = documents;
		this.issued = issued;
	}

	@GetMapping("/api/v1/reports/reform.{format:docx|pdf}")
	@Operation(summary = "The civil-service reform report (Decree 30/2020 layout) as DOCX or PDF")
	ResponseEntity<byte[]> reformDocument(@PathVariable String format,
			@RequestParam(required = false) @Nullable Long scopeUnitId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) throws IOException {
		return Downloads.document(documents.document(scopeUnitId, from, to), "bao-cao-cai-cach-cong-vu", format);
	}

	@GetMapping("/api/v1/reports/reform.xlsx")
	@Operation(summary = "The report's appendix tables: the figures, their breakdown by unit, the records behind each")
	ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> reformWorkbook(
			@RequestParam(required = false) @Nullable Long scopeUnitId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) throws IOException {
		return Downloads.viaFile(files, "phu-luc-cai-cach-cong-vu.xlsx", Downloads.XLSX,
				out -> documents.workbook(scopeUnitId, from, to, out));
	}

	@GetMapping("/api/v1/indicators")
	@Operation(summary = "The catalogue of indicator codes, with their labels and units in Vietnamese and English")
	List<ReformReport.Entry> catalogue() {
		return reports.catalogue();
	}

	@GetMapping("/api/v1/indicators/{code}/details")
	@Operation(summary = "The records behind a figure for a scope and period (defaults: the caller's scope, the year so far)")
	List<Row> details(@PathVariable String code, @RequestParam(required = false) @Nullable Long scopeUnitId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		return reports.details(code, scopeUnitId, from, to);
	}

	@GetMapping("/api/v1/reports/reform")
	@Operation(summary = "The reform report's figures for a scope and period, labelled in the caller's language")
	ReformReport.Report reform(@RequestParam(required = false) @Nullable Long scopeUnitId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) {
		return reports.report(scopeUnitId, from, to, vietnamese());
	}

	@PostMapping("/api/v1/reports/reform/issued")
	@Operation(summary = "Issues the report of a scope and period under a number and date, freezing its figures, "
			+ "the records behind them and its documents")
	ResponseEntity<IssuedReports.Issued> issue(@RequestBody IssueRequest request) {
		long id = issued.issue(request.scopeUnitId(), request.from(), request.to(), request.number(),
				request.issuedOn(), ReformReport.Progress.NONE);
		return ResponseEntity.created(URI.create("/api/v1/reports/reform/issued/" + id)).body(issued.find(id));
	}

	@GetMapping("/api/v1/reports/reform/issued")
	@Operation(summary = "The issued reports the caller may read, the latest first")
	List<IssuedReports.Issued> issuedReports() {
		return issued.list();
	}

	@GetMapping("/api/v1/reports/reform/issued/{id}")
	@Operation(summary = "An issued report's figures, exactly as issued")
	ReformReport.Report issuedReport(@PathVariable long id) {
		return issued.report(id, vietnamese());
	}

	@GetMapping("/api/v1/reports/reform/issued/{id}/indicators/{code}/details")
	@Operation(summary = "The records behind a figure of an issued report, as kept when it was issued")
	List<Row> issuedDetails(@PathVariable long id, @PathVariable String code) {
		return issued.rows(id, code);
	}

	@GetMapping("/api/v1/reports/reform/issued/{id}/files/{format:docx|pdf|xlsx}")
	@Operation(summary = "A document of an issued report, byte for byte as handed out when it was issued")
	ResponseEntity<byte[]> issuedDocument(@PathVariable long id, @PathVariable String format) {
		var number = issued.find(id).number().replace('/', '-');
		return Downloads.bytes((format.equals("xlsx") ? "phu-luc-bao-cao-" : "bao-cao-") + number + "." + format,
				Downloads.type(format), issued.document(id, format));
	}

	@GetMapping("/api/v1/reports/reform/issued/{id}/changes")
	@Operation(summary = "What changed since the report was issued: each figure then and now, with the records that "
			+ "came, went or were corrected")
	List<vn.congvu.reporting.IssuedReportComparison.Change> changes(@PathVariable long id) {
		return comparison.changes(id, vietnamese(), ReformReport.Progress.NONE);
	}

	@GetMapping("/api/v1/dashboard")
	@Operation(summary = "The dashboard of a scope on a date (defaults: the caller's scope, today): headline figures "
			+ "and panels, each a table of counts by category and series with the indicator behind each count")
	Dashboard.View dashboard(@RequestParam(required = false) @Nullable Long scopeUnitId,
			@RequestParam(required = false) @Nullable LocalDate asOf) {
		return dashboard.view(scopeUnitId, asOf, vietnamese());
	}

	private static boolean vietnamese() {
		return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
