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

	ReportingRestController(ReformReport reports) {
		this.reports = reports;
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
