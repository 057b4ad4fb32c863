package org.chengguan.home;

import org.chengguan.staff.CurrentStaff;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private final CurrentStaff currentStaff;

	HomeController(CurrentStaff currentStaff) {
		this.currentStaff = currentStaff;
	}

	@GetMapping("/")
	String home(Model model) {
		var me = currentStaff.require();
		model.addAttribute("me", me);
		model.addAttribute("roles", me.getAuthorities()
			.stream()
			.map(a -> a.getAuthority())
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.sorted()
			.toList());
		model.addAttribute("scope", currentStaff.scope());
		return "home/index";
	}
}
