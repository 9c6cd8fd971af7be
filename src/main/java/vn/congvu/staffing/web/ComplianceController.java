package vn.congvu.staffing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.Caller;
import vn.congvu.shared.documents.SpreadsheetWriter;
import vn.congvu.shared.web.Downloads;
import vn.congvu.shared.web.Formats;
import vn.congvu.staffing.Compliance;
import vn.congvu.staffing.UnitCompliance;
import vn.congvu.staffing.Violation;

/**
 * The compliance pages: the share of compliant agencies of the caller's scope (or a unit of it) on a date, agency by
 * agency and sortable; one agency's violations with the people they concern; and the XLSX of it all.
 */
@Controller
class ComplianceController {

	/** A violation as a page shows it: the rule, the message in the page's language, the people named. */
	record Shown(String rule, String message, List<Person> people, Violation violation) {
	}

	record Person(long id, String name) {
	}

	private final Compliance compliance;

	private final UnitDirectory units;

	private final MessageSource messages;

	private final Clock clock;

	ComplianceController(Compliance compliance, UnitDirectory units, MessageSource messages, Clock clock) {
		this.compliance = compliance;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/staffing/compliance")
	String province(@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable Long scope, @RequestParam(defaultValue = "name") String sort,
			Model model) {
		var date = date(asOf, model);
		long root = root(scope);
		var report = compliance.report(root, date);
		var rows = new ArrayList<>(report.units());
		Comparator<UnitCompliance> order = switch (sort) {
			case "violations" -> Comparator.comparingInt((UnitCompliance u) -> u.violations().size()).reversed();
			case "headcount" -> Comparator.comparingInt(UnitCompliance::headcount).reversed();
			case "compliant" -> Comparator.comparing(UnitCompliance::compliant);
			default -> null;
		};
		if (order != null) {
			rows.sort(order);
		}
		model.addAttribute("asOf", date);
		model.addAttribute("asOfText", Formats.DATE.format(date));
		model.addAttribute("scope", root);
		model.addAttribute("scopeName", units.namesAsOf(List.of(root), date).getOrDefault(root, ""));
		model.addAttribute("sort", sort);
		model.addAttribute("summary", report.summary());
		model.addAttribute("rows", rows);
		return "staffing/compliance";
	}

	@GetMapping("/staffing/compliance/units/{unitId}")
	String unit(@PathVariable long unitId, @RequestParam(required = false) @Nullable String asOf, Model model) {
		var date = date(asOf, model);
		var verdict = compliance.unit(unitId, date);
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		model.addAttribute("asOf", date);
		model.addAttribute("asOfText", Formats.DATE.format(date));
		model.addAttribute("unit", verdict);
		model.addAttribute("shown", verdict.violations().stream().map(v -> shown(verdict, v, locale)).toList());
		return "staffing/unit";
	}

	@GetMapping("/staffing/compliance.xlsx")
	ResponseEntity<StreamingResponseBody> download(@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable Long scope) {
		var date = Formats.parseDate(asOf).orElse(LocalDate.now(clock));
		long root = root(scope);
		var report = compliance.report(root, date);
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		record Line(UnitCompliance unit, @Nullable Shown shown) {
		}
		var lines = new ArrayList<Line>();
		for (var u : report.units()) {
			if (u.compliant()) {
				lines.add(new Line(u, null));
			}
			u.violations().forEach(v -> lines.add(new Line(u, shown(u, v, locale))));
		}
		List<SpreadsheetWriter.Column<Line>> columns = List.of(
				new SpreadsheetWriter.Column<>(text("staffing.column.unit", locale), l -> l.unit().unitName()),
				new SpreadsheetWriter.Column<>(text("staffing.column.headcount", locale), l -> l.unit().headcount()),
				new SpreadsheetWriter.Column<>(text("staffing.column.scheme", locale),
						l -> l.unit().schemeVersionNo()),
				new SpreadsheetWriter.Column<>(text("staffing.column.compliant", locale),
						l -> text(l.unit().compliant() ? "staffing.compliant" : "staffing.notCompliant", locale)),
				new SpreadsheetWriter.Column<>(text("staffing.column.rule", locale),
						l -> l.shown() == null ? null : text("staffing.rule." + l.shown().rule(), locale)),
				new SpreadsheetWriter.Column<>(text("staffing.column.message", locale),
						l -> l.shown() == null ? null : l.shown().message()),
				new SpreadsheetWriter.Column<>(text("staffing.column.people", locale),
						l -> l.shown() == null ? null
								: String.join(", ", l.shown().people().stream().map(Person::name).toList())),
				new SpreadsheetWriter.Column<>(text("staffing.column.asOf", locale), l -> date));
		return Downloads.xlsx("tuan-thu-vi-tri-viec-lam-" + date + ".xlsx",
				out -> SpreadsheetWriter.write(text("staffing.sheet", locale), columns, lines, out));
	}

	private Shown shown(UnitCompliance unit, Violation v, Locale locale) {
		var people = v.officialIds()
			.stream()
			.map(id -> new Person(id, unit.names().getOrDefault(id, "#" + id)))
			.toList();
		return new Shown(v.rule().name(), messages.getMessage(v.messageCode(), v.arguments().toArray(), locale),
				people, v);
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}

	private LocalDate date(@Nullable String asOf, Model model) {
		if (asOf == null || asOf.isBlank()) {
			return LocalDate.now(clock);
		}
		var parsed = Formats.parseDate(asOf);
		if (parsed.isEmpty()) {
			model.addAttribute("dateError", true);
			return LocalDate.now(clock);
		}
		return parsed.get();
	}

	private static long root(@Nullable Long scope) {
		if (scope != null) {
			return scope;
		}
		var root = Caller.current().map(Caller::scopeUnitId).orElse(null);
		if (root == null) {
			throw new org.springframework.security.access.AccessDeniedException("no scope");
		}
		return root;
	}

}
