package vn.congvu.staffing.rest;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.shared.Caller;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.web.ProblemFactory;
import vn.congvu.staffing.Compliance;
import vn.congvu.staffing.UnitCompliance;

/**
 * Staffing compliance over the API: every agency of a scope on a date, with its violations. The answer is written as
 * the agencies are judged, so a country-wide run is streamed, never held whole in memory; the totals come last.
 */
@RestController
@Tag(name = "Staffing compliance")
class ComplianceRestController {

	/** A violation as the API gives it: the message in the language asked. */
	record ViolationBody(String rule, String message, List<Long> officialIds, Map<String, Object> figures) {
	}

	record UnitBody(long unitId, String unitName, boolean compliant, int headcount, @Nullable Long schemeId,
			@Nullable Integer schemeVersionNo, List<ViolationBody> violations) {
	}

	private final Compliance compliance;

	private final ProblemFactory problems;

	private final JsonMapper json;

	private final Clock clock;

	ComplianceRestController(Compliance compliance, ProblemFactory problems, JsonMapper json, Clock clock) {
		this.compliance = compliance;
		this.problems = problems;
		this.json = json;
		this.clock = clock;
	}

	@GetMapping(value = "/api/v1/staffing/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Each agency of the scope (the caller's by default) on the date (today by default): compliant "
			+ "or not, and why; then compliantUnits, totalUnits and compliantUnitsPct")
	void compliance(@RequestParam(required = false) @Nullable Long scopeUnitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
			HttpServletResponse response) throws IOException {
		var date = asOf == null ? LocalDate.now(clock) : asOf;
		Long scope = scopeUnitId;
		if (scope == null) {
			scope = Caller.current().map(Caller::scopeUnitId).orElse(null);
		}
		if (scope == null) {
			throw new InvalidInputException("scopeUnitId", "staffing.scope.required");
		}
		compliance.checkReadable(scope, date);
		var locale = ProblemFactory.requestLocale();
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		var out = new java.io.BufferedOutputStream(response.getOutputStream(), 1 << 16);
		try (var generator = json.createGenerator(out)) {
			var started = new boolean[1];
			long root = scope;
			var summary = compliance.judge(root, date, verdict -> {
				if (!started[0]) {
					generator.writeStartObject();
					generator.writeStringProperty("asOf", date.toString());
					generator.writeNumberProperty("scopeUnitId", root);
					generator.writeArrayPropertyStart("units");
					started[0] = true;
				}
				generator.writePOJO(body(verdict, locale));
			});
			if (!started[0]) {
				generator.writeStartObject();
				generator.writeStringProperty("asOf", date.toString());
				generator.writeNumberProperty("scopeUnitId", root);
				generator.writeArrayPropertyStart("units");
			}
			generator.writeEndArray();
			generator.writeNumberProperty("compliantUnits", summary.compliantUnits());
			generator.writeNumberProperty("totalUnits", summary.totalUnits());
			generator.writeNumberProperty("compliantUnitsPct", summary.compliantUnitsPct());
			generator.writeNumberProperty("violations", summary.violations());
			generator.writeEndObject();
		}
	}

	private UnitBody body(UnitCompliance verdict, java.util.Locale locale) {
		return new UnitBody(verdict.unitId(), verdict.unitName(), verdict.compliant(), verdict.headcount(),
				verdict.schemeId(), verdict.schemeVersionNo(),
				verdict.violations()
					.stream()
					.map(v -> new ViolationBody(v.rule().name(),
							problems.message(v.messageCode(), v.arguments().toArray(), locale), v.officialIds(),
							v.figures()))
					.toList());
	}

}
