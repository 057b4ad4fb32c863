package org.chengguan.supervision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.system.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard's tables as .xlsx: the indicators with 环比 and 同比, and the ranking with each item's points. */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class SupervisionExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final SupervisionManagement supervision;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	private final SupervisionProperties properties;

	SupervisionExportController(SupervisionManagement supervision, CurrentStaff currentStaff, WorkingCalendar calendar,
			MessageSource messages, SupervisionProperties properties) {
		this.supervision = supervision;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping("/supervision/indicators.xlsx")
	void indicators(DashboardFilter.Form form, HttpServletResponse response) throws IOException {
		var view = view(form);
		attachment(response, "supervision.export.indicatorsFile");
		var headers = List.of("supervision.export.scope", "supervision.export.period", "supervision.export.indicator",
				"supervision.value", "supervision.export.unit", "supervision.export.numerator",
				"supervision.export.denominator", "supervision.export.previousValue",
				"supervision.export.yearEarlierValue");
		try (var sheet = Spreadsheet.open(response.getOutputStream(), label("supervision.export.indicatorsFile"),
				headers.stream().map(this::label).toList(), calendar.zone())) {
			var scope = scopeName(view);
			var period = period(view.filter().period());
			for (var rows : view.sections().values()) {
				for (var r : rows) {
					var unit = label("supervision.unit." + (r.now().mean() ? r.indicator() : "RATE"));
					sheet.row(scope, period, label("supervision.indicator." + r.indicator()),
							r.now().value().orElse(null), unit, r.now().numerator(),
							r.now().mean() ? null : r.now().denominator(), r.previous().value().orElse(null),
							r.yearEarlier().value().orElse(null));
				}
			}
		}
	}

	@GetMapping("/supervision/ranking.xlsx")
	void ranking(DashboardFilter.Form form, HttpServletResponse response) throws IOException {
		var view = view(form);
		attachment(response, "supervision.export.rankingFile");
		var headers = new ArrayList<>(List.of(label("supervision.ranking.rank"),
				label("supervision.grouping." + view.filter().rankBy()), label("supervision.ranking.total")));
		view.scheme().ifPresent(s -> s.items().forEach(i -> headers.add(label("supervision.indicator." + i.indicator())
				+ "（" + i.weight() + "）")));
		headers.add(label("supervision.count.cases"));
		try (var sheet = Spreadsheet.open(response.getOutputStream(), label("supervision.export.rankingFile"),
				headers, calendar.zone())) {
			for (var r : view.ranking()) {
				var cells = new ArrayList<@Nullable Object>(List.of(r.rank(), r.name(), r.score().total()));
				r.score().items().forEach(i -> cells.add(i.points().orElse(null)));
				cells.add(r.tally().cases());
				sheet.row(cells.toArray());
			}
		}
	}

	private SupervisionManagement.View view(DashboardFilter.Form form) {
		return supervision.dashboard(DashboardFilter.of(form, calendar.today(), currentStaff.scope()),
				properties.settings(), LocaleContextHolder.getLocale());
	}

	private void attachment(HttpServletResponse response, String fileKey) {
		download(response, label(fileKey) + "-" + calendar.today());
	}

	/** An .xlsx download named {@code name}.xlsx (Chinese names encoded as RFC 6266 wants). */
	static void download(HttpServletResponse response, String name) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name + ".xlsx", StandardCharsets.UTF_8).build().toString());
	}

	private String scopeName(SupervisionManagement.View view) {
		return view.scopeName().isEmpty() ? label("supervision.scope.city") : view.scopeName();
	}

	private static String period(Period period) {
		return period.from() + " — " + period.last();
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
