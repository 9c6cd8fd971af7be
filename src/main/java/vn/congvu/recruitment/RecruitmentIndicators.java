package vn.congvu.recruitment;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;
import vn.congvu.shared.indicator.Row;

/**
 * The reform-report figures of recruitment drives (DOMAIN A2): drives announced in the period by an authority in the
 * scope on the announcement date, and the applications they took (a cancelled drive counts nowhere). Those recruited
 * are counted by their recruitment actions ({@code recruitment.hired}, personnel).
 */
@Configuration(proxyBeanMethods = false)
class RecruitmentIndicators {

	private static final String DRIVES = """
			FROM recruitment.drive d
			WHERE d.status <> 'CANCELLED' AND d.announced_on BETWEEN :from AND :to
			  AND EXISTS (SELECT 1 FROM organization.scope_periods(:root) s
			              WHERE s.unit_id = d.authority_unit_id AND s.valid @> d.announced_on)
			""";

	@Bean
	Indicator recruitmentDrives(JdbcClient jdbc) {
		return new Indicator() {

			@Override
			public String code() {
				return "recruitment.drives";
			}

			@Override
			public Subject subject() {
				return Subject.UNIT;
			}

			@Override
			public Label label() {
				return new Label("Số kỳ tuyển dụng", "Recruitment drives", "kỳ", "drives");
			}

			@Override
			public long value(Query query) {
				return jdbc.sql("SELECT count(*) " + DRIVES).params(params(query)).query(Long.class).single();
			}

			@Override
			public List<Row> rows(Query query) {
				return jdbc.sql("SELECT d.id, d.authority_unit_id, d.title, d.announced_on " + DRIVES
						+ " ORDER BY d.announced_on, d.id")
					.params(params(query))
					.query((rs, n) -> new Row(rs.getLong("authority_unit_id"), rs.getString("title"), rs.getLong("id"),
							"DRIVE", rs.getDate("announced_on").toLocalDate(), null, rs.getLong("authority_unit_id")))
					.list();
			}

		};
	}

	@Bean
	Indicator recruitmentApplicants(JdbcClient jdbc) {
		var applications = "FROM recruitment.application a JOIN recruitment.drive d ON d.id = a.drive_id "
				+ DRIVES.substring(DRIVES.indexOf("WHERE")).replace("WHERE", "WHERE a.status <> 'WITHDRAWN' AND");
		return new Indicator() {

			@Override
			public String code() {
				return "recruitment.applicants";
			}

			@Override
			public Subject subject() {
				return Subject.OTHER;
			}

			@Override
			public Label label() {
				return new Label("Số người dự tuyển", "Applicants", "người", "people");
			}

			@Override
			public long value(Query query) {
				return jdbc.sql("SELECT count(*) " + applications).params(params(query)).query(Long.class).single();
			}

			@Override
			public List<Row> rows(Query query) {
				return jdbc.sql("SELECT a.id, a.full_name, a.applied_on, a.status, d.authority_unit_id " + applications
						+ " ORDER BY a.applied_on, a.id")
					.params(params(query))
					.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("full_name"), rs.getLong("id"),
							rs.getString("status"), rs.getDate("applied_on").toLocalDate(), null,
							rs.getLong("authority_unit_id")))
					.list();
			}

		};
	}

	private static java.util.Map<String, Object> params(Query query) {
		return java.util.Map.of("from", query.from(), "to", query.to(), "root", query.scopeUnitId());
	}

}
