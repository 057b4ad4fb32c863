package org.chengguan.staff;

import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * The one way an admin form is submitted: a form that could not be bound or failed validation is not applied; a
 * broken staff rule becomes a form error; either way the page is shown again with 400 and nothing is stored.
 */
final class FormSubmission {

	private FormSubmission() {
	}

	/** The change's result, or empty when the form must be shown again (the response is then 400). */
	static <T> Optional<T> apply(@Nullable Object form, BindingResult errors, HttpServletResponse response,
			Supplier<T> change) {
		if (form != null && !errors.hasErrors()) {
			try {
				return Optional.of(change.get());
			}
			catch (StaffRuleException ex) {
				errors.reject(ex.getMessageKey());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return Optional.empty();
	}
}
