package vn.congvu.shared;

import java.util.Optional;

/**
 * Whose record an account is: the official's record linked to a person's account (an official's, or that of an HR
 * officer, a Home Affairs officer or a leader, who are officials too). The personnel module answers; the scope guard
 * asks, so that nobody takes a step in their own case, in any module.
 */
public interface LinkedRecords {

	/** The id of the official's record linked to {@code username}, if any. */
	Optional<Long> officialOf(String username);

}
