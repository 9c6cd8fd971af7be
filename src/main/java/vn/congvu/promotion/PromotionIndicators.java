package vn.congvu.promotion;

import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;
import vn.congvu.shared.indicator.Row;

/**
 * The reform-report figures of promotion (DOMAIN A2): rounds whose results were published in the period by an
 * authority in the scope on that day; the officials who sat them (nominated, eligible, present: the seed's "137"); and
 * those who passed (the seed's "102").
 */
@Configuration(proxyBeanMethods = false)
class PromotionIndicators {

	private static final String EXAMS = """
			FROM promotion.exam e
			WHERE e.results_published_on BETWEEN :from AND :to
			  AND EXISTS (SELECT 1 FROM organization.scope_periods(:root) s
			              WHERE s.unit_id = e.authority_unit_id AND s.valid @> e.results_published_on)
			""";

	private static final String NOMINEES = "FROM promotion.nomination n JOIN promotion.exam e ON e.id = n.exam_id "
			+ EXAMS.substring(EXAMS.indexOf("WHERE")).replace("WHERE", "WHERE n.eligible AND NOT n.absent AND");

	@Bean
	Indicator promotionExamsIndicator(JdbcClient jdbc) {
		return new Counted(jdbc, "promotion.exams", new Indicator.Label("Số kỳ thi, xét nâng ngạch, thăng hạng",
				"Promotion exams and assessments", "kỳ", "rounds"), "SELECT count(*) " + EXAMS,
				"SELECT e.authority_unit_id AS subject, e.title AS name, e.id AS record, e.path AS what, "
						+ "e.results_published_on AS day, e.authority_unit_id AS unit " + EXAMS);
	}

	@Bean
	Indicator promotionCandidatesIndicator(JdbcClient jdbc) {
		return new Counted(jdbc, "promotion.candidates", new Indicator.Label("Số người dự thi, xét nâng ngạch, thăng hạng",
				"Officials who sat a promotion exam or assessment", "người", "people"), "SELECT count(*) " + NOMINEES,
				"SELECT n.official_id AS subject, n.full_name AS name, n.id AS record, e.target_rank_code AS what, "
						+ "e.results_published_on AS day, e.authority_unit_id AS unit " + NOMINEES);
	}

	@Bean
	Indicator promotionPassedIndicator(JdbcClient jdbc) {
		var passed = NOMINEES + " AND n.verdict = 'PASSED'";
		return new Counted(jdbc, "promotion.passed", new Indicator.Label("Số người trúng tuyển nâng ngạch, thăng hạng",
				"Officials who passed a promotion exam or assessment", "người", "people"), "SELECT count(*) " + passed,
				"SELECT n.official_id AS subject, n.full_name AS name, n.id AS record, e.target_rank_code AS what, "
						+ "e.results_published_on AS day, e.authority_unit_id AS unit " + passed);
	}

	/** A figure counted by one statement, with its rows by another of the same conditions. */
	record Counted(JdbcClient jdbc, String code, Label label, String count, String rows) implements Indicator {

		@Override
		public Subject subject() {
			// an exam is its authority's; a nominee is an official
			return code.equals("promotion.exams") ? Subject.UNIT : Subject.OFFICIAL;
		}

		@Override
		public long value(Query query) {
			return jdbc.sql(count).params(params(query)).query(Long.class).single();
		}

		@Override
		public List<Row> rows(Query query) {
			return jdbc.sql(rows + " ORDER BY day, record")
				.params(params(query))
				.query((rs, n) -> new Row(rs.getLong("subject"), rs.getString("name"), rs.getLong("record"),
						rs.getString("what"), rs.getDate("day").toLocalDate(), null, rs.getLong("unit")))
				.list();
		}

		private static Map<String, Object> params(Query query) {
			return Map.of("from", query.from(), "to", query.to(), "root", query.scopeUnitId());
		}

	}

}
