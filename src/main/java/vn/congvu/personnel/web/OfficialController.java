package vn.congvu.personnel.web;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congvu.catalog.Catalog;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.personnel.Category;
import vn.congvu.personnel.EmploymentStatus;
import vn.congvu.personnel.OfficialSearch;
import vn.congvu.personnel.PersonnelRecords;
import vn.congvu.personnel.PersonnelRecords.Part;
import vn.congvu.personnel.SelfService;
import vn.congvu.shared.NotFoundException;
import vn.congvu.shared.web.Formats;

/** Pages: finding officials, and an official's record with their career as a timeline of decisions. */
@Controller
class OfficialController {

	private final OfficialSearch search;

	private final PersonnelRecords records;

	private final UnitDirectory units;

	private final Catalog catalog;

	private final SelfService selfService;

	private final vn.congvu.personnel.OfficialExport export;

	private final vn.congvu.personnel.CurriculumVitae cv;

	private final Clock clock;

	OfficialController(OfficialSearch search, PersonnelRecords records, UnitDirectory units, Catalog catalog,
			SelfService selfService, vn.congvu.personnel.OfficialExport export, vn.congvu.personnel.CurriculumVitae cv,
			Clock clock) {
		this.export = export;
		this.cv = cv;
		this.search = search;
		this.records = records;
		this.units = units;
		this.catalog = catalog;
		this.selfService = selfService;
		this.clock = clock;
	}

	private static final String REMEMBERED_FILTERS = "officials.filters";

	/** The columns the list sorts by. */
	static final java.util.Set<String> SORTS = java.util.Arrays.stream(OfficialSearch.Order.values())
		.map(OfficialSearch.Order::key)
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	@GetMapping("/officials")
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable EmploymentStatus status,
			@RequestParam(required = false) @Nullable String rankCode,
			@RequestParam(required = false) vn.congvu.shared.@Nullable Sex sex,
			@RequestParam(required = false) @Nullable String ethnicGroup,
			@RequestParam(required = false) @Nullable Integer minAge,
			@RequestParam(required = false) @Nullable Integer maxAge,
			@RequestParam(required = false) @Nullable String professionalLevel,
			@RequestParam(required = false) @Nullable Boolean partyMember,
			@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) @Nullable Integer size,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir,
			jakarta.servlet.http.HttpServletRequest request, Model model) {
		// the filters are remembered for the session: the list opened again shows what it showed, until cleared
		var session = request.getSession();
		var query = request.getQueryString();
		if (query == null || query.isBlank()) {
			var remembered = (String) session.getAttribute(REMEMBERED_FILTERS);
			if (remembered != null) {
				return "redirect:/officials?" + remembered;
			}
		}
		else if (request.getParameter("clear") != null) {
			session.removeAttribute(REMEMBERED_FILTERS);
			return "redirect:/officials";
		}
		else {
			session.setAttribute(REMEMBERED_FILTERS, query);
		}
		var paging = vn.congvu.shared.web.Paging.of(page, size, sort, dir, SORTS, "name");
		model.addAttribute("paging", paging);
		model.addAttribute("names", new CatalogNames(catalog));
		var parsed = Formats.parseDate(asOf);
		var date = parsed.orElse(LocalDate.now(clock));
		model.addAttribute("asOfError", asOf != null && !asOf.isBlank() && parsed.isEmpty());
		model.addAttribute("asOfText", asOf != null && !asOf.isBlank() && parsed.isEmpty() ? asOf : Formats.DATE.format(date));
		model.addAttribute("asOfDate", date);
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("status", status);
		model.addAttribute("rankCode", rankCode);
		model.addAttribute("sex", sex);
		model.addAttribute("ethnicGroup", ethnicGroup);
		model.addAttribute("minAge", minAge);
		model.addAttribute("maxAge", maxAge);
		model.addAttribute("professionalLevel", professionalLevel);
		model.addAttribute("partyMember", partyMember);
		model.addAttribute("categories", Category.values());
		model.addAttribute("statuses", EmploymentStatus.values());
		model.addAttribute("sexes", vn.congvu.shared.Sex.values());
		model.addAttribute("ethnicGroups", catalog.items("ETHNIC_GROUP"));
		model.addAttribute("professionalLevels", catalog.items("PROFESSIONAL_LEVEL"));
		model.addAttribute("ranks", catalog.ranks(date));
		try {
			model.addAttribute("result", search.search(new OfficialSearch.Criteria(q, null, true, date, category, status,
					rankCode, sex, ethnicGroup, minAge, maxAge, professionalLevel, partyMember, paging.page(),
					paging.size(), OfficialSearch.Order.named(paging.sort()), paging.descending())));
		}
		catch (vn.congvu.shared.InvalidInputException ex) {
			model.addAttribute("filterError", ex);
			model.addAttribute("result", new OfficialSearch.Page(java.util.List.of(), 0, false, 0, paging.size()));
		}
		return "officials/list";
	}

	@GetMapping("/officials/export.xlsx")
	org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> export(
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String asOf,
			@RequestParam(required = false) @Nullable Category category,
			@RequestParam(required = false) @Nullable EmploymentStatus status,
			@RequestParam(required = false) @Nullable String rankCode,
			@RequestParam(required = false) vn.congvu.shared.@Nullable Sex sex,
			@RequestParam(required = false) @Nullable String ethnicGroup,
			@RequestParam(required = false) @Nullable Integer minAge,
			@RequestParam(required = false) @Nullable Integer maxAge,
			@RequestParam(required = false) @Nullable String professionalLevel,
			@RequestParam(required = false) @Nullable Boolean partyMember,
			@RequestParam(required = false) @Nullable String sort, @RequestParam(required = false) @Nullable String dir) {
		var date = Formats.parseDate(asOf).orElse(LocalDate.now(clock));
		var paging = vn.congvu.shared.web.Paging.of(0, null, sort, dir, SORTS, "name");
		var prepared = export.prepare(new OfficialSearch.Criteria(q, null, true, date, category, status, rankCode, sex,
				ethnicGroup, minAge, maxAge, professionalLevel, partyMember, 0, 0,
				OfficialSearch.Order.named(paging.sort()), paging.descending()),
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
		return vn.congvu.shared.web.Downloads.xlsx("danh-sach-can-bo.xlsx", prepared::writeTo);
	}

	@GetMapping("/officials/{id}/cv.docx")
	org.springframework.http.ResponseEntity<byte[]> cvDocx(@PathVariable long id) throws java.io.IOException {
		var out = new java.io.ByteArrayOutputStream();
		vn.congvu.shared.documents.DocxWriter.write(cv.of(id), out);
		return vn.congvu.shared.web.Downloads.bytes("so-yeu-ly-lich-" + id + ".docx",
				"application/vnd.openxmlformats-officedocument.wordprocessingml.document", out.toByteArray());
	}

	@GetMapping("/officials/{id}/cv.pdf")
	org.springframework.http.ResponseEntity<byte[]> cvPdf(@PathVariable long id) {
		var out = new java.io.ByteArrayOutputStream();
		vn.congvu.shared.documents.PdfWriter.write(cv.of(id), out);
		return vn.congvu.shared.web.Downloads.bytes("so-yeu-ly-lich-" + id + ".pdf", "application/pdf",
				out.toByteArray());
	}

	static final java.util.Set<String> TABS = java.util.Set.of("personal", "education", "career", "salary", "family",
			"documents");

	/** The lists of the record each tab shows; the others are not read. */
	private static final java.util.Map<String, java.util.Set<Part>> PARTS = java.util.Map.of("education",
			java.util.Set.of(Part.DEGREES), "career", java.util.Set.of(Part.PRIOR_WORK), "family",
			java.util.Set.of(Part.FAMILY));

	@GetMapping("/officials/{id}")
	String record(@PathVariable long id, @RequestParam(defaultValue = "personal") String tab, Model model) {
		var today = LocalDate.now(clock);
		var shown = TABS.contains(tab) ? tab : "personal";
		var page = records.page(id, today, PARTS.getOrDefault(shown, java.util.Set.of()))
			.orElseThrow(() -> new NotFoundException("personnel.official.notFound", id));
		var overview = page.overview();
		var official = overview.official();
		var actions = overview.actions();
		var history = overview.history();
		var unitIds = new java.util.HashSet<Long>();
		actions.forEach(a -> {
			if (a.unitId() != null) {
				unitIds.add(a.unitId());
			}
		});
		history.forEach(p -> unitIds.add(p.unitId()));
		var salary = vn.congvu.personnel.SalaryHistory.of(history, catalog::salaryScale);
		model.addAttribute("tab", shown);
		model.addAttribute("official", official);
		model.addAttribute("own", overview.own());
		// an HR, Home Affairs or leader's own record: read here, changed by somebody else (the scope guard's own case)
		model.addAttribute("ownAtTheDesk", overview.own() && vn.congvu.shared.Caller.current()
			.map(c -> c.role() != vn.congvu.shared.Role.OFFICIAL)
			.orElse(false));
		model.addAttribute("actions", actions);
		model.addAttribute("history", history);
		model.addAttribute("salary", salary);
		model.addAttribute("now", overview.now());
		model.addAttribute("forecast", overview.forecast());
		model.addAttribute("unitNames", units.namesAsOf(unitIds, today));
		model.addAttribute("names", new CatalogNames(catalog));
		model.addAttribute("kinds", ActionController.OFFERED);
		var files = page.attachments();
		model.addAttribute("attachments", files);
		model.addAttribute("hasPhoto", files.stream().anyMatch(f -> f.kind() == vn.congvu.personnel.Attachments.Kind.PHOTO));
		model.addAttribute("attachmentKinds", vn.congvu.personnel.Attachments.Kind.values());
		return "officials/record";
	}

	/** Names of catalog codes in the page's language, for the record page. */
	public static final class CatalogNames {

		private final Catalog catalog;

		CatalogNames(Catalog catalog) {
			this.catalog = catalog;
		}

		/** A rank's or title's code with its name on {@code date}: "01.003 Chuyên viên". */
		public String rank(@Nullable String code, LocalDate date) {
			return catalog.rankLabel(code, date);
		}

		/** A correction's value as people read it: its code with the code's name ("05 Khơ-me"), anything else as it was typed. */
		public String correctionValue(vn.congvu.personnel.CorrectableField field, @Nullable String value) {
			if (value == null || value.isBlank() || field.catalogList() == null) {
				return value == null ? "" : value;
			}
			var name = of(field.catalogList(), value);
			return name.equals(value) ? value : value + " " + name;
		}

		public String of(String list, @Nullable String code) {
			if (code == null) {
				return "";
			}
			boolean english = "en".equals(org.springframework.context.i18n.LocaleContextHolder.getLocale().getLanguage());
			return catalog.items(list)
				.stream()
				.filter(i -> i.code().equals(code))
				.findFirst()
				.map(i -> english ? i.nameEn() : i.nameVi())
				.orElse(code);
		}

	}

}
