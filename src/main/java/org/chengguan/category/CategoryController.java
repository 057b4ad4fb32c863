package org.chengguan.category;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.chengguan.category.CategoryForms.ConditionForm;
import org.chengguan.category.CategoryForms.LocalCategoryForm;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/categories")
@PreAuthorize("hasAuthority('category:view')")
class CategoryController {

	private final CategoryManagement book;

	private final CurrentStaff currentStaff;

	CategoryController(CategoryManagement book, CurrentStaff currentStaff) {
		this.book = book;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "EVENT") CategoryKind kind, @RequestParam(defaultValue = "") String q,
			Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("q", q);
		model.addAttribute("categories", book.search(kind, q.length() > 30 ? q.substring(0, 30) : q));
		if (!model.containsAttribute("localForm")) {
			model.addAttribute("localForm", new LocalCategoryForm(kind, null, null));
		}
		return "category/list";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('category:manage')")
	String addLocal(@Valid @ModelAttribute("localForm") @Nullable LocalCategoryForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		return submit(form, errors, response, () -> book.addLocalCategory(form, currentStaff.actor()))
			.map(id -> saved(flash, id))
			.orElseGet(() -> list(form == null || form.kind() == null ? CategoryKind.EVENT : form.kind(), "", model));
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("category", book.get(id));
		model.addAttribute("priorities", Priority.values());
		if (!model.containsAttribute("conditionForm")) {
			model.addAttribute("conditionForm", new ConditionForm(null, Priority.NORMAL, null, null, null, true));
		}
		return "category/detail";
	}

	@PostMapping("/{id}/conditions")
	@PreAuthorize("hasAuthority('category:manage')")
	String addCondition(@PathVariable long id, @Valid @ModelAttribute("conditionForm") @Nullable ConditionForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes flash) {
		return submit(form, errors, response, () -> {
			book.addCondition(id, Objects.requireNonNull(form), currentStaff.actor());
			return id;
		}).map(saved -> saved(flash, id)).orElseGet(() -> show(id, model));
	}

	@PostMapping("/{id}/conditions/{conditionId}")
	@PreAuthorize("hasAuthority('category:manage')")
	String reviseCondition(@PathVariable long id, @PathVariable long conditionId, @RequestParam long version,
			@Valid @ModelAttribute("conditionForm") @Nullable ConditionForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		return submit(form, errors, response, () -> {
			book.reviseCondition(id, conditionId, version, Objects.requireNonNull(form), currentStaff.actor());
			return id;
		}).map(saved -> saved(flash, id)).orElseGet(() -> show(id, model));
	}

	private static String saved(RedirectAttributes flash, long id) {
		flash.addFlashAttribute("notice", "common.saved");
		return "redirect:/categories/" + id;
	}

	/** A form that failed binding or a category rule is shown again with 400; nothing is stored. */
	static <T> Optional<T> submit(@Nullable Object form, BindingResult errors, HttpServletResponse response,
			Supplier<T> change) {
		if (form != null && !errors.hasErrors()) {
			try {
				return Optional.of(change.get());
			}
			catch (CategoryRuleException ex) {
				errors.reject(ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return Optional.empty();
	}
}
