package org.chengguan.penalty;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Labels the penalty pages compose ({@code ${@penaltyLabels.checklist(a.checklist)}}). */
@Component("penaltyLabels")
public class PenaltyLabels {

	private final MessageSource messages;

	PenaltyLabels(MessageSource messages) {
		this.messages = messages;
	}

	/** {@code JURISDICTION=OK;FACTS_EVIDENCE=ISSUE} as 管辖权：无问题；事实清楚、证据充分：有问题. */
	public String checklist(String checklist) {
		var locale = LocaleContextHolder.getLocale();
		return Arrays.stream(checklist.split(";"))
			.filter(item -> item.contains("="))
			.map(item -> {
				var parts = item.split("=", 2);
				var name = messages.getMessage("penalty.review." + parts[0], null, parts[0], locale);
				var verdict = messages.getMessage("penalty.review.verdict." + parts[1], null, parts[1], locale);
				return messages.getMessage("penalty.review.item", new Object[] { name, verdict }, locale);
			})
			.collect(Collectors.joining(messages.getMessage("penalty.review.separator", null, "; ", locale)));
	}

	/** A checklist from the items a reviewer found wanting: every other item is OK. */
	static String checklistOf(java.util.Collection<ReviewItem> issues) {
		return Arrays.stream(ReviewItem.values())
			.map(item -> item.name() + "=" + (issues.contains(item) ? "ISSUE" : "OK"))
			.collect(Collectors.joining(";"));
	}
}
