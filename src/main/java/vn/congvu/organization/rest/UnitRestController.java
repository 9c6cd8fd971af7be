package vn.congvu.organization.rest;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.organization.UnitHistoryEntry;
import vn.congvu.organization.UnitRestructuring;
import vn.congvu.organization.UnitRestructuring.Outcome;
import vn.congvu.organization.UnitType;
import vn.congvu.organization.UnitView;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.InvalidInputException;

/** Organisation units over the API: the tree as of a date, one unit, its history, and restructuring. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Units", description = "Organisation units and their history")
class UnitRestController {

	/** The decision as the API takes it. */
	record UnitDecisionBody(String number, LocalDate date, String issuer) {

		DecisionRef toRef() {
			return new DecisionRef(number, date, issuer);
		}

	}

	record NewUnitBody(@Nullable String code, String name, UnitType type, @Nullable Long parentId) {

		UnitRestructuring.NewUnit toNewUnit() {
			return new UnitRestructuring.NewUnit(code, name, type, parentId);
		}

	}

	record UnitCreateBody(@Nullable String code, String name, UnitType type, @Nullable Long parentId,
			LocalDate effectiveDate, UnitDecisionBody decision, @Nullable String note) {
	}

	record AmendBody(@Nullable String name, @Nullable String code, @Nullable UnitType type, @Nullable Long parentId,
			LocalDate effectiveDate, UnitDecisionBody decision, @Nullable String note) {
	}

	record MergeBody(List<Long> sourceIds, @Nullable Long targetId, @Nullable NewUnitBody newUnit,
			LocalDate effectiveDate, UnitDecisionBody decision, @Nullable String note) {
	}

	record SplitPartBody(NewUnitBody unit, @Nullable List<Long> childIds) {
	}

	record SplitBody(List<SplitPartBody> parts, @Nullable Boolean keepSource, LocalDate effectiveDate,
			UnitDecisionBody decision, @Nullable String note) {
	}

	record DissolveBody(LocalDate effectiveDate, UnitDecisionBody decision, @Nullable String note) {
	}

	private final UnitDirectory directory;

	private final UnitRestructuring restructuring;

	private final Clock clock;

	UnitRestController(UnitDirectory directory, UnitRestructuring restructuring, Clock clock) {
		this.directory = directory;
		this.restructuring = restructuring;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The units that exist on a date (today by default), as they were then")
	List<UnitView> units(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return directory.unitsAsOf(asOf == null ? LocalDate.now(clock) : asOf);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One unit, as it is on a date (today by default) or as it last was")
	UnitView unit(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
		return directory.require(id, asOf == null ? LocalDate.now(clock) : asOf);
	}

	@GetMapping("/{id}/history")
	@Operation(summary = "Every change of a unit with its decision, oldest first")
	List<UnitHistoryEntry> history(@PathVariable long id) {
		directory.require(id, LocalDate.now(clock));
		return directory.history(id);
	}

	@PostMapping
	@Operation(summary = "Create a unit on an effective date under a decision")
	ResponseEntity<UnitView> create(@RequestBody UnitCreateBody body) {
		var outcome = restructuring.create(new UnitRestructuring.CreateUnit(
				new UnitRestructuring.NewUnit(body.code(), body.name(), body.type(), body.parentId()),
				body.effectiveDate(), decision(body.decision()), body.note()));
		long id = outcome.createdUnitIds().get(0);
		return ResponseEntity.created(URI.create("/api/v1/units/" + id)).body(directory.require(id, body.effectiveDate()));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Rename, recode, retype or move a unit from an effective date")
	UnitView amend(@PathVariable long id, @RequestBody AmendBody body) {
		restructuring.amend(new UnitRestructuring.AmendUnit(id, body.name(), body.code(), body.type(),
				body.parentId(), body.effectiveDate(), decision(body.decision()), body.note()));
		return directory.require(id, body.effectiveDate());
	}

	@PostMapping("/merge")
	@Operation(summary = "Merge units into an existing target or a new unit")
	Outcome merge(@RequestBody MergeBody body) {
		return restructuring.merge(new UnitRestructuring.MergeUnits(body.sourceIds(), body.targetId(),
				body.newUnit() == null ? null : body.newUnit().toNewUnit(), body.effectiveDate(),
				decision(body.decision()), body.note()));
	}

	@PostMapping("/{id}/split")
	@Operation(summary = "Split a unit into new units (or separate parts from it with keepSource)")
	Outcome split(@PathVariable long id, @RequestBody SplitBody body) {
		if (body.parts() == null) {
			throw new InvalidInputException("parts", "organization.split.tooFewParts", 2);
		}
		var parts = new java.util.ArrayList<UnitRestructuring.SplitPart>();
		for (int i = 0; i < body.parts().size(); i++) {
			var part = body.parts().get(i);
			if (part == null || part.unit() == null) {
				throw new InvalidInputException("parts[" + i + "]", "organization.unit.required");
			}
			parts.add(new UnitRestructuring.SplitPart(part.unit().toNewUnit(),
					part.childIds() == null ? List.of() : part.childIds().stream().filter(java.util.Objects::nonNull).toList()));
		}
		return restructuring.split(new UnitRestructuring.SplitUnit(id, parts, Boolean.TRUE.equals(body.keepSource()),
				body.effectiveDate(), decision(body.decision()), body.note()));
	}

	@PostMapping("/{id}/dissolve")
	@Operation(summary = "Dissolve a unit on an effective date")
	Outcome dissolve(@PathVariable long id, @RequestBody DissolveBody body) {
		return restructuring.dissolve(new UnitRestructuring.DissolveUnit(id, body.effectiveDate(),
				decision(body.decision()), body.note()));
	}

	private static DecisionRef decision(@Nullable UnitDecisionBody body) {
		if (body == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		return body.toRef();
	}

}
