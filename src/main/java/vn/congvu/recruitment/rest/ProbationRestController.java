package vn.congvu.recruitment.rest;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.recruitment.Probations;
import vn.congvu.shared.DecisionRef;

/** Recruits on probation, and the assessment that ends it. */
@RestController
@RequestMapping("/api/v1/recruitment/probations")
@Tag(name = "Recruitment")
class ProbationRestController {

	record AssessmentBody(Probations.@Nullable Result result, @Nullable LocalDate assessedOn,
			@Nullable String guideName, @Nullable String comments, @Nullable DecisionRef decision,
			@Nullable String signer) {
	}

	private final Probations probations;

	ProbationRestController(Probations probations) {
		this.probations = probations;
	}

	@GetMapping
	@Operation(summary = "Officials on probation on a day in the caller's scope, with the day each probation ends")
	List<Probations.Probation> onProbation(@RequestParam(required = false) @Nullable LocalDate asOf) {
		return probations.onProbation(asOf);
	}

	@PostMapping("/{officialId}/assessment")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The end-of-probation assessment: meets the requirements (end of probation) or not (end of "
			+ "service)")
	Probations.Assessed assess(@PathVariable long officialId, @RequestBody AssessmentBody body) {
		return probations.assess(officialId, new Probations.Assessment(body.result(), body.assessedOn(),
				body.guideName(), body.comments(), body.decision(), body.signer()));
	}

}
