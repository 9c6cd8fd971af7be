package vn.congvu.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.congvu.shared.DomainException;
import vn.congvu.shared.ProblemTypes;

/**
 * Turns every failure of an API call into a problem detail with a stable type and a message in Vietnamese and
 * English. Nothing reaches the client as a stack trace; unexpected failures are logged with an id the client sees.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final ProblemFactory problems;

	ApiProblems(ProblemFactory problems) {
		this.problems = problems;
	}

	@ExceptionHandler
	ProblemDetail on(DomainException ex) {
		return problems.of(ex);
	}

	@ExceptionHandler
	ProblemDetail on(MethodArgumentNotValidException ex) {
		var problem = problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, "problem.validation");
		var errors = new ArrayList<Map<String, String>>();
		ex.getBindingResult().getFieldErrors().forEach(error -> {
			var entry = new LinkedHashMap<String, String>();
			entry.put("field", error.getField());
			entry.put("message", problems.message(error.getDefaultMessage() == null ? "problem.validation"
					: error.getDefaultMessage(), error.getArguments(), ProblemFactory.requestLocale()));
			errors.add(entry);
		});
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof RequestBodyLimit.TooLarge) {
				return problems.create(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.of("too-large"), "problem.tooLarge");
			}
			if (cause instanceof JsonText.NotText notText && !notText.getPath().isEmpty()) {
				var field = field(notText.getPath());
				var problem = problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, "problem.notText",
						field);
				problem.setProperty("field", field);
				return problem;
			}
			if (cause instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()) {
				// a value of the wrong kind (a fraction for a whole number, a word for a date): name its field
				var field = field(json.getPath());
				var problem = problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT,
						"problem.unreadableField", field);
				problem.setProperty("field", field);
				return problem;
			}
		}
		return problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, "problem.unreadable");
	}

	/** A JSON path as the API's fields are named: {@code marks[0].officialId}. */
	static String field(java.util.List<tools.jackson.core.JacksonException.Reference> path) {
		var field = new StringBuilder();
		for (var step : path) {
			if (step.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
			}
			else if (step.getIndex() >= 0) {
				field.append('[').append(step.getIndex()).append(']');
			}
		}
		return field.toString();
	}

	@ExceptionHandler
	ProblemDetail on(MethodArgumentTypeMismatchException ex) {
		var problem = problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, "problem.parameter",
				ex.getName());
		problem.setProperty("field", ex.getName());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(MissingServletRequestParameterException ex) {
		var problem = problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, "problem.missingParameter",
				ex.getParameterName());
		problem.setProperty("field", ex.getParameterName());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail on(ConcurrencyFailureException ex) {
		return problems.create(HttpStatus.CONFLICT, ProblemTypes.EDIT_CONFLICT, "problem.editConflict");
	}

	@ExceptionHandler
	ProblemDetail on(DataIntegrityViolationException ex) {
		if (ex.getMostSpecificCause() instanceof java.sql.SQLException sql && "22021".equals(sql.getSQLState())) {
			// a character the database cannot hold (NUL): the input is wrong, nothing conflicts
			return problems.create(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_INPUT, "problem.invalidCharacter");
		}
		log.warn("Integrity violation answered as a conflict: {}", ex.getMostSpecificCause().getMessage());
		return problems.create(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "problem.integrity");
	}

	@ExceptionHandler
	ProblemDetail on(AccessDeniedException ex) {
		return problems.create(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "problem.forbidden");
	}

	@ExceptionHandler
	ProblemDetail on(NoResourceFoundException ex) {
		return problems.create(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "problem.notFound");
	}

	@ExceptionHandler
	ProblemDetail on(HttpRequestMethodNotSupportedException ex) {
		return problems.create(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.of("method-not-allowed"),
				"problem.methodNotAllowed");
	}

	@ExceptionHandler
	ProblemDetail on(HttpMediaTypeNotSupportedException ex) {
		return problems.create(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.of("unsupported-media-type"),
				"problem.mediaType");
	}

	@ExceptionHandler
	ProblemDetail on(MaxUploadSizeExceededException ex) {
		return problems.create(HttpStatus.PAYLOAD_TOO_LARGE, ProblemTypes.of("too-large"), "problem.tooLarge");
	}

	@ExceptionHandler
	ProblemDetail on(Exception ex) {
		var incident = java.util.UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected failure, incident {}", incident, ex);
		var problem = problems.create(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.SERVER_ERROR,
				"problem.serverError", incident);
		problem.setProperty("incident", incident);
		return problem;
	}

}
