package vn.congvu.audit.rest;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.congvu.audit.AuditLog;

/** The audit log over the API, for the operator and Home Affairs. */
@RestController
@Tag(name = "Audit")
@PreAuthorize("@auditReaders.mayRead()")
class AuditRestController {

	private final AuditLog log;

	AuditRestController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/api/v1/audit")
	@Operation(summary = "Audit entries, newest first, filtered; dates are days in the province's time zone")
	AuditLog.Page audit(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entity,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return log.search(new AuditLog.Query(actor, entity, entityId, action, from, to), page, size);
	}

}
