package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bad-input corpus, generated from the OpenAPI document: every property of every JSON body (nested ones too) and
 * every query parameter gets what a careless or hostile client sends — malformed JSON, the wrong type, a fraction for
 * a whole number, a 30 February, an unknown code, NUL, half a surrogate pair, combining marks, empty and huge strings,
 * a period that ends before it starts. The answers: never a 5xx, never a write (the module tables are the same after
 * the corpus), and a refusal that names the field. Bodies are sent by Home Affairs to ids that do not exist, so that
 * no mutation that happens to be valid can change anything.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class BadInputCorpusIntegrationTests {

	static final String HOME_AFFAIRS = basic("demo.sonoivu", "Demo@2021!");

	static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?\\}");

	/** Path parameters that are not record ids. */
	static final Map<String, String> VALUES = Map.of("format", "pdf", "code", "A1", "list", "ethnic-groups", "year",
			"2026", "jobId", "7f3c0000-0000-4000-8000-000000000000");

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	JsonNode docs;

	record Sent(String what, HttpResponse<String> response) {
	}

	@Test
	void everyBodyAndQueryParameterRefusesBadInputNamingTheField() {
		var api = TestHttp.api(port);
		docs = json.readTree(api.get("/v3/api-docs", "Authorization", HOME_AFFAIRS).body());
		var before = AccessMatrixIntegrationTests.fingerprint(jdbc);
		var failures = new ArrayList<String>();
		int bodies = 0;
		int queries = 0;
		for (var path : docs.get("paths").properties()) {
			if (!path.getKey().startsWith("/api/v1/")) {
				continue;
			}
			var url = fill(path.getKey());
			for (var operation : path.getValue().properties()) {
				var method = operation.getKey().toUpperCase();
				var schema = operation.getValue().at("/requestBody/content/application~1json/schema");
				if (!schema.isMissingNode()) {
					for (var sent : bodyCorpus(api, method, url, resolve(schema))) {
						bodies++;
						judge(failures, method + " " + path.getKey(), sent);
					}
				}
				for (var parameter : operation.getValue().path("parameters")) {
					if (method.equals("GET") && parameter.path("in").asString("").equals("query")) {
						for (var sent : queryCorpus(api, url, parameter)) {
							queries++;
							judge(failures, "GET " + path.getKey(), sent);
						}
					}
				}
				if (method.equals("GET")) {
					var names = new ArrayList<String>();
					operation.getValue().path("parameters").forEach(p -> names.add(p.path("name").asString("")));
					for (var pair : List.of(List.of("from", "to"), List.of("periodFrom", "periodTo"),
							List.of("dateFrom", "dateTo"))) {
						if (names.containsAll(pair)) {
							var reversed = send(api, "GET", url + "?" + pair.get(0) + "=2026-12-31&" + pair.get(1)
									+ "=2026-01-01", null);
							queries++;
							if (reversed.statusCode() != 400 || !reversed.body().contains("\"field\":\"" + pair.get(1) + "\"")) {
								failures.add("GET " + path.getKey() + " with a reversed period: " + reversed.statusCode()
										+ " " + abbreviate(reversed.body()));
							}
						}
					}
				}
			}
		}
		assertThat(AccessMatrixIntegrationTests.fingerprint(jdbc)).as("module tables after the corpus").isEqualTo(before);
		assertThat(bodies).as("body mutations sent").isGreaterThan(300);
		assertThat(queries).as("query mutations sent").isGreaterThan(100);
		assertThat(failures).as("%d body and %d query mutations", bodies, queries).isEmpty();
	}

	private void judge(List<String> failures, String endpoint, Sent sent) {
		int status = sent.response().statusCode();
		var body = sent.response().body() == null ? "" : sent.response().body();
		if (status >= 500) {
			failures.add(endpoint + " " + sent.what() + ": " + status + " " + abbreviate(body));
			return;
		}
		if (sent.what().startsWith("body ") && status < 400) {
			failures.add(endpoint + " " + sent.what() + " was accepted: " + status);
			return;
		}
		var field = sent.what().replaceFirst(".*\\bfield=(\\S+).*", "$1");
		boolean named = body.contains("\"field\":\"" + field + "\"") || body.contains("\"field\" : \"" + field + "\"");
		if (sent.what().contains("must name") && !(status == 400 && named)) {
			failures.add(endpoint + " " + sent.what() + ": " + status + " " + abbreviate(body));
		}
		if (status == 400 && !body.contains("\"type\"")) {
			failures.add(endpoint + " " + sent.what() + ": 400 without a problem document: " + abbreviate(body));
		}
	}

	/** Mutations of a JSON body: the whole body, then each property (recursively), alone in its object. */
	private List<Sent> bodyCorpus(TestHttp api, String method, String url, JsonNode schema) {
		var sent = new ArrayList<Sent>();
		sent.add(new Sent("body malformed", send(api, method, url, "{\"a\":")));
		sent.add(new Sent("body an array", send(api, method, url, "[]")));
		sent.add(new Sent("body a string", send(api, method, url, "\"text\"")));
		sent.add(new Sent("body empty", send(api, method, url, "")));
		sent.add(new Sent("body 2 MB", send(api, method, url, "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}")));
		properties(schema, "", (path, property) -> {
			for (var mutation : mutations(property)) {
				var body = nest(path, mutation.json());
				var what = "body field=" + path + " " + mutation.name() + (mutation.mustName() ? " must name" : "");
				sent.add(new Sent(what, send(api, method, url, body)));
			}
		});
		return sent;
	}

	record Mutation(String name, String json, boolean mustName) {
	}

	/** What to put in a property of this schema; {@code mustName}: refused while reading the body, naming it. */
	private List<Mutation> mutations(JsonNode property) {
		var type = property.path("type").asString("");
		var format = property.path("format").asString("");
		var list = new ArrayList<Mutation>();
		list.add(new Mutation("an object", "{\"nested\":{}}", !type.equals("object") && !type.isEmpty()));
		switch (type) {
			case "integer" -> {
				list.add(new Mutation("a fraction", "1.7", true));
				list.add(new Mutation("a word", "\"seven\"", true));
				list.add(new Mutation("too large", "99999999999999999999999", true));
			}
			case "number" -> list.add(new Mutation("a word", "\"seven\"", true));
			case "boolean" -> list.add(new Mutation("a word", "\"maybe\"", true));
			case "array" -> list.add(new Mutation("a string", "\"x\"", true));
			case "string" -> {
				if (format.equals("date")) {
					list.add(new Mutation("30 February", "\"2021-02-30\"", true));
					list.add(new Mutation("month 13", "\"2021-13-01\"", true));
					list.add(new Mutation("a Vietnamese date", "\"30/04/2021\"", true));
				}
				else if (property.has("enum")) {
					list.add(new Mutation("an unknown code", "\"NO_SUCH_CODE\"", true));
				}
				else {
					list.add(new Mutation("NUL", "\"a\\u0000b\"", true));
					list.add(new Mutation("half a surrogate pair", "\"a\\ud800b\"", true));
					list.add(new Mutation("combining marks", "\"Nguye\\u0302\\u0303n\"", false));
					list.add(new Mutation("empty", "\"\"", false));
					list.add(new Mutation("blank", "\"   \"", false));
					list.add(new Mutation("100,000 characters", "\"" + "x".repeat(100_000) + "\"", false));
				}
			}
			default -> {
			}
		}
		return list;
	}

	@FunctionalInterface
	interface PropertyVisitor {

		void visit(String path, JsonNode property);

	}

	/** Walks the properties of an object schema, and of the objects it holds. */
	private void properties(JsonNode schema, String prefix, PropertyVisitor visitor) {
		for (var property : schema.path("properties").properties()) {
			var path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
			var resolved = resolve(property.getValue());
			visitor.visit(path, resolved);
			if (resolved.path("type").asString("").equals("object") || resolved.has("properties")) {
				if (prefix.split("\\.").length < 3) {
					properties(resolved, path, visitor);
				}
			}
		}
	}

	/** {@code {"a":{"b":value}}} for the path {@code a.b}. */
	private static String nest(String path, String value) {
		var parts = path.split("\\.");
		var json = new StringBuilder();
		for (var part : parts) {
			json.append("{\"").append(part).append("\":");
		}
		json.append(value);
		json.append("}".repeat(parts.length));
		return json.toString();
	}

	private JsonNode resolve(JsonNode schema) {
		var ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return docs.at("/components/schemas/" + ref.substring("#/components/schemas/".length()));
		}
		if (schema.has("allOf") && schema.get("allOf").size() == 1) {
			return resolve(schema.get("allOf").get(0));
		}
		return schema;
	}

	/** Mutations of one query parameter, alone. */
	private List<Sent> queryCorpus(TestHttp api, String url, JsonNode parameter) {
		var name = parameter.path("name").asString("");
		var schema = resolve(parameter.path("schema"));
		var type = schema.path("type").asString("");
		var format = schema.path("format").asString("");
		var values = new LinkedHashMap<String, String>();
		String must = " must name";
		switch (type) {
			case "integer" -> {
				values.put("a fraction" + must, "1.5");
				values.put("a word" + must, "seven");
			}
			case "boolean" -> values.put("a word" + must, "maybe");
			case "string" -> {
				if (format.equals("date")) {
					// (30/04/2021 is a date too: the pages' forms send dates as Vietnamese write them)
					values.put("30 February" + must, "2021-02-30");
					values.put("month 13" + must, "2021-13-01");
				}
				else if (schema.has("enum")) {
					values.put("an unknown code" + must, "NO_SUCH_CODE");
				}
			}
			default -> {
			}
		}
		var raw = new LinkedHashMap<String, String>();
		raw.put("NUL", "a%00b");
		raw.put("bytes that are not UTF-8 must name", "%ED%A0%80%FF");
		// (a broken escape, "50%", cannot be sent by Java's client at all: QueryTextTests checks it)
		raw.put("combining marks", "Nguye%CC%82%CC%83n");
		raw.put("empty", "");
		raw.put("5,000 characters", "x".repeat(5000));
		var sent = new ArrayList<Sent>();
		values.forEach((what, value) -> sent.add(new Sent("query field=" + name + " " + what,
				send(api, "GET", url + "?" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8), null))));
		raw.forEach((what, value) -> sent.add(new Sent("query field=" + name + " " + what,
				send(api, "GET", url + "?" + name + "=" + value, null))));
		return sent;
	}

	private HttpResponse<String> send(TestHttp api, String method, String url, String body) {
		if (body == null) {
			return api.get(url, "Authorization", HOME_AFFAIRS);
		}
		return api.json(method, url, body, "Authorization", HOME_AFFAIRS);
	}

	/** Every path parameter filled with an id no record has, or a plain value. */
	private static String fill(String path) {
		var matcher = PARAMETER.matcher(path);
		var filled = new StringBuilder();
		while (matcher.find()) {
			var value = path.contains("/indicators/{code}") ? "personnel.headcount"
					: VALUES.getOrDefault(matcher.group(1), Long.toString(AccessMatrixIntegrationTests.MISSING));
			matcher.appendReplacement(filled, value);
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

}
