package org.chengguan.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.chengguan.evidence.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * The item rows of the issue form ({@code description0}, {@code address0}, {@code deadline0}, {@code category0},
 * {@code openCase0}, {@code photos0}, …): blank rows are left out; a bad row refuses the whole form.
 */
final class NoticeForm {

	/** Item rows of the form. */
	static final int ROWS = 5;

	private NoticeForm() {
	}

	/** The items of the rows, or a {@link NoticeRuleException} naming what is wrong. */
	static List<NoticeManagement.NewItem> items(MultiValueMap<String, String> form,
			MultiValueMap<String, MultipartFile> files, LocalDate today) {
		var items = new ArrayList<NoticeManagement.NewItem>();
		for (var i = 0; i < ROWS; i++) {
			var description = form.getFirst("description" + i);
			if (description == null || description.isBlank()) {
				continue;
			}
			var address = Objects.requireNonNullElse(form.getFirst("address" + i), "").strip();
			var deadline = date(form.getFirst("deadline" + i));
			var category = form.getFirst("category" + i);
			if (address.isEmpty() || address.length() > 300 || description.strip().length() > 1000 || deadline == null
					|| deadline.isBefore(today) || (category != null && !category.isBlank()
							&& !category.matches("[EC]\\d{5}"))) {
				throw new NoticeRuleException("supervision.notice.error.item");
			}
			items.add(new NoticeManagement.NewItem(description.strip(), address,
					category == null || category.isBlank() ? null : category, deadline,
					"true".equals(form.getFirst("openCase" + i)), Upload.of(files.get("photos" + i))));
		}
		return items;
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
