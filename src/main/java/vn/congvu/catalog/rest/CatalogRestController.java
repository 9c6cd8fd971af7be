package vn.congvu.catalog.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.catalog.BaseSalary;
import vn.congvu.catalog.Catalog;
import vn.congvu.catalog.RankView;
import vn.congvu.catalog.ReferenceItem;
import vn.congvu.catalog.SalaryScale;

/** Reference data over the API, as of a date (today by default). */
@RestController
@RequestMapping("/api/v1/catalog")
@Tag(name = "Catalog", description = "Ranks, salary scales, base salary and reference lists")
class CatalogRestController {

	private final Catalog catalog;

	private final Clock clock;

	CatalogRestController(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	private LocalDate day(@Nullable LocalDate asOf) {
		return asOf == null ? LocalDate.now(clock) : asOf;
	}

	@GetMapping("/ranks")
	@Operation(summary = "Ranks and professional titles with their salary groups")
	List<RankView> ranks(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return catalog.ranks(day(asOf));
	}

	@GetMapping("/salary-scales/{code}")
	@Operation(summary = "A salary scale's coefficients by step, and its step interval")
	SalaryScale scale(@PathVariable String code,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return catalog.salaryScale(code, day(asOf));
	}

	@GetMapping("/base-salary")
	@Operation(summary = "The base salary (lương cơ sở) in force on a date")
	BaseSalary baseSalary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return catalog.baseSalary(day(asOf))
			.orElseThrow(() -> new vn.congvu.shared.NotFoundException("catalog.baseSalary.none"));
	}

	@GetMapping("/lists/{list}")
	@Operation(summary = "A reference list: ETHNIC_GROUP, RELIGION, PROFESSIONAL_LEVEL, POLITICAL_THEORY, ...")
	List<ReferenceItem> items(@PathVariable String list) {
		return catalog.items(list);
	}

}
