package vn.congvu.audit.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congvu.audit.AuditLog;
import vn.congvu.shared.web.Formats;

/** The audit page: newest first, filtered by actor, kind of record, record id, action and dates. */
@Controller
@PreAuthorize("@auditReaders.mayRead()")
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog log;

	AuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/audit")
	String audit(@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String entity,
			@RequestParam(required = false) @Nullable String entityId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(defaultValue = "0") int page, Model model) {
		var fromDate = Formats.parseDate(from);
		var toDate = Formats.parseDate(to);
		model.addAttribute("fromError", from != null && !from.isBlank() && fromDate.isEmpty());
		// a period that ends before it starts: the "to" field is marked, and nothing is listed
		boolean reversed = vn.congvu.shared.DateRange.reversed(fromDate.orElse(null), toDate.orElse(null));
		boolean badTo = to != null && !to.isBlank() && toDate.isEmpty();
		model.addAttribute("toError", badTo || reversed);
		model.addAttribute("toErrorCode", badTo ? "date.invalid" : vn.congvu.shared.DateRange.REVERSED);
		var result = reversed ? new AuditLog.Page(java.util.List.of(), page, PAGE_SIZE, false)
				: log.search(new AuditLog.Query(actor, entity, entityId, action, fromDate.orElse(null),
						toDate.orElse(null)), page, PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("entities", log.entities());
		model.addAttribute("actor", actor);
		model.addAttribute("entity", entity);
		model.addAttribute("entityId", entityId);
		model.addAttribute("action", action);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/list";
	}

}
