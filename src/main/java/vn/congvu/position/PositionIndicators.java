package vn.congvu.position;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.congvu.organization.UnitDirectory;
import vn.congvu.shared.indicator.Indicator;
import vn.congvu.shared.indicator.Query;
import vn.congvu.shared.indicator.Row;

/**
 * The reform-report figure of job positions: scheme versions approved in the period (by the date of the approval
 * decision, both ends included) for units in the scope on that date — "điều chỉnh, bổ sung Đề án vị trí việc làm ... để
 * UBND tỉnh phê duyệt".
 */
@Configuration(proxyBeanMethods = false)
class PositionIndicators {

	@Bean
	Indicator positionSchemesApproved(JobPositions positions, UnitDirectory units) {
		return new Indicator() {

			@Override
			public String code() {
				return "position.schemesApproved";
			}

			@Override
			public Subject subject() {
				return Subject.UNIT;
			}

			@Override
			public Label label() {
				return new Label("Số đề án vị trí việc làm được phê duyệt", "Job-position schemes approved", "đề án",
						"schemes");
			}

			@Override
			public long value(Query query) {
				return approved(query).size();
			}

			@Override
			public List<Row> rows(Query query) {
				return approved(query).stream()
					.map(s -> new Row(s.unitId(), s.unitName(), s.id(), "APPROVED",
							java.util.Objects.requireNonNull(s.decision()).date(), s.decision().number(), s.unitId()))
					.toList();
			}

			private List<SchemeView> approved(Query query) {
				return positions.approvedBetween(query.from(), query.to())
					.stream()
					.filter(s -> units.inScopeOn(query.scopeUnitId(), s.unitId(),
							java.util.Objects.requireNonNull(s.decision()).date()))
					.toList();
			}

		};
	}

}
