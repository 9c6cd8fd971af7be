package vn.congvu.personnel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Party and mass-organisation membership (form 2C-BNV/2008): the day the official joined the Communist Party and the
 * day they became a full member, and the days they joined the trade union and the Youth Union.
 */
public record Memberships(@Nullable LocalDate partyJoinedOn, @Nullable LocalDate partyConfirmedOn,
		@Nullable LocalDate tradeUnionJoinedOn, @Nullable LocalDate youthUnionJoinedOn) {

	public static final Memberships NONE = new Memberships(null, null, null, null);

	public boolean partyMember() {
		return partyJoinedOn != null;
	}

}
