package vn.congvu.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import vn.congvu.shared.DomainException;

/**
 * Failures of page requests that the page itself did not turn into a form message end on a plain error page in the
 * user's language: what went wrong and where to go next, never a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler
	ModelAndView on(DomainException ex) {
		var status = switch (ex.kind()) {
			case INVALID -> HttpStatus.BAD_REQUEST;
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case CONFLICT -> HttpStatus.CONFLICT;
		};
		return page(status, ex.messageCode(), ex.arguments());
	}

	@ExceptionHandler
	ModelAndView on(AccessDeniedException ex) {
		return page(HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	@ExceptionHandler
	ModelAndView on(ConcurrencyFailureException ex) {
		return page(HttpStatus.CONFLICT, "problem.editConflict");
	}

	@ExceptionHandler
	ModelAndView on(DataIntegrityViolationException ex) {
		log.warn("Integrity violation answered as a conflict: {}", ex.getMostSpecificCause().getMessage());
		return page(HttpStatus.CONFLICT, "problem.integrity");
	}

	@ExceptionHandler
	ModelAndView on(org.springframework.beans.InvalidPropertyException ex) {
		return page(HttpStatus.BAD_REQUEST, "problem.status.400");
	}

	@ExceptionHandler
	ModelAndView on(org.springframework.web.multipart.MaxUploadSizeExceededException ex) {
		return page(HttpStatus.PAYLOAD_TOO_LARGE, "problem.tooLarge");
	}

	@ExceptionHandler
	ModelAndView on(MethodArgumentTypeMismatchException ex) {
		return page(HttpStatus.BAD_REQUEST, "problem.parameter", ex.getName());
	}

	@ExceptionHandler
	ModelAndView on(Exception ex) {
		var incident = java.util.UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected failure on a page, incident {}", incident, ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "problem.serverError", incident);
	}

	private static ModelAndView page(HttpStatus status, String messageCode, Object... args) {
		var view = new ModelAndView("error/problem");
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("messageCode", messageCode);
		view.addObject("messageArgs", args);
		return view;
	}

}
