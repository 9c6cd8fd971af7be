package vn.congvu.shared.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import vn.congvu.shared.ProblemTypes;

/**
 * Requests that match no controller at all (an unknown address, a method or content type nobody takes): an API
 * client gets a problem detail, a person gets the error page in their language.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class UnmatchedRequests {

	private final ProblemFactory problems;

	UnmatchedRequests(ProblemFactory problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	Object on(NoResourceFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "not-found", "problem.notFound", "problem.status.404");
	}

	/** No controller and no static file answers the address (static files are only /css and /webjars). */
	@ExceptionHandler
	Object on(org.springframework.web.servlet.NoHandlerFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "not-found", "problem.notFound", "problem.status.404");
	}

	@ExceptionHandler
	Object on(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "problem.methodNotAllowed",
				"problem.status.405");
	}

	@ExceptionHandler
	Object on(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "problem.mediaType",
				"problem.status.415");
	}

	/**
	 * An upload over {@code spring.servlet.multipart}'s limits, refused while the request is read, before any
	 * controller is chosen (it used to end in 413 with an empty body).
	 */
	@ExceptionHandler
	Object on(org.springframework.web.multipart.MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "problem.tooLarge", "problem.tooLarge");
	}

	private Object answer(HttpServletRequest request, HttpStatus status, String slug, String apiMessage,
			String pageMessage) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemFactory.asMap(problems.create(status, ProblemTypes.of(slug), apiMessage)));
		}
		var view = new ModelAndView("error/problem");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("messageCode", pageMessage);
		view.addObject("messageArgs", new Object[0]);
		return view;
	}

}
