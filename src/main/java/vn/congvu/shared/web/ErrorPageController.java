package vn.congvu.shared.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** The page shown when a signed-in user opens something their role does not allow. */
@Controller
class ErrorPageController {

	@RequestMapping("/error/403")
	ModelAndView forbidden() {
		var view = new ModelAndView("error/problem");
		view.setStatus(HttpStatus.FORBIDDEN);
		view.addObject("status", 403);
		view.addObject("messageCode", "problem.forbidden");
		view.addObject("messageArgs", new Object[0]);
		return view;
	}

}
