package vn.congvu.reporting.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.reporting.Dashboard;
import vn.congvu.shared.Caller;
import vn.congvu.shared.documents.SpreadsheetWriter;
import vn.congvu.shared.documents.SpreadsheetWriter.Column;
import vn.congvu.shared.web.Downloads;
import vn.congvu.shared.web.Formats;

/**
 * The dashboard page: a scope and a date, the headline figures, and each panel as a chart (drawn in the browser with
 * ECharts from the panel's own table), its table, whose figures open the records behind them, and its XLSX.
 */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final UnitDirectory units;

	private final JsonMapper json;

	private final Clock clock;

	DashboardController(Dashboard dashboard, UnitDirectory units, JsonMapper json, Clock clock) {
		this.dashboard = dashboard;
		this.units = units;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String date, Model model) {
		var parsed = Formats.parseDate(date);
		boolean dateError = date != null && !date.isBlank() && parsed.isEmpty();
		var asOf = parsed.orElse(LocalDate.now(clock));
		var view = dashboard.view(id(scope), asOf, vietnamese());
		model.addAttribute("view", view);
		model.addAttribute("dateText", dateError ? date : Formats.DATE.format(asOf));
		model.addAttribute("dateError", dateError);
		model.addAttribute("fromText", Formats.DATE.format(view.periodFrom()));
		model.addAttribute("toText", Formats.DATE.format(asOf));
		model.addAttribute("scopes", Scopes.on(units, asOf));
		// the charts' data, read by the page's script; "</" is escaped so that no value can end the script element
		model.addAttribute("chartData", json.writeValueAsString(view.panels()).replace("</", "<\\/"));
		return "reporting/dashboard";
	}

	/** A panel's table as XLSX: a row per series, a column per category. */
	@GetMapping("/dashboard/export/{code}")
	ResponseEntity<byte[]> export(@PathVariable String code, @RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String date) throws IOException {
		var asOf = Formats.parseDate(date).orElse(LocalDate.now(clock));
		var panel = dashboard.panel(code, id(scope), asOf, vietnamese());
		var columns = new ArrayList<Column<vn.congvu.shared.indicator.Breakdown.Series>>();
		columns.add(new Column<>(panel.unit(), s -> s.name()));
		var categories = panel.table().categories();
		for (int i = 0; i < categories.size(); i++) {
			int index = i;
			columns.add(new Column<>(categories.get(i), s -> s.values().get(index)));
		}
		columns.add(new Column<>(vietnamese() ? "Tổng cộng" : "Total",
				s -> s.values().stream().mapToLong(Long::longValue).sum()));
		var out = new ByteArrayOutputStream();
		var title = panel.title();
		SpreadsheetWriter.write(title.length() > 31 ? title.substring(0, 31) : title, columns, panel.table().series(),
				out);
		return Downloads.bytes(code + ".xlsx", Downloads.XLSX, out.toByteArray());
	}

	private static @Nullable Long id(@Nullable String scope) {
		try {
			return scope == null || scope.isBlank() ? null : Long.valueOf(scope.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean vietnamese() {
		return !"en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
