package vn.congvu.staffing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;
import vn.congvu.shared.indicator.Row;

/**
 * The reform-report figures of staffing (DOMAIN A2): the agencies complying with their approved job-position scheme
 * and rank structure on the last day of the period, as a share of all agencies in scope (the seed's "100% cơ quan, đơn
 * vị triển khai thực hiện đúng quy định về vị trí việc làm và cơ cấu ngạch"), the counts behind it, and the
 * violations. Each row behind a figure is an agency, with its violations.
 */
@Configuration(proxyBeanMethods = false)
class StaffingIndicators {

	@Bean
	Indicator staffingCompliantUnitsPct(Compliance compliance) {
		return new Judged(compliance, "staffing.compliantUnitsPct",
				new Indicator.Label("Tỷ lệ cơ quan, đơn vị thực hiện đúng vị trí việc làm và cơ cấu ngạch",
						"Share of agencies complying with their job positions and rank structure", "%", "%"),
				s -> s.compliantUnitsPct().longValue(), false);
	}

	@Bean
	Indicator staffingCompliantUnits(Compliance compliance) {
		return new Judged(compliance, "staffing.compliantUnits",
				new Indicator.Label("Số cơ quan, đơn vị thực hiện đúng vị trí việc làm và cơ cấu ngạch",
						"Agencies complying with their job positions and rank structure", "cơ quan, đơn vị",
						"agencies"),
				Compliance.Summary::compliantUnits, true);
	}

	@Bean
	Indicator staffingUnits(Compliance compliance) {
		return new Judged(compliance, "staffing.units",
				new Indicator.Label("Số cơ quan, đơn vị được đánh giá", "Agencies judged", "cơ quan, đơn vị", "agencies"),
				Compliance.Summary::totalUnits, false);
	}

	@Bean
	Indicator staffingViolations(Compliance compliance) {
		return new Judged(compliance, "staffing.violations",
				new Indicator.Label("Số vi phạm về vị trí việc làm, cơ cấu ngạch và biên chế",
						"Violations of job positions, rank structure and quotas", "vi phạm", "violations"),
				Compliance.Summary::violations, false);
	}

	/**
	 * A figure of a compliance run on the period's last day. The percentage is rounded down, so that 100% means every
	 * agency complies.
	 */
	static final class Judged implements Indicator {

		private final Compliance compliance;

		private final String code;

		private final Label label;

		private final ToLongFunction<Compliance.Summary> figure;

		private final boolean onlyCompliant;

		Judged(Compliance compliance, String code, Label label, ToLongFunction<Compliance.Summary> figure,
				boolean onlyCompliant) {
			this.compliance = compliance;
			this.code = code;
			this.label = label;
			this.figure = figure;
			this.onlyCompliant = onlyCompliant;
		}

		@Override
		public String code() {
			return code;
		}

		@Override
		public Subject subject() {
			return Subject.UNIT;
		}

		@Override
		public Label label() {
			return label;
		}

		@Override
		public long value(Query query) {
			return figure.applyAsLong(judgement(query).summary());
		}

		@Override
		public List<Row> rows(Query query) {
			return judgement(query).rows()
				.stream()
				.filter(row -> !onlyCompliant || "COMPLIANT".equals(row.what()))
				.toList();
		}

		/**
		 * The judgement of the scope on the period's last day, an agency per row: the four figures of a report and
		 * their records come from one judgement.
		 */
		private Judgement judgement(Query query) {
			var caller = vn.congvu.shared.Caller.current().map(vn.congvu.shared.Caller::username).orElse("");
			return vn.congvu.shared.Transactions.once(StaffingIndicators.class,
					List.of(query.scopeUnitId(), query.to(), caller), () -> {
						var rows = new ArrayList<Row>();
						var summary = compliance.judge(query.scopeUnitId(), query.to(), verdict -> {
							var what = verdict.compliant() ? "COMPLIANT"
									: String.join(",",
											verdict.violations().stream().map(v -> v.rule().name()).distinct().toList());
							rows.add(new Row(verdict.unitId(), verdict.unitName(),
									verdict.schemeId() == null ? verdict.unitId() : verdict.schemeId(), what,
									query.to(), null, verdict.unitId()));
						});
						return new Judgement(summary, List.copyOf(rows));
					});
		}

	}

	/** A judgement's totals, and a row per agency judged. */
	private record Judgement(Compliance.Summary summary, List<Row> rows) {
	}

}
