package vn.congvu.personnel.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.WorkforceStatistics;
import vn.congvu.shared.Caller;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.documents.SpreadsheetWriter;

/** The workforce statistics of a scope on a date, as JSON or XLSX. */
@RestController
@Tag(name = "Statistics")
class StatisticsRestController {

	private final WorkforceStatistics statistics;

	private final UnitDirectory units;

	private final MessageSource messages;

	private final Clock clock;

	StatisticsRestController(WorkforceStatistics statistics, UnitDirectory units, MessageSource messages, Clock clock) {
		this.statistics = statistics;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/api/v1/statistics/workforce")
	@Operation(summary = "Quantity and quality of officials by unit on a date (defaults: the caller's scope, today)")
	WorkforceStatistics.Statistics workforce(@RequestParam(required = false) @Nullable Long scopeUnitId,
			@RequestParam(required = false) @Nullable LocalDate asOf) {
		return statistics.compute(scope(scopeUnitId), asOf == null ? LocalDate.now(clock) : asOf);
	}

	@GetMapping({ "/api/v1/statistics/workforce.xlsx", "/statistics/workforce.xlsx" })
	@Operation(summary = "The workforce statistics as a spreadsheet: a row per unit and the total")
	ResponseEntity<byte[]> workbook(@RequestParam(required = false) @Nullable Long scopeUnitId,
			@RequestParam(required = false) @Nullable LocalDate asOf) throws java.io.IOException {
		var day = asOf == null ? LocalDate.now(clock) : asOf;
		var result = statistics.compute(scope(scopeUnitId), day);
		var locale = LocaleContextHolder.getLocale();
		var names = units.namesAsOf(result.units().stream().map(WorkforceStatistics.Line::unitId).toList(), day);
		record Named(String unit, java.util.Map<String, Long> counts) {
		}
		var rows = new ArrayList<Named>();
		result.units().forEach(l -> rows.add(new Named(names.getOrDefault(l.unitId(), "#" + l.unitId()), l.counts())));
		rows.add(new Named(text("statistics.total", locale), result.total()));
		var columns = new ArrayList<SpreadsheetWriter.Column<Named>>();
		columns.add(new SpreadsheetWriter.Column<>(text("statistics.unit", locale), Named::unit));
		for (var key : result.columns()) {
			columns.add(new SpreadsheetWriter.Column<>(text("statistics.column." + key, locale), n -> n.counts().get(key)));
		}
		var out = new java.io.ByteArrayOutputStream();
		SpreadsheetWriter.write(text("statistics.sheet", locale), List.copyOf(columns), rows, out);
		return vn.congvu.shared.web.Downloads.bytes("thong-ke-doi-ngu-" + day + ".xlsx",
				vn.congvu.shared.web.Downloads.XLSX, out.toByteArray());
	}

	private long scope(@Nullable Long scopeUnitId) {
		if (scopeUnitId != null) {
			return scopeUnitId;
		}
		return Caller.current().map(Caller::scopeUnitId)
			.orElseThrow(() -> new InvalidInputException("scopeUnitId", "reporting.scope.required"));
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

}
