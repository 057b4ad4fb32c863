package org.chengguan.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail as its readers read it ({@code ${@auditLabels.action(e)}}): entries keep the codes they were
 * written with (the hash chain covers them), the page names them — case actions and states, platforms, sign-in
 * failures — and shows times in the bureau's zone.
 */
@Component("auditLabels")
public class AuditLabels {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final MessageSource messages;

	AuditLabels(MessageSource messages) {
		this.messages = messages;
	}

	public String action(AuditEntry entry) {
		var action = entry.action();
		var named = message("audit.action." + action);
		if (named == null && action.startsWith("case.")) {
			named = message("caseflow.action." + action.substring("case.".length()));
		}
		if (named == null && action.startsWith("penalty.")) {
			named = message("penalty.action." + action.substring("penalty.".length()));
		}
		return named != null ? named : action;
	}

	/** A person's username as written, a channel or platform by its name ({@code HOTLINE_12345} → 12345热线). */
	public String actor(AuditEntry entry) {
		var named = message("intake.channel." + entry.actor());
		return named != null ? named : entry.actor();
	}

	/** A before or after value: a case's state by its name, a sign-in failure by its reason, a lock by its time. */
	public @Nullable String value(AuditEntry entry, @Nullable String value) {
		if (value == null) {
			return null;
		}
		if (entry.action().equals("penalty.route")) {
			// "T2 2026-01 DELEGATED": the tier by its name, the thresholds' version, the delegation said in words
			var parts = value.split(" ");
			var tier = message("penalty.tier." + parts[0]);
			var text = (tier == null ? parts[0] : tier) + (parts.length > 1 ? " · " + parts[1] : "");
			var delegated = message("audit.route.delegated");
			return parts.length > 2 && delegated != null ? text + " · " + delegated : text;
		}
		if (entry.action().startsWith("case.") || entry.action().startsWith("penalty.")) {
			var space = value.indexOf(' ');
			var status = space < 0 ? value : value.substring(0, space);
			var named = message((entry.action().startsWith("case.") ? "caseflow" : "penalty") + ".status." + status);
			return named == null ? value : named + (space < 0 ? "" : value.substring(space));
		}
		if (entry.action().equals("party.register")) {
			var named = message("party.kind." + value);
			return named != null ? named : value;
		}
		if (entry.action().equals("signInFailed")) {
			var named = message("audit.reason." + value);
			return named != null ? named : value;
		}
		if (value.startsWith("lockedUntil=")) {
			try {
				var until = Instant.parse(value.substring("lockedUntil=".length())).atZone(ZONE).format(MINUTE);
				var named = messages.getMessage("audit.lockedUntil", new Object[] { until }, null,
						LocaleContextHolder.getLocale());
				return named != null ? named : value;
			}
			catch (DateTimeParseException ex) {
				return value;
			}
		}
		return value;
	}

	private @Nullable String message(String key) {
		return messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
	}
}
