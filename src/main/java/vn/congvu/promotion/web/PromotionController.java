package vn.congvu.promotion.web;

import static vn.congvu.shared.web.FormValues.date;
import static vn.congvu.shared.web.FormValues.decimal;
import static vn.congvu.shared.web.FormValues.integer;
import static vn.congvu.shared.web.FormValues.number;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.congvu.promotion.PromotionDesk;
import vn.congvu.shared.Caller;
import vn.congvu.shared.DecisionRef;
import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.web.Formats;

/**
 * The promotion pages: the rounds of the caller's scope, opening one, and a round's course on its page —
 * nominations with their conditions, closing, scores or votes, publication and the decision.
 */
@Controller
class PromotionController {

	private final PromotionDesk desk;

	private final MessageSource messages;

	private final Clock clock;

	private final vn.congvu.promotion.PromotionDocuments documents;

	private final vn.congvu.organization.UnitChoices unitChoices;

	private final vn.congvu.catalog.Catalog catalog;

	PromotionController(PromotionDesk desk, MessageSource messages, Clock clock,
			vn.congvu.promotion.PromotionDocuments documents, vn.congvu.organization.UnitChoices unitChoices,
			vn.congvu.catalog.Catalog catalog) {
		this.catalog = catalog;
		this.unitChoices = unitChoices;
		this.documents = documents;
		this.desk = desk;
		this.messages = messages;
		this.clock = clock;
	}

	/** The round's documents: the notice of the results and the decision, as DOCX or PDF. */
	@GetMapping("/promotion/exams/{id}/{document:results|decision}.{format:docx|pdf}")
	org.springframework.http.ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String document,
			@PathVariable String format) throws java.io.IOException {
		var doc = document.equals("results") ? documents.results(id) : documents.decision(id);
		return vn.congvu.shared.web.Downloads.document(doc, document + "-" + id, format);
	}

	@GetMapping("/promotion/exams")
	String list(Model model) {
		model.addAttribute("exams", desk.exams());
		model.addAttribute("units", scopeUnits());
		model.addAttribute("ranks", catalog.ranks(LocalDate.now(clock)));
		model.addAttribute("today", Formats.DATE.format(LocalDate.now(clock)));
		return "promotion/exams";
	}

	@PostMapping("/promotion/exams")
	String create(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		try {
			var exam = desk.create(new PromotionDesk.NewExam(number(form.get("authorityUnitId")), form.get("title"),
					form.get("targetRankCode"), date(form.get("heldOn")), integer(form.get("quota"))));
			return "redirect:/promotion/exams/" + exam.id();
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("stepError", text(ex));
			return "redirect:/promotion/exams";
		}
	}

	@GetMapping("/promotion/exams/{id}")
	String exam(@PathVariable long id, Model model) {
		model.addAttribute("exam", desk.exam(id));
		model.addAttribute("nominations", desk.nominations(id));
		var names = new java.util.HashMap<String, String>();
		catalog.ranks(LocalDate.now(clock)).forEach(r -> names.put(r.code(), r.code() + " " + r.name()));
		model.addAttribute("rankNames", names);
		model.addAttribute("today", Formats.DATE.format(LocalDate.now(clock)));
		return "promotion/exam";
	}

	@PostMapping("/promotion/exams/{id}/nominations")
	String nominate(@PathVariable long id, @RequestParam(required = false) @Nullable String officialIds,
			RedirectAttributes redirect) {
		return step(id, redirect, "promotion.page.nominated", () -> {
			var ids = new ArrayList<Long>();
			for (var part : (officialIds == null ? "" : officialIds).split("[,;\\s]+")) {
				if (!part.isBlank()) {
					var n = number(part);
					if (n == null) {
						throw new InvalidInputException("officialIds", "promotion.page.badIds");
					}
					ids.add(n);
				}
			}
			if (ids.isEmpty()) {
				throw new InvalidInputException("officialIds", "promotion.page.badIds");
			}
			desk.nominate(id, ids);
		});
	}

	@PostMapping("/promotion/exams/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect) {
		return step(id, redirect, "promotion.page.closed", () -> desk.closeNominations(id));
	}

	@PostMapping("/promotion/exams/{id}/scores")
	String scores(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return step(id, redirect, "promotion.page.marked", () -> {
			var marks = new ArrayList<PromotionDesk.@Nullable Mark>();
			for (var n : desk.nominations(id)) {
				if (!n.eligible()) {
					continue;
				}
				var key = String.valueOf(n.officialId());
				boolean absent = form.containsKey("absent-" + key);
				var score = decimal(form.get("score-" + key), "score");
				var votesFor = integer(form.get("for-" + key));
				if (!absent && score == null && votesFor == null) {
					continue;
				}
				marks.add(new PromotionDesk.Mark(n.officialId(), absent, score, votesFor,
						integer(form.get("cast-" + key)), integer(form.get("members"))));
			}
			desk.mark(id, marks);
		});
	}

	@PostMapping("/promotion/exams/{id}/publish")
	String publish(@PathVariable long id, @RequestParam(required = false) @Nullable String publishedOn,
			RedirectAttributes redirect) {
		return step(id, redirect, "promotion.page.published", () -> desk.publish(id, date(publishedOn), null));
	}

	@PostMapping("/promotion/exams/{id}/decision")
	String decide(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return step(id, redirect, "promotion.page.decided", () -> {
			@SuppressWarnings("NullAway")
			var decision = new DecisionRef(form.get("decisionNumber"), date(form.get("decisionDate")),
					form.get("decisionIssuer"));
			desk.decide(id, decision, form.get("signer"), null);
		});
	}

	private String step(long id, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (DomainException ex) {
			redirect.addFlashAttribute("stepError", text(ex));
		}
		return "redirect:/promotion/exams/" + id;
	}

	/** The units the caller may name, valid today, as a tree with each parent's name (UnitChoices). */
	private List<vn.congvu.organization.UnitChoices.Choice> scopeUnits() {
		return unitChoices.on(LocalDate.now(clock));
	}

	private String text(DomainException ex) {
		return messages.getMessage(ex.messageCode(), ex.arguments(), ex.messageCode(), LocaleContextHolder.getLocale());
	}





}
