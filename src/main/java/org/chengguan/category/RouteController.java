package org.chengguan.category;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.chengguan.category.CategoryForms.RouteForm;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.OrgManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/categories/routes")
@PreAuthorize("hasAuthority('category:view')")
class RouteController {

	private final CategoryManagement book;

	private final OrgManagement org;

	private final CurrentStaff currentStaff;

	private final MessageSource messages;

	RouteController(CategoryManagement book, OrgManagement org, CurrentStaff currentStaff, MessageSource messages) {
		this.messages = messages;
		this.book = book;
		this.org = org;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String list(Model model) {
		var units = org.tree();
		var categories = java.util.stream.Stream
			.concat(book.search(CategoryKind.EVENT, "").stream(), book.search(CategoryKind.COMPONENT, "").stream())
			.filter(c -> !c.isHeader())
			.toList();
		model.addAttribute("routes", book.routes());
		model.addAttribute("units", units);
		model.addAttribute("categories", categories);
		model.addAttribute("unitNames", units.stream()
			.collect(java.util.stream.Collectors.toMap(r -> r.unit().getId(), r -> r.unit().getName())));
		model.addAttribute("categoryNames", categories.stream()
			.collect(java.util.stream.Collectors.toMap(Category::getId,
					c -> c.getCode() + " " + c.getName() + messages.getMessage("category.route.kind."
							+ c.getKind(), null, LocaleContextHolder.getLocale()))));
		if (!model.containsAttribute("routeForm")) {
			model.addAttribute("routeForm", new RouteForm(null, null, null));
		}
		return "category/routes";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('category:manage')")
	String add(@Valid @ModelAttribute("routeForm") @Nullable RouteForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		return CategoryController.submit(form, errors, response, () -> {
			book.addRoute(java.util.Objects.requireNonNull(form), currentStaff.actor());
			return true;
		}).map(saved -> {
			flash.addFlashAttribute("notice", "common.saved");
			return "redirect:/categories/routes";
		}).orElseGet(() -> list(model));
	}

	@PostMapping("/{id}/delete")
	@PreAuthorize("hasAuthority('category:manage')")
	String remove(@PathVariable long id, RedirectAttributes flash) {
		book.removeRoute(id, currentStaff.actor());
		flash.addFlashAttribute("notice", "common.saved");
		return "redirect:/categories/routes";
	}
}
