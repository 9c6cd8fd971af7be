package vn.congvu;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congvu.TestHttp.basic;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * A role that may not read drives, rounds or job-position schemes gets one answer whether the record exists or not:
 * an official used to get 403 for an existing one and 404 for a missing one, and so learnt which ids exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("database")
class OneAnswerIntegrationTests {

	static final String OFFICIAL = basic("demo.congchuc", "Demo@2021!");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@CsvSource({ "recruitment.drive, /api/v1/recruitment/drives/", "promotion.exam, /api/v1/promotion/exams/",
			"position.scheme, /api/v1/position-schemes/" })
	void anOfficialGetsTheSameAnswerForAnExistingAndAMissingRecord(String table, String path) {
		long existing = jdbc.sql("SELECT min(id) FROM " + table).query(Long.class).single();
		long missing = jdbc.sql("SELECT max(id) + 1000 FROM " + table).query(Long.class).single();
		var api = TestHttp.api(port);
		var there = api.get(path + existing, "Authorization", OFFICIAL);
		var absent = api.get(path + missing, "Authorization", OFFICIAL);
		assertThat(there.statusCode()).isEqualTo(absent.statusCode()).isIn(403, 404);
		assertThat(there.body().replace(path + existing, path + "ID"))
			.isEqualTo(absent.body().replace(path + missing, path + "ID"));
	}

}
