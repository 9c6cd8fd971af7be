package vn.congvu.reporting.rest;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.reporting.ReformReport;
import vn.congvu.shared.indicator.Row;

/** The indicators, the reform report's figures and the records behind each. */
@RestController
@Tag(name = "Reporting")
class ReportingRestController {

	private final ReformReport reports;

	private final vn.congvu.reporting.ReformReportDocuments documents;

	ReportingRestController(ReformReport reports, vn.congvu.reporting.ReformReportDocuments documents) {
		this.reports = reports;
		this.documents = documents;
	}

	@GetMapping("/api/v1/reports/reform.{format:docx|pdf}")
	@Operation(summary = "The civil-service reform report (Decree 30/2020 layout) as DOCX or PDF")
	org.springframework.http.ResponseEntity<byte[]> reformDocument(@PathVariable String format,
			@RequestParam(required = false) @Nullable Long scopeUnitId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) throws java.io.IOException {
		return vn.congvu.shared.web.Downloads.document(documents.document(scopeUnitId, from, to), "bao-cao-cai-cach-cong-vu",
				format);
	}

	@GetMapping("/api/v1/reports/reform.xlsx")
	@Operation(summary = "The report's appendix tables: the figures, their breakdown by unit, the records behind each")
	org.springframework.http.ResponseEntity<byte[]> reformWorkbook(
			@RequestParam(required = false) @Nullable Long scopeUnitId,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to) throws java.io.IOException {
		var out = new java.io.ByteArrayOutputStream();
		documents.workbook(scopeUnitId, from, to, out);
		return vn.congvu.shared.web.Downloads.bytes("phu-luc-cai-cach-cong-vu.xlsx", vn.congvu.shared.web.Downloads.XLSX,
				out.toByteArray());
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
		return reports.report(scopeUnitId, from, to, !"en".equals(LocaleContextHolder.getLocale().getLanguage()));
	}

}
