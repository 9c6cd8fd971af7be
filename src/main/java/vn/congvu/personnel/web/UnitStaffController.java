package vn.congvu.personnel.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import vn.congvu.catalog.Catalog;
import vn.congvu.catalog.RankView;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.UnitStaff;
import vn.congvu.position.JobPositions;
import vn.congvu.shared.documents.SpreadsheetWriter.Column;
import vn.congvu.shared.web.Downloads;
import vn.congvu.shared.web.Formats;
import vn.congvu.shared.web.Paging;

/**
 * A unit's staff on a date, with the units below it if asked: each person's rank and job position by name, their step,
 * the next salary step and retirement day; numbered pages, page sizes, sortable columns; and the whole list as XLSX.
 */
@Controller
class UnitStaffController {

	static final Set<String> SORTS = Set.of("name", "birth", "unit", "rank", "step", "position", "next", "retirement");

	private final UnitStaff staff;

	private final UnitDirectory units;

	private final Catalog catalog;

	private final JobPositions positions;

	private final org.springframework.context.MessageSource messages;

	private final Clock clock;

	UnitStaffController(UnitStaff staff, UnitDirectory units, Catalog catalog, JobPositions positions,
			org.springframework.context.MessageSource messages, Clock clock) {
		this.staff = staff;
		this.units = units;
		this.catalog = catalog;
		this.positions = positions;
		this.messages = messages;
		this.clock = clock;
	}

	/** What the page and the sheet show of a list: names of units, ranks and positions on its day. */
	public record Names(Map<Long, String> units, Map<String, String> ranks, Map<Long, Map<String, String>> positions) {

		public String rank(@Nullable String code) {
			return code == null ? "" : code + " " + ranks.getOrDefault(code, "");
		}

		public String position(long unitId, @Nullable String code) {
			if (code == null) {
				return "";
			}
			var name = positions.getOrDefault(unitId, Map.of()).get(code);
			return name == null ? code : code + " " + name;
		}

	}

	@GetMapping("/units/{id}/staff")
	String staff(@PathVariable long id, @RequestParam(required = false) @Nullable String asOf,
			@RequestParam(defaultValue = "false") boolean below, @RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size, @RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String dir, Model model) {
		var parsed = Formats.parseDate(asOf);
		var date = parsed.orElse(LocalDate.now(clock));
		model.addAttribute("asOfError", asOf != null && !asOf.isBlank() && parsed.isEmpty());
		model.addAttribute("asOfText", asOf != null && !asOf.isBlank() && parsed.isEmpty() ? asOf : Formats.DATE.format(date));
		var list = staff.of(id, date, below);
		var names = names(list);
		var paging = Paging.of(page, size, sort, dir, SORTS, "name");
		model.addAttribute("unit", units.require(id, date));
		model.addAttribute("list", list);
		model.addAttribute("below", below);
		model.addAttribute("paging", paging);
		model.addAttribute("total", list.members().size());
		model.addAttribute("rows", rows(paging.slice(list.members(), order(paging.sort(), names)),
				paging.shownPage(list.members().size()) * paging.size(), names, date.plusMonths(6)));
		return "staffing/staff";
	}

	/**
	 * A row of the staff table as the page prints it: its words and dates made here once, the template only placing
	 * them (evaluating a dozen expressions a row was half of the page's work with 32 clients, issue 19).
	 */
	public record Row(int number, long officialId, String fullName, String standing, String birth, String unit,
			String rank, String step, String position, @Nullable String positionTitle, String nextStep,
			boolean nextStepSoon, String retirement, boolean retirementSoon) {
	}

	private List<Row> rows(List<UnitStaff.Member> members, int before, Names names, LocalDate dueSoon) {
		var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		var words = new HashMap<String, String>();
		var rows = new java.util.ArrayList<Row>(members.size());
		for (var m : members) {
			var standing = words.computeIfAbsent("personnel.category." + m.category(), this::text) + " · "
					+ words.computeIfAbsent("personnel.status." + m.status(), this::text);
			var step = m.salaryStep() == null ? ""
					: m.salaryScaleCode() == null ? m.salaryStep().toString()
							: messages.getMessage("action.preview.stepOfScale",
									new Object[] { m.salaryStep(), m.salaryScaleCode() }, locale);
			var next = m.nextStepDate();
			rows.add(new Row(before + rows.size() + 1, m.officialId(), m.fullName(), standing,
					m.birthYearOnly() ? Integer.toString(m.dateOfBirth().getYear()) : Formats.DATE.format(m.dateOfBirth()),
					names.units().getOrDefault(m.unitId(), ""), names.rank(m.rankCode()), step,
					names.position(m.unitId(), m.positionCode()), m.positionTitle(),
					next == null ? "" : Formats.DATE.format(next), next != null && next.isBefore(dueSoon),
					Formats.DATE.format(m.retirementDate()), m.retirementDate().isBefore(dueSoon)));
		}
		return rows;
	}

	@GetMapping("/units/{id}/staff.xlsx")
	ResponseEntity<StreamingResponseBody> export(@PathVariable long id,
			@RequestParam(required = false) @Nullable String asOf, @RequestParam(defaultValue = "false") boolean below) {
		var date = Formats.parseDate(asOf).orElse(LocalDate.now(clock));
		var list = staff.of(id, date, below);
		var names = names(list);
		List<Column<UnitStaff.Member>> columns = List.of(
				new Column<>(text("personnel.due.column.name"), UnitStaff.Member::fullName),
				new Column<>(text("personnel.due.column.birth"), UnitStaff.Member::dateOfBirth),
				new Column<>(text("personnel.due.column.sex"), m -> text("personnel.sex." + m.sex())),
				new Column<>(text("personnel.due.column.unit"), m -> names.units().get(m.unitId())),
				new Column<>(text("officials.category"), m -> text("personnel.category." + m.category())),
				new Column<>(text("officials.status"), m -> text("personnel.status." + m.status())),
				new Column<>(text("staff.rank"), m -> names.rank(m.rankCode())),
				new Column<>(text("personnel.due.column.scale"), UnitStaff.Member::salaryScaleCode),
				new Column<>(text("personnel.due.column.step"), UnitStaff.Member::salaryStep),
				new Column<>(text("staff.position"), m -> names.position(m.unitId(), m.positionCode())),
				new Column<>(text("action.positionTitle"), UnitStaff.Member::positionTitle),
				new Column<>(text("action.preview.concurrent"), m -> String.join(", ", m.concurrentPositions())),
				new Column<>(text("officials.nextStep"), UnitStaff.Member::nextStepDate),
				new Column<>(text("officials.retirement"), UnitStaff.Member::retirementDate));
		var name = units.require(id, date).name();
		return Downloads.xlsx("nhan-su-" + id + ".xlsx",
				out -> vn.congvu.shared.documents.SpreadsheetWriter.write(sheetName(name), columns, list.members(), out));
	}

	private static String sheetName(String unitName) {
		var clean = unitName.replaceAll("[\\\\/?*\\[\\]:]", " ");
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}

	private Names names(UnitStaff.Staff list) {
		var unitIds = new HashSet<Long>();
		var rankCodes = new HashSet<String>();
		list.members().forEach(m -> {
			unitIds.add(m.unitId());
			if (m.rankCode() != null) {
				rankCodes.add(m.rankCode());
			}
		});
		var ranks = new HashMap<String, String>();
		for (var code : rankCodes) {
			catalog.rank(code, list.date()).map(RankView::name).ifPresent(n -> ranks.put(code, n));
		}
		// each unit's positions by the scheme in force (an internal division's is its agency's), all read at once
		return new Names(units.namesAsOf(unitIds, list.date()), ranks, positions.positionNames(unitIds, list.date()));
	}

	private static Comparator<UnitStaff.Member> order(String sort, Names names) {
		Comparator<UnitStaff.Member> byName = Comparator.comparing(UnitStaff.Member::sortKey);
		Comparator<UnitStaff.Member> first = switch (sort) {
			case "birth" -> Comparator.comparing(UnitStaff.Member::dateOfBirth);
			case "unit" -> Comparator.comparing(m -> vn.congvu.shared.VietnameseOrder.key(names.units().getOrDefault(m.unitId(), "")));
			case "rank" -> Comparator.comparing(m -> m.rankCode() == null ? "" : m.rankCode());
			case "step" -> Comparator.comparing(m -> m.salaryStep() == null ? 0 : m.salaryStep());
			case "position" -> Comparator.comparing(m -> m.positionCode() == null ? "" : m.positionCode());
			case "next" -> Comparator.comparing(m -> m.nextStepDate() == null ? LocalDate.MAX : m.nextStepDate());
			case "retirement" -> Comparator.comparing(UnitStaff.Member::retirementDate);
			default -> byName;
		};
		return first.thenComparing(byName).thenComparing(UnitStaff.Member::officialId);
	}

	private String text(String code) {
		return messages.getMessage(code, null, code, org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

}
