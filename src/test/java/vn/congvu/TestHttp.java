package vn.congvu;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for tests against the running application: API calls with HTTP Basic, and page sessions with
 * cookies and the CSRF token of the last page read.
 */
public final class TestHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private String csrf = "";

	private TestHttp(String base, HttpClient client) {
		this.base = base;
		this.client = client;
	}

	/** A client without cookies, for the API. */
	public static TestHttp api(int port) {
		return new TestHttp("http://localhost:" + port, HttpClient.newBuilder().build());
	}

	/** A client with a cookie jar, like a browser, that does not follow redirects. */
	public static TestHttp browser(int port) {
		return new TestHttp("http://localhost:" + port,
				HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
	}

	/** The id of the unit holding an administrative code on a date, as Home Affairs of the demo province sees it. */
	public long unitId(String date, String code) {
		var units = get("/api/v1/units?asOf=" + date, "Authorization", basic("demo.sonoivu", "Demo@2021!")).body();
		var matcher = Pattern.compile("\"id\":(\\d+),\"code\":\"" + Pattern.quote(code) + "\"").matcher(units);
		if (!matcher.find()) {
			throw new AssertionError("no unit with code " + code + " on " + date);
		}
		return Long.parseLong(matcher.group(1));
	}

	public static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public HttpResponse<String> get(String path, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (headers.length > 0) {
			builder.headers(headers);
		}
		var response = send(builder.build());
		var matcher = CSRF.matcher(response.body());
		if (matcher.find()) {
			csrf = matcher.group(1);
		}
		return response;
	}

	/** The body of a GET as bytes (documents). */
	public byte[] bytes(String path, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create(base + path)).GET();
		if (headers.length > 0) {
			builder.headers(headers);
		}
		try {
			var response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> json(String method, String path, String body, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return send(builder.build());
	}

	/** Posts a form; with {@code withCsrf} the token of the last page read is added. */
	public HttpResponse<String> form(String path, Map<String, String> fields, boolean withCsrf) {
		var all = new java.util.LinkedHashMap<>(fields);
		if (withCsrf) {
			all.put("_csrf", csrf);
		}
		var body = all.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.build());
	}

	/** Posts a file as multipart/form-data (field {@code file}) with further text fields. */
	public HttpResponse<String> upload(String path, String fileName, byte[] content, Map<String, String> fields,
			String... headers) {
		var boundary = "----congvu" + System.nanoTime();
		var out = new java.io.ByteArrayOutputStream();
		try {
			for (var field : fields.entrySet()) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
						+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
			}
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		var builder = HttpRequest.newBuilder(URI.create(base + path))
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary);
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return send(builder.build());
	}

	/** The cookies this client holds, as a {@code Cookie} header's value (for a leaner client to go on with). */
	public String cookieHeader() {
		var jar = (CookieManager) client.cookieHandler().orElseThrow();
		return String.join("; ", jar.getCookieStore().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
			.toList());
	}

	/** Signs in through the login form; returns the response to the form post. */
	public HttpResponse<String> signIn(String username, String password) {
		get("/login");
		return form("/login", Map.of("username", username, "password", password), true);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
