package vn.congvu.shared.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.congvu.shared.DomainException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.ProblemTypes;

/**
 * Builds RFC 9457 problem details for the API: a stable type, a title, and the detail in the caller's language
 * (English when the request's Accept-Language prefers it, Vietnamese otherwise), plus both wordings under
 * {@code messages}, so that a client can show either.
 */
@Component
public class ProblemFactory {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	ProblemFactory(MessageSource messages) {
		this.messages = messages;
	}

	public ProblemDetail create(HttpStatusCode status, URI type, String messageCode, Object... args) {
		var problem = ProblemDetail.forStatus(status);
		problem.setType(type);
		var locale = requestLocale();
		problem.setTitle(messages.getMessage("problem.title." + status.value(), null, "Error", locale));
		problem.setDetail(messages.getMessage(messageCode, args, messageCode, locale));
		var both = new LinkedHashMap<String, String>();
		both.put("vi", messages.getMessage(messageCode, args, messageCode, VIETNAMESE));
		both.put("en", messages.getMessage(messageCode, args, messageCode, Locale.ENGLISH));
		problem.setProperty("messages", both);
		return problem;
	}

	public ProblemDetail of(DomainException ex) {
		var status = switch (ex.kind()) {
			case INVALID -> HttpStatusCode.valueOf(400);
			case NOT_FOUND -> HttpStatusCode.valueOf(404);
			case CONFLICT -> HttpStatusCode.valueOf(409);
		};
		var problem = create(status, ProblemTypes.of(ex.problemSlug()), ex.messageCode(), ex.arguments());
		if (ex instanceof InvalidInputException invalid) {
			problem.setProperty("field", invalid.field());
		}
		return problem;
	}

	/** The problem as the JSON members RFC 9457 names, extensions at the top level. */
	public static java.util.Map<String, Object> asMap(ProblemDetail problem) {
		var map = new LinkedHashMap<String, Object>();
		map.put("type", problem.getType().toString());
		if (problem.getTitle() != null) {
			map.put("title", problem.getTitle());
		}
		map.put("status", problem.getStatus());
		if (problem.getDetail() != null) {
			map.put("detail", problem.getDetail());
		}
		if (problem.getInstance() != null) {
			map.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			map.putAll(problem.getProperties());
		}
		return map;
	}

	public String message(String code, Object[] args, Locale locale) {
		return messages.getMessage(code, args, code, locale);
	}

	/** The language of an API answer: English if the client asks for it first, else Vietnamese. */
	public static Locale requestLocale() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			var header = attributes.getRequest().getHeader("Accept-Language");
			if (header != null && !header.isBlank()) {
				try {
					var ranges = Locale.LanguageRange.parse(header);
					var best = Locale.lookup(ranges, java.util.List.of(VIETNAMESE, Locale.ENGLISH));
					if (best != null) {
						return best;
					}
				}
				catch (IllegalArgumentException ignored) {
					// a malformed header: answer in the default language
				}
			}
		}
		return VIETNAMESE;
	}

}
