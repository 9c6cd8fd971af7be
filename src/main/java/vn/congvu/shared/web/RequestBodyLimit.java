package vn.congvu.shared.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import vn.congvu.shared.ProblemTypes;

/**
 * No request body beyond {@code congvu.web.max-body-bytes} (1 MB by default: the largest form or JSON body of the
 * application is a few kilobytes), read or not: a body announced bigger is refused at once with 413 and a problem
 * document, and one sent without its length (chunked) is cut where it passes the limit, the read then failing with
 * {@link TooLarge} (also 413). Four bodies of 148 MB used to exhaust the heap. Uploads (multipart) have their own limits,
 * {@code spring.servlet.multipart.*}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	/** A body read past the limit. */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("The request body is larger than " + limit + " bytes");
		}

	}

	private final long limit;

	private final ProblemFactory problems;

	private final JsonMapper json;

	RequestBodyLimit(@Value("${congvu.web.max-body-bytes:1048576}") long limit, ProblemFactory problems,
			JsonMapper json) {
		this.limit = limit;
		this.problems = problems;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > limit) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new Limited(request, limit), response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		// the client may still be sending: the connection closes after this answer instead of reading the rest
		response.setHeader("Connection", "close");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			var problem = problems.create(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.of("too-large"), "problem.tooLarge");
			problem.setInstance(java.net.URI.create(request.getRequestURI()));
			json.writeValue(response.getOutputStream(), ProblemFactory.asMap(problem));
		}
		else {
			response.sendError(HttpStatus.PAYLOAD_TOO_LARGE.value());
		}
	}

	/** The request, its body cut at the limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				var in = super.getInputStream();
				stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws TooLarge {
						read += n;
						if (read > limit) {
							throw new TooLarge(limit);
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}

				};
			}
			return stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			var encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), encoding));
		}

	}

}
