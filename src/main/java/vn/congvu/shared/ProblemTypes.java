package vn.congvu.shared;

import java.net.URI;

/**
 * Stable problem types (RFC 9457) of the API. Clients compare these URIs; they never change meaning.
 */
public final class ProblemTypes {

	public static final String BASE = "https://congvu.vn/problems/";

	public static final URI INVALID_INPUT = of("invalid-input");

	public static final URI NOT_FOUND = of("not-found");

	public static final URI CONFLICT = of("conflict");

	public static final URI EDIT_CONFLICT = of("edit-conflict");

	public static final URI UNAUTHENTICATED = of("unauthenticated");

	public static final URI FORBIDDEN = of("forbidden");

	public static final URI SERVER_ERROR = of("server-error");

	private ProblemTypes() {
	}

	public static URI of(String slug) {
		return URI.create(BASE + slug);
	}

}
