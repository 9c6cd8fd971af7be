package vn.congvu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;

/**
 * Behind a TLS proxy named in {@code congvu.web.trusted-proxies}: its X-Forwarded-Proto makes the request secure (the
 * session cookie is Secure, HSTS is sent) and its X-Forwarded-For is the client whose sign-in failures count. Without
 * the header the same requests are plain HTTP. (With no trusted proxy, the default, the headers are ignored:
 * {@link SecurityIntegrationTests}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"congvu.web.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1", "congvu.sign-in.source-failures=3",
		"congvu.demo.population-scale=0.02" })
@ActiveProfiles("test")
@Tag("database")
class TrustedProxyIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aTrustedProxysHttpsMakesTheCookieSecureAndSendsHsts() {
		var api = TestHttp.api(port);
		var viaTls = api.get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7");
		assertThat(viaTls.statusCode()).isEqualTo(200);
		assertThat(viaTls.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
				hsts -> assertThat(hsts).contains("max-age=31536000"));
		assertThat(viaTls.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));

		var plain = api.get("/login");
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(plain.headers().allValues("Set-Cookie")).isNotEmpty()
			.noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
	}

	@Test
	void theForwardedClientIsTheSourceWhoseFailuresCount() {
		var api = TestHttp.api(port);
		for (int i = 0; i < 3; i++) {
			assertThat(api.get("/api/v1/me", "Authorization", basic("demo.lanhdao", "wrong-" + i), "X-Forwarded-For",
					"203.0.113.9").statusCode()).isEqualTo(401);
		}
		// that client is held back, even with the right password; another client behind the same proxy is not
		assertThat(api.get("/api/v1/me", "Authorization", basic("demo.congchuc", "Demo@2021!"), "X-Forwarded-For",
				"203.0.113.9").statusCode()).isEqualTo(401);
		assertThat(api.get("/api/v1/me", "Authorization", basic("demo.congchuc", "Demo@2021!"), "X-Forwarded-For",
				"203.0.113.10").statusCode()).isEqualTo(200);
	}

}
