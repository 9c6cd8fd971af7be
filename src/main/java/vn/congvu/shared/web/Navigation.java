package vn.congvu.shared.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

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

	/** What the menu's markup depends on: nothing else may reach its template (fragments/menu.html). */
	private record MenuKey(Locale locale, Menu menu, boolean auditReader) {
	}

	private final ObjectProvider<ITemplateEngine> templates;

	private final Map<MenuKey, String> menus = new ConcurrentHashMap<>();

	Navigation(ObjectProvider<ITemplateEngine> templates) {
		this.templates = templates;
	}

	/**
	 * The main menu's markup for the signed-in account's role in the page's language, rendered the first time and then
	 * reused: the same few dozen links and words on every page were a tenth of a record page's work (issue 19).
	 */
	public String menuHtml(boolean auditReader) {
		// the language as the messages have it, any other locale reading the Vietnamese ones: a locale sent by a
		// client (a crafted cookie) adds no entry
		var locale = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH
				: ProblemFactory.VIETNAMESE;
		var key = new MenuKey(locale, menu(), auditReader);
		var html = menus.get(key);
		return html != null ? html : menus.computeIfAbsent(key, this::render);
	}

	/** How many menus have been rendered, for tests. */
	int rendered() {
		return menus.size();
	}

	private String render(MenuKey key) {
		var request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		var exchange = JakartaServletWebApplication.buildApplication(request.getRequest().getServletContext())
			.buildExchange(request.getRequest(), request.getResponse());
		var context = new WebContext(exchange, key.locale(), Map.of("menu", key.menu(), "auditReader", key.auditReader()));
		return templates.getObject().process("fragments/menu", Set.of("menu"), context);
	}

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
