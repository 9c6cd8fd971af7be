package vn.congvu.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.congvu.shared.ProblemTypes;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query string is UTF-8 text, or the request is refused with 400 naming the parameter: percent-escaped bytes that
 * decode to no character ({@code %ED%A0%80}, half a surrogate pair; {@code %FF}) or a broken escape ({@code 50%})
 * used to end in a 500, since the servlet container throws when the application first asks for a parameter. Checked
 * before anything reads one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class QueryText extends OncePerRequestFilter {

	private final ProblemFactory problems;

	private final JsonMapper json;

	QueryText(ProblemFactory problems, JsonMapper json) {
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var undecodable = undecodable(request.getQueryString());
		if (undecodable.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			var problem = problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, "problem.notText",
					undecodable.get());
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			problem.setProperty("field", undecodable.get());
			json.writeValue(response.getOutputStream(), ProblemFactory.asMap(problem));
		}
		else {
			response.sendError(HttpStatus.BAD_REQUEST.value());
		}
	}

	/** The name of the first parameter whose name or value is not UTF-8 once unescaped; empty if all are. */
	static Optional<String> undecodable(String query) {
		if (query == null || query.indexOf('%') < 0) { // nothing escaped: nothing to decode
			return Optional.empty();
		}
		for (var pair : query.split("&")) {
			int equals = pair.indexOf('=');
			var name = equals < 0 ? pair : pair.substring(0, equals);
			var value = equals < 0 ? "" : pair.substring(equals + 1);
			var decodedName = decode(name);
			if (decodedName.isEmpty()) {
				return Optional.of("?");
			}
			if (decode(value).isEmpty()) {
				return decodedName;
			}
		}
		return Optional.empty();
	}

	/** Strict percent-decoding to UTF-8; empty when an escape is broken or the bytes are no text. */
	private static Optional<String> decode(String text) {
		var bytes = new ByteArrayOutputStream(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%') {
				if (i + 2 >= text.length() || Character.digit(text.charAt(i + 1), 16) < 0
						|| Character.digit(text.charAt(i + 2), 16) < 0) {
					return Optional.empty(); // "50%", "%zz": the container cannot decode them either
				}
				bytes.write(Character.digit(text.charAt(i + 1), 16) * 16 + Character.digit(text.charAt(i + 2), 16));
				i += 2;
			}
			else if (c == '+') {
				bytes.write(' ');
			}
			else {
				var encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(encoded, 0, encoded.length);
			}
		}
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes.toByteArray()))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

}
