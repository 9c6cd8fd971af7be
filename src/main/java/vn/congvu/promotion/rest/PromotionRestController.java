package vn.congvu.promotion.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import vn.congvu.promotion.Eligibility;
import vn.congvu.promotion.ExamView;
import vn.congvu.promotion.NominationView;
import vn.congvu.promotion.PromotionDesk;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;

/** Promotion rounds over the API: rank exams, title promotion and the council assessment of Decree 170/2025. */
@RestController
@RequestMapping("/api/v1/promotion/exams")
@Tag(name = "Promotion")
class PromotionRestController {

	record NominationBody(@Nullable List<Long> officialIds) {
	}

	record RoundPublishBody(@Nullable LocalDate publishedOn, @Nullable Set<Long> chosenByHead) {
	}

	record RoundDecisionBody(@Nullable String number, @Nullable LocalDate date, @Nullable String issuer,
			@Nullable String signer, @Nullable LocalDate effectiveDate) {
	}

	private final PromotionDesk desk;

	private final vn.congvu.promotion.PromotionDocuments documents;

	PromotionRestController(PromotionDesk desk, vn.congvu.promotion.PromotionDocuments documents) {
		this.desk = desk;
		this.documents = documents;
	}

	@GetMapping("/{id}/results.{format}")
	@Operation(summary = "The notice of the round's results (Decree 30/2020 layout) as DOCX or PDF")
	org.springframework.http.ResponseEntity<byte[]> results(@PathVariable long id, @PathVariable String format)
			throws java.io.IOException {
		return vn.congvu.shared.web.Downloads.document(documents.results(id), "ket-qua-nang-ngach-" + id, format);
	}

	@GetMapping("/{id}/decision.{format}")
	@Operation(summary = "The decision moving those who passed to the higher rank (Decree 30/2020 layout) as DOCX or PDF")
	org.springframework.http.ResponseEntity<byte[]> decision(@PathVariable long id, @PathVariable String format)
			throws java.io.IOException {
		return vn.congvu.shared.web.Downloads.document(documents.decision(id), "quyet-dinh-nang-ngach-" + id, format);
	}

	@GetMapping
	@Operation(summary = "The promotion rounds of the caller's scope, newest first")
	List<ExamView> exams() {
		return desk.exams();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Open a round for a higher rank or title; its path follows the rank's kind and the date")
	ExamView create(@RequestBody PromotionDesk.NewExam body) {
		return desk.create(body);
	}

	@GetMapping("/{id}")
	ExamView exam(@PathVariable long id) {
		return desk.exam(id);
	}

	@GetMapping("/{id}/eligibility")
	@Operation(summary = "Whether an official may be nominated, condition by condition")
	Eligibility eligibility(@PathVariable long id, @RequestParam long officialId) {
		return desk.eligibility(id, officialId);
	}

	@GetMapping("/{id}/nominations")
	List<NominationView> nominations(@PathVariable long id) {
		return desk.nominations(id);
	}

	@PostMapping("/{id}/nominations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Nominate officials; each is judged and kept, eligible or not")
	List<NominationView> nominate(@PathVariable long id, @RequestBody NominationBody body) {
		if (body.officialIds() == null || body.officialIds().isEmpty()) {
			throw new InvalidInputException("officialIds", "personnel.action.fieldRequired", "officialIds");
		}
		return desk.nominate(id, body.officialIds());
	}

	@PostMapping("/{id}/close")
	ExamView close(@PathVariable long id) {
		return desk.closeNominations(id);
	}

	@PostMapping("/{id}/scores")
	@Operation(summary = "Scores (exams) or the council's votes, per official; all or nothing")
	Map<String, Integer> scores(@PathVariable long id, @RequestBody List<PromotionDesk.@Nullable Mark> body) {
		return Map.of("marked", desk.mark(id, body));
	}

	@PostMapping("/{id}/results/publish")
	ExamView publish(@PathVariable long id, @RequestBody RoundPublishBody body) {
		return desk.publish(id, body.publishedOn(), body.chosenByHead());
	}

	@PostMapping("/{id}/decisions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "The decision: each official who passed moves to the higher rank, placed on its salary scale")
	Map<String, List<Long>> decide(@PathVariable long id, @RequestBody RoundDecisionBody body) {
		if (body.number() == null && body.date() == null && body.issuer() == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		@SuppressWarnings("NullAway")
		var decision = new DecisionRef(body.number(), body.date(), body.issuer());
		return Map.of("actionIds", desk.decide(id, decision, body.signer(), body.effectiveDate()));
	}

}
