package vn.congvu.identity.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.congvu.organization.UnitDirectory;

/** The sign-in page and the start page. */
@Controller
class HomeController {

	private final UnitDirectory units;

	private final Clock clock;

	HomeController(UnitDirectory units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@GetMapping("/")
	String home(Model model) {
		var today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("unitCount", units.unitsAsOf(today).size());
		return "home";
	}

}
