package org.chengguan.supervision;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseFactManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.system.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cases behind a number of the dashboard — a count, or the numerator, denominator or misses of an indicator — for
 * the same period and scope, from the facts that number was summed from; as a page and as an .xlsx.
 */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class FigureCasesController {

	static final int PAGE = 50;

	/** The most rows one export holds. */
	static final int MAX_ROWS = 200_000;

	/** What was asked for: a count by name, or an indicator and a part of it; and its cases. */
	record Drill(String title, String part, CaseSet set, String query) {

		/** {@code query}: its part of the query string (the next page, the export). */
		Drill(String title, String part, CaseSet set) {
			this(title, part, set, part.isEmpty() ? "count=" + title : "indicator=" + title + "&part=" + part);
		}
	}

	private final FigureCases figureCases;

	private final CaseFactManagement caseFacts;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	private final Names names;

	private final MessageSource messages;

	private final SupervisionProperties properties;

	FigureCasesController(FigureCases figureCases, CaseFactManagement caseFacts, CurrentStaff currentStaff,
			WorkingCalendar calendar, Names names, MessageSource messages, SupervisionProperties properties) {
		this.figureCases = figureCases;
		this.caseFacts = caseFacts;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
		this.names = names;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping("/supervision/cases")
	String list(DashboardFilter.Form form, @RequestParam(required = false) @Nullable String indicator,
			@RequestParam(required = false) @Nullable String part, @RequestParam(required = false) @Nullable String count,
			@RequestParam(required = false) @Nullable Long before, Model model) {
		var filter = DashboardFilter.of(form, calendar.today(), currentStaff.scope());
		var drill = drill(indicator, part, count);
		var ids = figureCases.ids(filter.scope(), filter.period(), drill.set(), filter.adjusted(), before, PAGE + 1);
		var rows = caseFacts.listings(ids.subList(0, Math.min(PAGE, ids.size())), currentStaff.scope());
		model.addAttribute("filter", filter);
		model.addAttribute("query", filter.query());
		model.addAttribute("drill", drill);
		model.addAttribute("rows", rows);
		model.addAttribute("next", ids.size() > PAGE ? ids.get(PAGE - 1) : null);
		model.addAttribute("units", names.units());
		model.addAttribute("zone", calendar.zone());
		return "supervision/cases";
	}

	@GetMapping("/supervision/cases.xlsx")
	void export(DashboardFilter.Form form, @RequestParam(required = false) @Nullable String indicator,
			@RequestParam(required = false) @Nullable String part, @RequestParam(required = false) @Nullable String count,
			HttpServletResponse response) throws IOException {
		var filter = DashboardFilter.of(form, calendar.today(), currentStaff.scope());
		var drill = drill(indicator, part, count);
		var units = names.units();
		SupervisionExportController.download(response, label("supervision.export.casesFile") + "-" + calendar.today());
		var headers = List.of("case.number", "case.status", "case.source", "case.export.summary", "case.address",
				"case.categoryKey", "case.export.unit", "case.export.receivedAt", "supervision.export.closedAt");
		try (var sheet = Spreadsheet.open(response.getOutputStream(), label("supervision.export.casesSheet"),
				headers.stream().map(this::label).toList(), calendar.zone())) {
			Long before = null;
			List<Long> ids;
			do {
				ids = figureCases.ids(filter.scope(), filter.period(), drill.set(), filter.adjusted(), before, 1000);
				for (var row : caseFacts.listings(ids, currentStaff.scope())) {
					if (sheet.rows() < MAX_ROWS) {
						sheet.row(row.number(), label("caseflow.status." + row.status()),
								label("intake.channel." + row.source()), row.summary(), row.address(), row.categoryKey(),
								row.unitId() == null ? null : units.get(row.unitId()), row.receivedAt(), row.closedAt());
					}
				}
				before = ids.isEmpty() ? null : ids.get(ids.size() - 1);
			}
			while (ids.size() == 1000 && sheet.rows() < MAX_ROWS);
		}
	}

	/** The set asked for; an unknown one is every case of the scope and period. */
	private Drill drill(@Nullable String indicator, @Nullable String part, @Nullable String count) {
		if (count != null) {
			return CaseSet.ofCount(count).map(set -> new Drill(count, "", set))
				.orElse(new Drill("cases", "", CaseSet.CASES));
		}
		try {
			var i = Indicator.valueOf(Objects.requireNonNull(indicator));
			var p = CaseSet.Part.valueOf(Objects.requireNonNull(part));
			return new Drill(i.name(), p.name(), CaseSet.of(i, p, properties.settings()));
		}
		catch (IllegalArgumentException | NullPointerException unknown) {
			return new Drill("cases", "", CaseSet.CASES);
		}
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
