package vn.congvu.position.rest;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.position.JobPosition;
import vn.congvu.position.PositionGroup;
import vn.congvu.position.PositionSchemeBook;
import vn.congvu.position.RankShare;
import vn.congvu.position.SchemeContent;
import vn.congvu.position.SchemeDiff;
import vn.congvu.position.SchemeView;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;

/** Job-position schemes over the API: a unit's versions, drafting, submission, approval and revision. */
@RestController
@Tag(name = "Job positions")
class PositionSchemeRestController {

	/** A draft's content; {@code version} is the version read, when an existing draft is changed. */
	record SchemeBody(@Nullable String title, @Nullable LocalDate appliesFrom,
			@Nullable List<@Nullable PositionBody> positions, @Nullable List<@Nullable RankShare> rankShares,
			@Nullable Long version) {

		@SuppressWarnings("NullAway")
		SchemeContent content() {
			var list = new java.util.ArrayList<JobPosition>();
			if (positions != null) {
				positions.forEach(p -> list.add(p == null ? null : p.toPosition()));
			}
			return new SchemeContent(title, appliesFrom, list,
					rankShares == null ? List.of() : new java.util.ArrayList<>(rankShares));
		}

	}

	/** A position as sent: what is left out is empty, false or (for the headcount) missing. */
	record PositionBody(@Nullable String code, @Nullable String name, @Nullable PositionGroup group,
			@Nullable String rankCode, @Nullable String minDegree, @Nullable String majors,
			@Nullable String stateManagement, @Nullable String politicalTheory, @Nullable Boolean languageRequired,
			@Nullable Boolean itRequired, @Nullable Integer headcount, @Nullable Boolean concurrentAllowed,
			@Nullable String jobDescription, @Nullable String competencyFramework) {

		@SuppressWarnings("NullAway")
		JobPosition toPosition() {
			return new JobPosition(code, name, group, rankCode, minDegree, majors, stateManagement, politicalTheory,
					Boolean.TRUE.equals(languageRequired), Boolean.TRUE.equals(itRequired),
					headcount == null ? 0 : headcount, Boolean.TRUE.equals(concurrentAllowed), jobDescription,
					competencyFramework);
		}

	}

	record SchemeDecisionBody(@Nullable String number, @Nullable LocalDate date, @Nullable String issuer) {
	}

	record ApprovalBody(@Nullable SchemeDecisionBody decision, @Nullable String signer, @Nullable LocalDate effectiveFrom,
			@Nullable Long version) {
	}

	record VersionBody(@Nullable Long version, @Nullable String note) {
	}

	private final PositionSchemeBook schemes;

	PositionSchemeRestController(PositionSchemeBook schemes) {
		this.schemes = schemes;
	}

	@GetMapping("/api/v1/units/{unitId}/position-schemes")
	@Operation(summary = "The unit's job-position scheme versions, newest first")
	List<SchemeView> ofUnit(@PathVariable long unitId) {
		return schemes.schemesOf(unitId);
	}

	@PostMapping("/api/v1/units/{unitId}/position-schemes")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start the unit's next version as a draft")
	SchemeView create(@PathVariable long unitId, @RequestBody SchemeBody body) {
		return schemes.create(unitId, body.content());
	}

	@GetMapping("/api/v1/position-schemes/{id}")
	@Operation(summary = "One version with its positions and rank structure")
	SchemeView get(@PathVariable long id) {
		return schemes.get(id);
	}

	@PutMapping("/api/v1/position-schemes/{id}")
	@Operation(summary = "Replace a draft's content; send the version you read")
	SchemeView edit(@PathVariable long id, @RequestBody SchemeBody body) {
		return schemes.edit(id, body.content(), body.version());
	}

	@PostMapping("/api/v1/position-schemes/{id}/submit")
	@Operation(summary = "Submit a complete draft for approval")
	SchemeView submit(@PathVariable long id, @RequestBody VersionBody body) {
		return schemes.submit(id, body.version());
	}

	@PostMapping("/api/v1/position-schemes/{id}/return")
	@Operation(summary = "Home Affairs returns a submitted version to its unit, with the reason")
	SchemeView returnToDraft(@PathVariable long id, @RequestBody VersionBody body) {
		return schemes.returnToDraft(id, body.note(), body.version());
	}

	@PostMapping("/api/v1/position-schemes/{id}/approve")
	@Operation(summary = "Home Affairs records the approval decision of a submitted version")
	SchemeView approve(@PathVariable long id, @RequestBody ApprovalBody body) {
		var d = body.decision();
		if (d == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		@SuppressWarnings("NullAway")
		var decision = new DecisionRef(d.number(), d.date(), d.issuer());
		return schemes.approve(id, new PositionSchemeBook.Approval(decision, body.signer(), body.effectiveFrom()),
				body.version());
	}

	@PostMapping("/api/v1/position-schemes/{id}/revise")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adjust and supplement: a new draft version from an approved one")
	SchemeView revise(@PathVariable long id) {
		return schemes.revise(id);
	}

	@GetMapping("/api/v1/position-schemes/{id}/diff")
	@Operation(summary = "What changed from version `against` to this one")
	SchemeDiff diff(@PathVariable long id, @RequestParam long against) {
		return schemes.diff(against, id);
	}

}
