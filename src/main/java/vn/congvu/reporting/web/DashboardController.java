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

	private final Clock clock;

	private final ReportJobs jobs;

	DashboardController(Dashboard dashboard, UnitDirectory units, ReportJobs jobs, Clock clock) {
		this.dashboard = dashboard;
		this.units = units;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * The page: the form and the scope's name at once, the figures and charts when the dashboard, computed in the
	 * background (a province of a million officials takes seconds), is done.
	 */
	@GetMapping("/dashboard")
	String dashboard(@RequestParam(required = false) @Nullable String scope,
			@RequestParam(required = false) @Nullable String date, Model model) {
		var parsed = Formats.parseDate(date);
		boolean dateError = date != null && !date.isBlank() && parsed.isEmpty();
		var asOf = parsed.orElse(LocalDate.now(clock));
		var checked = dashboard.scope(id(scope), asOf);
		boolean vietnamese = vietnamese();
		model.addAttribute("job", jobs.start(progress -> dashboard.view(checked.id(), asOf, vietnamese, progress)));
		model.addAttribute("scope", checked);
		model.addAttribute("dateText", dateError ? date : Formats.DATE.format(asOf));
		model.addAttribute("dateError", dateError);
		model.addAttribute("fromText", Formats.DATE.format(asOf.withDayOfYear(1)));
		model.addAttribute("toText", Formats.DATE.format(asOf));
		model.addAttribute("scopes", Scopes.on(units, asOf));
		return "reporting/dashboard";
	}

	/** What the page swaps in when the dashboard is done: the headline figures and the panels, with the charts' data. */
	static void panels(Model model, Dashboard.View view, JsonMapper json) {
		model.addAttribute("view", view);
		model.addAttribute("toText", Formats.DATE.format(view.asOf()));
		// the charts' data, read by the page's script; "</" is escaped so that no value can end the script element
		model.addAttribute("chartData", json.writeValueAsString(view.panels()).replace("</", "<\\/"));
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
