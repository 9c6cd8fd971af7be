package vn.congvu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;
import vn.congvu.identity.AccountAdministration.CreateAccount;
import vn.congvu.shared.Role;

/** Sign-in, lockout, CSRF and the API's answers, over real HTTP against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class SecurityIntegrationTests {

	static final String PASSWORD = "Right-Password-1";

	@LocalServerPort
	int port;

	@Autowired
	AccountAdministration administration;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordEncoder passwords;

	private String newAccount(String username) {
		administration.provision(new CreateAccount(username, username, PASSWORD, Role.LEADER,
				accounts.findByUsername("demo.lanhdao").orElseThrow().scopeUnitId()));
		return username;
	}

	@Test
	void sixthAttemptIsRefusedEvenWithTheRightPasswordUntilTheLockEnds() {
		var user = newAccount("lockout.api");
		var api = TestHttp.api(port);
		for (int i = 1; i <= 5; i++) {
			assertThat(api.get("/api/v1/me", "Authorization", basic(user, "wrong-" + i)).statusCode()).isEqualTo(401);
		}
		var refused = api.get("/api/v1/me", "Authorization", basic(user, PASSWORD));
		assertThat(refused.statusCode()).isEqualTo(401);
		var account = accounts.findByUsername(user).orElseThrow();
		assertThat(throttle.accountHeld(account.id(), "127.0.0.1", clock.instant())).isTrue();
		assertThat(account.lockedUntil()).as("held for this address, not locked for everyone").isNull();
		var web = TestHttp.browser(port);
		var page = web.signIn(user, PASSWORD);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
	}

	@Autowired
	SignInThrottle throttle;

	@Autowired
	SignInDesk desk;

	@Autowired
	java.time.Clock clock;

	@Test
	void theHoldOnAnAddressEndsAfterFifteenMinutes() {
		var account = accounts.findByUsername(newAccount("lockout.expiry")).orElseThrow();
		var now = clock.instant();
		for (int i = 0; i < SignInThrottle.PER_ACCOUNT_AND_SOURCE; i++) {
			throttle.failed(account.id(), "192.0.2.15", now);
		}
		assertThat(throttle.accountHeld(account.id(), "192.0.2.15", now.plusSeconds(14 * 60))).isTrue();
		assertThat(throttle.accountHeld(account.id(), "192.0.2.15", now.plusSeconds(15 * 60))).isFalse();
		assertThat(throttle.accountHeld(account.id(), "192.0.2.16", now)).isFalse();
	}

	@Test
	void aStrangersGuessesDoNotLockTheOwnerOut() {
		var user = newAccount("stranger.guesses");
		for (int i = 1; i <= 8; i++) {
			assertThat(desk.attempt(user, "guess-" + i, "203.0.113.7")).isEmpty();
		}
		assertThat(desk.attempt(user, PASSWORD, "203.0.113.7")).as("the stranger's address is held").isEmpty();
		assertThat(desk.attempt(user, PASSWORD, "198.51.100.4")).as("the owner's is not").isPresent();
		assertThat(accounts.findByUsername(user).orElseThrow().lockedUntil()).isNull();
	}

	@Test
	void anAddressGuessingAtManyAccountsIsHeldBackForAll() {
		var limited = new SignInThrottle(jdbc, SignInThrottle.PER_SOURCE);
		var now = clock.instant();
		for (int i = 0; i < SignInThrottle.PER_SOURCE - 1; i++) {
			limited.failed(null, "203.0.113.99", now);
		}
		assertThat(limited.sourceHeld("203.0.113.99", now)).isFalse();
		limited.failed(null, "203.0.113.99", now);
		assertThat(limited.sourceHeld("203.0.113.99", now)).isTrue();
		assertThat(limited.sourceHeld("203.0.113.99", now.plusSeconds(15 * 60))).isFalse();
		assertThat(limited.sourceHeld("203.0.113.98", now)).isFalse();
	}

	@Test
	void aHundredWrongPasswordsInARowLockTheAccountUntilTheOperatorUnlocksIt() throws Exception {
		var user = newAccount("hundred.guesses");
		jdbc.sql("UPDATE identity.account SET failed_attempts = :n WHERE username = :user")
			.param("n", Account.MAX_CONSECUTIVE_FAILURES - 1)
			.param("user", user)
			.update();
		assertThat(desk.attempt(user, "the-hundredth", "203.0.113.50")).isEmpty();
		assertThat(accounts.findByUsername(user).orElseThrow().lockedUntil()).isNotNull();
		assertThat(desk.attempt(user, PASSWORD, "198.51.100.50")).as("locked for every address").isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE action = 'ACCOUNT_LOCKED' AND actor = :user")
			.param("user", user)
			.query(Long.class)
			.single()).isEqualTo(1);

		try (var connection = dataSource.getConnection()) {
			assertThat(AccountConsole.unlock(connection, "Hundred.Guesses", clock.instant())).contains(user);
			assertThat(AccountConsole.unlock(connection, "nobody.at.all", clock.instant())).isEmpty();
		}
		assertThat(desk.attempt(user, PASSWORD, "198.51.100.50")).isPresent();
		assertThat(desk.attempt(user, PASSWORD, "203.0.113.50")).isPresent();
		assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_event WHERE action = 'ACCOUNT_UNLOCKED' AND entity_id = "
				+ "CAST(:id AS text) AND actor = 'system (console)'")
			.param("id", accounts.findByUsername(user).orElseThrow().id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Autowired
	javax.sql.DataSource dataSource;

	@Test
	void fourWrongPasswordsThenTheRightOneSignsInAndResetsTheCount() {
		var user = newAccount("lockout.reset");
		var api = TestHttp.api(port);
		for (int i = 1; i <= 4; i++) {
			api.get("/api/v1/me", "Authorization", basic(user, "wrong"));
		}
		assertThat(api.get("/api/v1/me", "Authorization", basic(user, PASSWORD)).statusCode()).isEqualTo(200);
		assertThat(accounts.findByUsername(user).orElseThrow().failedAttempts()).isZero();
	}

	@Test
	void unknownUserAndWrongPasswordGetTheSameAnswer() {
		newAccount("same.answer");
		var api = TestHttp.api(port);
		var unknown = api.get("/api/v1/me", "Authorization", basic("nobody.here", "whatever-1"));
		var wrong = api.get("/api/v1/me", "Authorization", basic("same.answer", "whatever-1"));
		assertThat(unknown.statusCode()).isEqualTo(401).isEqualTo(wrong.statusCode());
		assertThat(unknown.body()).isEqualTo(wrong.body());
		assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		var web = TestHttp.browser(port);
		assertThat(web.signIn("nobody.here", "whatever-1").headers().firstValue("Location"))
			.isEqualTo(TestHttp.browser(port).signIn("same.answer", "whatever-1").headers().firstValue("Location"));
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** The menu offers each role what it may use, and nothing else (what it offers is checked again at each address). */
	@Test
	void theMenuFollowsTheRole() {
		record Expect(String user, java.util.List<String> shown) {
		}
		var all = java.util.List.of("/officials", "/officials/due", "/officials/import", "/corrections", "/me",
				"/units/restructure", "/admin/accounts", "/audit");
		for (var expect : java.util.List.of(
				new Expect("demo.quantri", java.util.List.of("/units/restructure", "/admin/accounts", "/audit")),
				new Expect("demo.sonoivu", java.util.List.of("/officials", "/officials/due", "/officials/import",
						"/corrections", "/units/restructure", "/admin/accounts", "/audit")),
				new Expect("demo.nhansu", java.util.List.of("/officials", "/officials/due", "/officials/import",
						"/corrections")),
				new Expect("demo.lanhdao", java.util.List.of("/officials", "/officials/due")),
				new Expect("demo.congchuc", java.util.List.of("/me")))) {
			var web = TestHttp.browser(port);
			web.signIn(expect.user(), "Demo@2021!");
			var page = web.get("/units", "Accept", "text/html");
			assertThat(page.statusCode()).isEqualTo(200);
			var menu = page.body().substring(page.body().indexOf("id=\"nav\""), page.body().indexOf("</nav>"));
			for (var link : all) {
				assertThat(menu.contains("href=\"" + link + "\""))
					.as(expect.user() + " " + link)
					.isEqualTo(expect.shown().contains(link));
			}
		}
	}

	/** A password remembered for Basic calls (no BCrypt each time) stops working when reset, and when disabled. */
	@Test
	void aRememberedPasswordEndsWithAResetOrADisable() {
		var user = newAccount("remembered.basic");
		var api = TestHttp.api(port);
		for (int i = 0; i < 3; i++) {
			assertThat(api.get("/api/v1/me", "Authorization", basic(user, PASSWORD)).statusCode()).isEqualTo(200);
		}
		assertThat(api.get("/api/v1/me", "Authorization", basic(user, PASSWORD + "x")).statusCode()).isEqualTo(401);
		long id = accounts.findByUsername(user).orElseThrow().id();
		var admin = basic("demo.quantri", "Demo@2021!");
		assertThat(api.json("POST", "/api/v1/accounts/" + id + "/password", "{\"password\":\"Another-Password-2\"}",
				"Authorization", admin).statusCode()).isEqualTo(200);
		assertThat(api.get("/api/v1/me", "Authorization", basic(user, PASSWORD)).statusCode()).isEqualTo(401);
		assertThat(api.get("/api/v1/me", "Authorization", basic(user, "Another-Password-2")).statusCode())
			.isEqualTo(200);
		assertThat(api.json("POST", "/api/v1/accounts/" + id + "/disable", "", "Authorization", admin).statusCode())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/me", "Authorization", basic(user, "Another-Password-2")).statusCode())
			.isEqualTo(401);
	}

	@Test
	void pageSessionsLiveInPostgresAndExpireAfterThirtyIdleMinutes() {
		var user = newAccount("session.keeper");
		TestHttp.browser(port).signIn(user, PASSWORD);
		var idle = jdbc.sql("SELECT max_inactive_interval FROM platform.spring_session WHERE principal_name = :name")
			.param("name", user)
			.query(Integer.class)
			.list();
		assertThat(idle).containsExactly(30 * 60);
	}

	@Autowired
	org.springframework.session.SessionRepository<?> sessions;

	@Test
	void aPageReadsItsSessionFromTheStoreOnce() {
		var user = newAccount("session.once");
		var web = TestHttp.browser(port);
		web.signIn(user, PASSWORD);
		var reads = ((SavedSessions) sessions).storeReads;
		long before = reads.get();
		for (int i = 0; i < 5; i++) {
			assertThat(web.get("/units").statusCode()).isEqualTo(200);
		}
		// Spring Session alone reads it again after saving it (spring-session#1731): ten reads
		assertThat(reads.get() - before).isEqualTo(5);
	}

	@Test
	void aSessionsLastAccessIsWrittenOnlyWhenTheStoredOneIsAMinuteOld() {
		var user = newAccount("session.quiet");
		var web = TestHttp.browser(port);
		web.signIn(user, PASSWORD);
		var stored = jdbc.sql("SELECT session_id, last_access_time, expiry_time FROM platform.spring_session "
				+ "WHERE principal_name = :name").param("name", user);
		var signedIn = stored.query().singleRow();
		assertThat(web.get("/units").statusCode()).isEqualTo(200);
		assertThat(web.get("/catalog").statusCode()).isEqualTo(200);
		assertThat(stored.query().singleRow()).isEqualTo(signedIn);
		// the stored access made older than the resolution: the next request writes its own
		jdbc.sql("UPDATE platform.spring_session SET last_access_time = last_access_time - 61000, "
				+ "expiry_time = expiry_time - 61000 WHERE principal_name = :name").param("name", user).update();
		long before = System.currentTimeMillis();
		assertThat(web.get("/units").statusCode()).isEqualTo(200);
		var written = stored.query().singleRow();
		assertThat((Long) written.get("last_access_time")).isGreaterThanOrEqualTo(before);
		assertThat((Long) written.get("expiry_time")).isEqualTo((Long) written.get("last_access_time") + 30 * 60 * 1000);
		assertThat(written.get("session_id")).isEqualTo(signedIn.get("session_id"));
		// signing in changes the id of the session that showed the form (against fixation), within the minute: the
		// change is written, or the next page would not find the session
		var again = TestHttp.browser(port);
		again.signIn(user, PASSWORD);
		assertThat(again.get("/units").statusCode()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT count(*) FROM platform.spring_session WHERE principal_name = :name")
			.param("name", user).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void formPostsWithoutCsrfTokenAreRefused() {
		var web = TestHttp.browser(port);
		assertThat(web.signIn("demo.sonoivu", "Demo@2021!").statusCode()).isEqualTo(302);
		assertThat(web.get("/admin/accounts").statusCode()).isEqualTo(200);
		var withoutToken = web.form("/admin/accounts", Map.of("username", "csrf.victim", "displayName", "x",
				"password", "Some-Password-9", "role", "LEADER"), false);
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		assertThat(accounts.findByUsername("csrf.victim")).isEmpty();
		var loginWithoutToken = TestHttp.browser(port)
			.form("/login", Map.of("username", "demo.sonoivu", "password", "Demo@2021!"), false);
		assertThat(loginWithoutToken.statusCode()).isEqualTo(403);
	}

	@Test
	void apiAnswersUnauthenticatedForbiddenAndNotFoundAsProblems() {
		var api = TestHttp.api(port);
		var anonymous = api.get("/api/v1/units");
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
		assertThat(anonymous.body()).contains("\"type\":\"https://congvu.vn/problems/unauthenticated\"");
		var hr = basic("demo.nhansu", "Demo@2021!");
		var forbidden = api.json("POST", "/api/v1/units", "{}", "Authorization", hr);
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("https://congvu.vn/problems/forbidden").contains("\"vi\"").contains("\"en\"");
		assertThat(api.get("/api/v1/accounts", "Authorization", hr).statusCode()).isEqualTo(403);
		var missing = api.get("/api/v1/units/999999999", "Authorization", hr, "Accept-Language", "en");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("No unit with id 999999999");
		assertThat(api.get("/api/v1/units/999999999", "Authorization", hr).body()).contains("Không tìm thấy đơn vị");
		var nowhere = api.get("/api/v1/nowhere", "Authorization", hr);
		assertThat(nowhere.statusCode()).isEqualTo(404);
		assertThat(nowhere.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(nowhere.body()).doesNotContain("Exception").doesNotContain("trace");
	}

	@Test
	void meTellsRoleAndScope() {
		var me = TestHttp.api(port).get("/api/v1/me", "Authorization", basic("demo.nhansu", "Demo@2021!"));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"role\":\"UNIT_HR\"").contains("Phường Bạc Liêu");
	}

	@Test
	void passwordsAreStoredHashed() {
		var user = newAccount("hash.check");
		var stored = accounts.findByUsername(user).orElseThrow().passwordHash();
		assertThat(stored).startsWith("{bcrypt}").doesNotContain(PASSWORD);
		assertThat(passwords.matches(PASSWORD, stored)).isTrue();
	}

	@Test
	void unitHrCannotReachRestructuringOrAccountPages() {
		var web = TestHttp.browser(port);
		web.signIn("demo.nhansu", "Demo@2021!");
		assertThat(web.get("/units").statusCode()).isEqualTo(200);
		assertThat(web.get("/units/restructure").statusCode()).isEqualTo(403);
		assertThat(web.get("/units/restructure/merge").statusCode()).isEqualTo(403);
		assertThat(web.get("/admin/accounts").statusCode()).isEqualTo(403);
		assertThat(web.get("/audit").statusCode()).isEqualTo(403);
	}

	@Test
	void prometheusNeedsTheOperatorAndHealthIsOpen() {
		var api = TestHttp.api(port);
		assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);
		assertThat(api.get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(api.get("/actuator/prometheus", "Authorization", basic("demo.sonoivu", "Demo@2021!")).statusCode())
			.isEqualTo(403);
		var metrics = api.get("/actuator/prometheus", "Authorization", basic("demo.quantri", "Demo@2021!"));
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes");
	}

	@Test
	void openApiIsForSignedInUsers() {
		var api = TestHttp.api(port);
		assertThat(api.get("/v3/api-docs").statusCode()).isIn(302, 401);
		var docs = api.get("/v3/api-docs", "Authorization", basic("demo.lanhdao", "Demo@2021!"));
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/units/merge").contains("/api/v1/accounts");
	}

	/** Pages, the API and downloads carry the same policy headers (none was sent before December 2026). */
	@Test
	void pagesApiAndDownloadsCarryTheSecurityHeaders() {
		var web = TestHttp.browser(port);
		web.signIn("demo.nhansu", "Demo@2021!");
		var api = TestHttp.api(port);
		var auth = basic("demo.nhansu", "Demo@2021!");
		var answers = java.util.List.of(web.get("/"), web.get("/login"), api.get("/api/v1/me", "Authorization", auth),
				api.get("/api/v1/officials/export.xlsx", "Authorization", auth),
				api.get("/api/v1/me", "Authorization", basic("demo.nhansu", "wrong-password")));
		for (var answer : answers) {
			var headers = answer.headers();
			assertThat(headers.firstValue("Content-Security-Policy")).as(answer.uri().toString())
				.contains(SecurityConfiguration.CONTENT_SECURITY_POLICY);
			assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self';")
				.doesNotContain("script-src 'self' 'unsafe-inline'");
			assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
			assertThat(headers.firstValue("Permissions-Policy")).contains(SecurityConfiguration.PERMISSIONS_POLICY);
			assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
			assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
			// personal data is not kept in a browser's or a proxy's cache
			assertThat(headers.firstValue("Cache-Control")).as(answer.uri().toString()).hasValueSatisfying(
					cache -> assertThat(cache).contains("no-store"));
		}
	}

	/** The session cookie is out of scripts' and other sites' reach; the API, signed in per request, sets none. */
	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteAndTheApiSetsNone() {
		var web = TestHttp.browser(port);
		var signedIn = web.signIn("demo.nhansu", "Demo@2021!");
		var cookies = signedIn.headers().allValues("Set-Cookie");
		assertThat(cookies).as("cookies set at sign-in").isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/"));
		var api = TestHttp.api(port);
		for (var path : java.util.List.of("/api/v1/me", "/api/v1/officials?size=1", "/api/v1/officials/export.xlsx")) {
			assertThat(api.get(path, "Authorization", basic("demo.nhansu", "Demo@2021!")).headers().allValues("Set-Cookie"))
				.as(path)
				.isEmpty();
		}
	}

	/** No proxy is trusted unless named: a client that claims to come through TLS or from elsewhere is not believed. */
	@Test
	void forwardedHeadersFromAnUntrustedClientAreIgnored() {
		var claimed = TestHttp.api(port).get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
		assertThat(claimed.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(claimed.headers().allValues("Set-Cookie")).isNotEmpty()
			.noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
		assertThat(claimed.body()).doesNotContain("https://");
	}

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	/** Each body has its own schema: two records of one simple name used to share one (the last one won). */
	@Test
	void theOpenApiDocumentShowsEachBodyAsItIs() {
		var docs = json.readTree(TestHttp.api(port).get("/v3/api-docs", "Authorization",
				basic("demo.lanhdao", "Demo@2021!")).body());
		var accountBody = docs.at("/paths/~1api~1v1~1accounts/post/requestBody/content/application~1json/schema/$ref")
			.asString();
		var account = docs.at("/components/schemas/" + accountBody.substring(accountBody.lastIndexOf('/') + 1)
				+ "/properties");
		assertThat(account.has("username")).as(accountBody).isTrue();
		assertThat(account.has("password")).isTrue();
		assertThat(account.has("type")).isFalse();
		var decision = docs.at("/components/schemas/ActionBody/properties/decision/$ref").asString();
		assertThat(docs.at("/components/schemas/" + decision.substring(decision.lastIndexOf('/') + 1) + "/properties")
			.has("signer")).as(decision).isTrue();
	}


	@Test
	void disablingAnAccountEndsItsOpenSessions() {
		var user = newAccount("session.ender");
		var web = TestHttp.browser(port);
		web.signIn(user, PASSWORD);
		assertThat(web.get("/units").statusCode()).isEqualTo(200);
		var api = TestHttp.api(port);
		long id = accounts.findByUsername(user).orElseThrow().id();
		var disabled = api.json("POST", "/api/v1/accounts/" + id + "/disable", "", "Authorization",
				basic("demo.quantri", "Demo@2021!"));
		assertThat(disabled.statusCode()).isEqualTo(200);
		var after = web.get("/units", "Accept", "text/html");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(TestHttp.browser(port).signIn(user, PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/login?error");
	}

	@Test
	void homeAffairsSeesAndManagesOnlyAccountsInsideItsScope() {
		var api = TestHttp.api(port);
		var operator = basic("demo.quantri", "Demo@2021!");
		var hr = basic("demo.sonoivu", "Demo@2021!");
		var list = api.get("/api/v1/accounts", "Authorization", hr).body();
		assertThat(list).contains("demo.nhansu").doesNotContain("\"username\":\"admin\"")
			.doesNotContain("demo.quantri");
		assertThat(api.get("/api/v1/accounts", "Authorization", operator).body()).contains("\"username\":\"admin\"");
		long adminId = accounts.findByUsername("admin").orElseThrow().id();
		assertThat(api.get("/api/v1/accounts/" + adminId, "Authorization", hr).statusCode()).isEqualTo(404);
		var promote = api.json("POST", "/api/v1/accounts", "{\"username\":\"would.be.root\",\"password\":\"Some-Password-9\","
				+ "\"role\":\"SYSTEM_ADMIN\"}", "Authorization", hr);
		assertThat(promote.statusCode()).isEqualTo(403);
		var created = api.json("POST", "/api/v1/accounts", "{\"username\":\"hr.created\",\"password\":\"Some-Password-9\","
				+ "\"role\":\"UNIT_HR\",\"scopeUnitId\":" + accounts.findByUsername("demo.nhansu").orElseThrow().scopeUnitId()
				+ "}", "Authorization", hr);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		var weak = api.json("POST", "/api/v1/accounts", "{\"username\":\"weak.one\",\"password\":\"12345678901\","
				+ "\"role\":\"LEADER\",\"scopeUnitId\":" + accounts.findByUsername("demo.nhansu").orElseThrow().scopeUnitId()
				+ "}", "Authorization", hr);
		assertThat(weak.statusCode()).isEqualTo(400);
		assertThat(weak.body()).contains("\"field\":\"password\"");
	}


	@Test
	void weakPasswordsAreRefusedWhenAnAccountIsCreatedOrReset() {
		var api = TestHttp.api(port);
		var operator = basic("demo.quantri", "Demo@2021!");
		var scope = accounts.findByUsername("demo.nhansu").orElseThrow().scopeUnitId();
		long existing = accounts.findByUsername(newAccount("reset.target")).orElseThrow().id();
		// the probe's four, one from the list of breached passwords long enough, and one holding the user names
		var weak = java.util.List.of("          ", "password12", "Password123", "Demo@2021!", "password1234",
				"Password2026!", "weak.two+reset.target!");
		for (var password : weak) {
			var json = "\"" + password + "\"";
			var created = api.json("POST", "/api/v1/accounts", "{\"username\":\"weak.two\",\"password\":" + json
					+ ",\"role\":\"LEADER\",\"scopeUnitId\":" + scope + "}", "Authorization", operator);
			assertThat(created.statusCode()).as(password).isEqualTo(400);
			assertThat(created.body()).as(password).contains("\"field\":\"password\"");
			var reset = api.json("POST", "/api/v1/accounts/" + existing + "/password", "{\"password\":" + json + "}",
					"Authorization", operator);
			assertThat(reset.statusCode()).as(password).isEqualTo(400);
		}
		assertThat(accounts.findByUsername("weak.two")).isEmpty();
		assertThat(TestHttp.api(port).get("/api/v1/me", "Authorization", basic("reset.target", PASSWORD)).statusCode())
			.as("the old password still works").isEqualTo(200);
		var good = api.json("POST", "/api/v1/accounts/" + existing + "/password",
				"{\"password\":\"hoa sen nở trong đầm\"}", "Authorization", operator);
		assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
	}

	@Test
	void changingARoleEndsTheAccountsSessions() {
		var user = newAccount("role.changer");
		var web = TestHttp.browser(port);
		web.signIn(user, PASSWORD);
		assertThat(web.get("/units", "Accept", "text/html").statusCode()).isEqualTo(200);
		long id = accounts.findByUsername(user).orElseThrow().id();
		var scope = accounts.findByUsername(user).orElseThrow().scopeUnitId();
		var changed = TestHttp.api(port).json("PUT", "/api/v1/accounts/" + id + "/assignment",
				"{\"role\":\"OFFICIAL\",\"scopeUnitId\":" + scope + "}", "Authorization",
				basic("demo.quantri", "Demo@2021!"));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(web.get("/units", "Accept", "text/html").statusCode()).isEqualTo(302);
	}

	@Test
	void homeAffairsCannotChangeAnotherHomeAffairsAccount() {
		var province = accounts.findByUsername("demo.sonoivu").orElseThrow().scopeUnitId();
		administration.provision(new CreateAccount("peer.affairs", "Đồng nghiệp", PASSWORD, Role.HOME_AFFAIRS, province));
		long peer = accounts.findByUsername("peer.affairs").orElseThrow().id();
		var api = TestHttp.api(port);
		var reset = api.json("POST", "/api/v1/accounts/" + peer + "/password", "{\"password\":\"Taken-Over-2026\"}",
				"Authorization", basic("demo.sonoivu", "Demo@2021!"));
		assertThat(reset.statusCode()).isEqualTo(403);
		assertThat(api.get("/api/v1/me", "Authorization", basic("peer.affairs", PASSWORD)).statusCode()).isEqualTo(200);
	}

	@Test
	void theAuditLogIsForTheOperatorAndProvinceLevelHomeAffairsOnly() {
		var commune = accounts.findByUsername("demo.nhansu").orElseThrow().scopeUnitId();
		administration.provision(new CreateAccount("commune.affairs", "Nội vụ phường", PASSWORD, Role.HOME_AFFAIRS,
				commune));
		var api = TestHttp.api(port);
		assertThat(api.get("/api/v1/audit", "Authorization", basic("commune.affairs", PASSWORD)).statusCode())
			.isEqualTo(403);
		assertThat(api.get("/api/v1/audit", "Authorization", basic("demo.sonoivu", "Demo@2021!")).statusCode())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/audit", "Authorization", basic("demo.quantri", "Demo@2021!")).statusCode())
			.isEqualTo(200);
	}

	@Test
	void parallelWrongPasswordsAreEachCountedAndNeverAServerError() throws Exception {
		var user = newAccount("parallel.guess");
		var api = TestHttp.api(port);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			var tasks = new java.util.ArrayList<java.util.concurrent.Callable<Integer>>();
			for (int i = 0; i < 8; i++) {
				int n = i;
				tasks.add(() -> api.get("/api/v1/me", "Authorization", basic(user, "guess-" + n)).statusCode());
			}
			var statuses = pool.invokeAll(tasks).stream().map(f -> {
				try {
					return f.get();
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(statuses).containsOnly(401);
		}
		finally {
			pool.shutdown();
		}
		assertThat(throttle.accountHeld(accounts.findByUsername(user).orElseThrow().id(), "127.0.0.1", clock.instant()))
			.as("5 of 8 guesses hold it for this address")
			.isTrue();
		assertThat(api.get("/api/v1/me", "Authorization", basic(user, PASSWORD)).statusCode()).isEqualTo(401);
	}

}
