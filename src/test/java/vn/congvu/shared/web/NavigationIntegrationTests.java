package vn.congvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.congvu.TestHttp;

/**
 * The main menu is rendered once for each role and language and then reused: each role still gets its own menu, in
 * its language, and a locale a client asks for adds no rendering of its own (the cache cannot be grown from outside).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class NavigationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Navigation navigation;

	@Test
	void eachRoleGetsItsOwnMenuInItsLanguageAndAskedLocalesAddNoEntries() {
		var hr = TestHttp.browser(port);
		hr.signIn("demo.nhansu", "Demo@2021!");
		var home = hr.get("/?lang=vi").body();
		assertThat(home).contains(">Nhập hồ sơ từ tệp<").doesNotContain("href=\"/admin/accounts\"");
		int rendered = navigation.rendered();
		for (var lang : List.of("fr", "de", "zz", "vi")) {
			assertThat(hr.get("/?lang=" + lang).body()).as(lang).contains(">Nhập hồ sơ từ tệp<");
		}
		assertThat(navigation.rendered()).as("no menu rendered for the locales asked").isEqualTo(rendered);
		assertThat(hr.get("/?lang=en").body()).contains(">Import records<").doesNotContain(">Nhập hồ sơ từ tệp<");

		var operator = TestHttp.browser(port);
		operator.signIn("demo.quantri", "Demo@2021!");
		assertThat(operator.get("/?lang=vi").body()).contains("href=\"/admin/accounts\"")
			.doesNotContain(">Nhập hồ sơ từ tệp<");
		// the HR officer's menu is still theirs after the operator's was rendered
		assertThat(hr.get("/?lang=vi").body()).contains(">Nhập hồ sơ từ tệp<")
			.doesNotContain("href=\"/admin/accounts\"");
	}

}
