package vn.congvu.position;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

/**
 * One line of a scheme's rank structure: the target share, in percent of the unit's ranked officials, of a rank level
 * (catalog rank levels: SENIOR_EXPERT, SENIOR, PRINCIPAL, SPECIALIST, OFFICER, STAFF).
 */
@Embeddable
public record RankShare(String rankLevel, BigDecimal targetPct) {
}
