package vn.congvu.reporting;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a record behind a figure is, in words: its code (a decision's kind, a person's category, a unit's standing) as
 * the page and the appendix print it, never the code itself.
 */
@Component("recordLabels")
public class RecordLabels {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	RecordLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** The label in the page's language. */
	public String what(String code) {
		return what(code, LocaleContextHolder.getLocale());
	}

	/** The label in Vietnamese, for documents. */
	public String whatVietnamese(String code) {
		return what(code, VIETNAMESE);
	}

	private static final String[] LISTS = { "personnel.kind.", "personnel.category.", "reporting.record.",
			"staffing.rule.", "promotion.path.", "recruitment.application." };

	private String what(String code, Locale locale) {
		if (code.contains(",")) {
			// a unit's standing: the rules it breaks
			var labels = new java.util.ArrayList<String>();
			for (var part : code.split(",")) {
				labels.add(what(part, locale));
			}
			return String.join("; ", labels);
		}
		for (var prefix : LISTS) {
			var label = messages.getMessage(prefix + code, null, null, locale);
			if (label != null) {
				return label;
			}
		}
		// a rank's code (the rank promoted to) and anything else: as recorded
		return code;
	}

}
