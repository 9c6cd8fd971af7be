package vn.congvu.organization.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.organization.StaffingQuotaBook;
import vn.congvu.organization.StaffingQuotaView;
import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.InvalidInputException;

/** A unit's yearly staffing quotas (biên chế) over the API. */
@RestController
@RequestMapping("/api/v1/units/{id}/quotas")
@Tag(name = "Units")
class StaffingQuotaRestController {

	record QuotaBody(Integer civilServants, Integer publicEmployees, UnitRestController.UnitDecisionBody decision,
			@Nullable Long version) {
	}

	private final StaffingQuotaBook quotas;

	private final UnitDirectory directory;

	private final Clock clock;

	StaffingQuotaRestController(StaffingQuotaBook quotas, UnitDirectory directory, Clock clock) {
		this.quotas = quotas;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping
	@Operation(summary = "The unit's staffing quotas, newest year first")
	List<StaffingQuotaView> quotas(@PathVariable long id) {
		directory.require(id, LocalDate.now(clock));
		return quotas.quotasOf(id);
	}

	@PutMapping("/{year}")
	@Operation(summary = "Set the unit's quota for a year; send the version you read to change an existing one")
	StaffingQuotaView assign(@PathVariable long id, @PathVariable int year, @RequestBody QuotaBody body) {
		if (body.decision() == null) {
			throw new InvalidInputException("decision", "validation.decision.required");
		}
		return quotas.assign(new StaffingQuotaBook.AssignQuota(id, year, body.civilServants(), body.publicEmployees(),
				body.decision().toRef(), body.version()));
	}

}
