package vn.congvu.personnel.rest;

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
import vn.congvu.personnel.CorrectableField;
import vn.congvu.personnel.CorrectionView;
import vn.congvu.personnel.OfficialView;
import vn.congvu.personnel.SelfService;
import vn.congvu.shared.NotFoundException;

/** An official's own record, and the corrections they ask for and HR decides. */
@RestController
@Tag(name = "Own record", description = "An official's own record and correction requests")
class SelfServiceRestController {

	record ContactsBody(@Nullable Long version, @Nullable String residence, @Nullable String phone,
			@Nullable String email) {
	}

	record CorrectionBody(@Nullable CorrectableField field, @Nullable String proposedValue, @Nullable String reason) {
	}

	record CorrectionDecisionBody(@Nullable Boolean approve, @Nullable String note, @Nullable Long version) {
	}

	private final SelfService self;

	SelfServiceRestController(SelfService self) {
		this.self = self;
	}

	@GetMapping("/api/v1/me/record")
	@Operation(summary = "The signed-in official's own record")
	OfficialView mine() {
		return self.mine().orElseThrow(() -> new NotFoundException("personnel.self.notLinked"));
	}

	@PutMapping("/api/v1/me/record/contacts")
	@Operation(summary = "Change one's own residence, phone and e-mail (the only fields an official changes directly)")
	OfficialView contacts(@RequestBody ContactsBody body) {
		return self.updateContacts(body.version(), body.residence(), body.phone(), body.email());
	}

	@GetMapping("/api/v1/me/corrections")
	List<CorrectionView> myCorrections() {
		return self.myRequests();
	}

	@PostMapping("/api/v1/me/corrections")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask HR to correct a field of one's own record")
	CorrectionView request(@RequestBody CorrectionBody body) {
		return self.requestCorrection(body.field(), body.proposedValue(), body.reason());
	}

	@PostMapping(path = "/api/v1/me/corrections", consumes = org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Ask HR to correct a field of one's own record, with a file of evidence (part 'file': PDF, JPEG or PNG, "
			+ "at most 10 MB; its type read from its bytes); a file refused refuses the request")
	CorrectionView requestWithEvidence(@RequestParam(required = false) vn.congvu.personnel.@Nullable CorrectableField field,
			@RequestParam(required = false) @Nullable String proposedValue,
			@RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) org.springframework.web.multipart.@Nullable MultipartFile file)
			throws java.io.IOException {
		boolean sent = file != null && !file.isEmpty();
		return self.requestCorrection(field, proposedValue, reason, sent ? file.getOriginalFilename() : null,
				sent ? file.getBytes() : null);
	}

	@GetMapping("/api/v1/corrections")
	@Operation(summary = "Correction requests waiting for a decision, of the officials in the caller's scope")
	List<CorrectionView> pending() {
		return self.pending();
	}

	@PostMapping("/api/v1/corrections/{id}/decision")
	@Operation(summary = "Approve (and apply) or reject a correction request; nobody decides their own")
	CorrectionView decide(@PathVariable long id, @RequestBody CorrectionDecisionBody body) {
		if (body.approve() == null) {
			throw new vn.congvu.shared.InvalidInputException("approve", "personnel.record.required");
		}
		return self.decide(id, body.approve(), body.note(), body.version());
	}

}
