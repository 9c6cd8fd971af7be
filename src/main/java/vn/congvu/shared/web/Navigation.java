package vn.congvu.shared.web;

import org.springframework.stereotype.Component;

import vn.congvu.shared.Caller;
import vn.congvu.shared.Role;

/**
 * What the signed-in account's role lets the pages offer, decided once per page in Java ({@code @navigation.menu()}
 * in templates). Thymeleaf's {@code sec:authorize} parsed and evaluated a Spring Security expression for each menu
 * item, a fifth of the time a record page took to render. These flags only choose what is shown; every address
 * still checks its own rights.
 */
@Component("navigation")
public class Navigation {

	/**
	 * @param signedIn an account is signed in
	 * @param people the lists of officials (Home Affairs, unit HR, leaders)
	 * @param hrDesk the HR officer's desk: import, corrections, editing records (Home Affairs, unit HR)
	 * @param ownRecord the official's own record
	 * @param administration accounts and restructuring (the operator, Home Affairs)
	 * @param dashboard the dashboard (leaders, Home Affairs)
	 */
	public record Menu(boolean signedIn, boolean people, boolean hrDesk, boolean ownRecord, boolean administration,
			boolean dashboard) {
	}

	private static final Menu NOBODY = new Menu(false, false, false, false, false, false);

	public Menu menu() {
		var caller = Caller.current();
		if (caller.isEmpty()) {
			return NOBODY;
		}
		var role = caller.get().role();
		boolean hr = role == Role.HOME_AFFAIRS || role == Role.UNIT_HR;
		return new Menu(true, hr || role == Role.LEADER, hr, role == Role.OFFICIAL,
				role == Role.SYSTEM_ADMIN || role == Role.HOME_AFFAIRS, role == Role.LEADER || role == Role.HOME_AFFAIRS);
	}

}
