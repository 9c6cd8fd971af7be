package vn.congvu.shared.web;

import java.text.Normalizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string in a JSON body is text, or the request is refused naming its field: JSON's {@code \\u} escapes can
 * carry what no UTF-8 form or file can, half of a surrogate pair (PostgreSQL would store it as "?") or a control
 * character such as NUL (which PostgreSQL refuses). Tab, line feed and carriage return stay. Text is kept in Unicode's
 * composed form (NFC), so that "Nguyễn" typed on a system that decomposes accents finds and matches the same name.
 */
@Configuration(proxyBeanMethods = false)
class JsonText {

	@Bean
	JacksonModule textOnlyStrings() {
		return new SimpleModule("congvu-text").addDeserializer(String.class, new TextOnly());
	}

	/** The standard string reading, then the check. */
	static final class TextOnly extends StringDeserializer {

		@Override
		public String deserialize(JsonParser p, DeserializationContext ctxt) {
			var value = super.deserialize(p, ctxt);
			return value == null ? null : text(p, value);
		}

	}

	static String text(JsonParser p, String value) {
		if (!vn.congvu.shared.Texts.isText(value, true)) {
			throw new NotText(p);
		}
		return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
				: Normalizer.normalize(value, Normalizer.Form.NFC);
	}

	/** A string that is not text; answered as a problem that names the field. */
	static final class NotText extends MismatchedInputException {

		private static final long serialVersionUID = 1L;

		NotText(JsonParser p) {
			super(p, "A string holds a control character or half of a surrogate pair", String.class);
		}

	}

}
