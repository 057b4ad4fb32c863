package org.chengguan.caseflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.intake.Channel;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.OrgManagement;
import org.chengguan.system.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case list as an .xlsx with the filters of the page, within the person's scope, streamed from a cursor. */
@Controller
@PreAuthorize("hasAuthority('case:view')")
class CaseExportController {

	/** The most rows one export holds; the last row says so when there were more. */
	static final int MAX_ROWS = 200_000;

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final List<String> HEADERS = List.of("case.number", "case.status", "case.source",
			"case.export.summary", "case.address", "case.export.unitGrid", "case.categoryKey", "case.export.receivedAt",
			"case.export.unit", "case.export.stage", "case.export.stageDueAt", "case.export.disposeDueAt",
			"case.export.level");

	private final CaseSearch search;

	private final CaseFilters filters;

	private final CurrentStaff currentStaff;

	private final WorkingCalendar calendar;

	private final OrgManagement org;

	private final MessageSource messages;

	CaseExportController(CaseSearch search, CaseFilters filters, CurrentStaff currentStaff, WorkingCalendar calendar,
			OrgManagement org, MessageSource messages) {
		this.search = search;
		this.filters = filters;
		this.currentStaff = currentStaff;
		this.calendar = calendar;
		this.org = org;
		this.messages = messages;
	}

	@GetMapping("/cases/export.xlsx")
	void export(@RequestParam(required = false) CaseListController.@Nullable Queue queue,
			@RequestParam(required = false) @Nullable CaseStatus status,
			@RequestParam(required = false) @Nullable Channel source,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Long unit, @RequestParam(required = false) @Nullable OverdueLevel level,
			HttpServletResponse response) throws IOException {
		var filter = filters.filter(queue, status, source, category, region, from, to, overdue, q, unit, level,
				new ArrayList<>());
		var order = queue != null ? CaseSearch.Order.DUE : CaseSearch.Order.NEWEST;
		var units = org.tree().stream().collect(Collectors.toMap(r -> Objects.requireNonNull(r.unit().getId()),
				r -> r.unit().getName()));
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(label("case.export.file") + "-" + calendar.today() + ".xlsx", StandardCharsets.UTF_8)
			.build()
			.toString());
		try (var sheet = Spreadsheet.open(response.getOutputStream(), label("case.export.sheet"),
				HEADERS.stream().map(this::label).toList(), calendar.zone())) {
			var found = search.each(filter, order, currentStaff.scope(), calendar.zone(), calendar.now(), MAX_ROWS + 1,
					row -> {
						if (sheet.rows() < MAX_ROWS) {
							sheet.row(cells(row, units));
						}
					});
			if (found > MAX_ROWS) {
				sheet.row(label("case.export.truncated", MAX_ROWS));
			}
		}
	}

	private @Nullable Object[] cells(CaseSearch.Row row, Map<Long, String> units) {
		return new @Nullable Object[] { row.number(), label("caseflow.status." + row.status()),
				label("intake.channel." + row.source()), row.summary(), row.address(), row.unitGridCode(),
				row.categoryKey(), row.receivedAt(), row.unitId() == null ? null : units.get(row.unitId()),
				row.stage() == null ? null : label("caseflow.stage." + row.stage()), row.stageDueAt(),
				row.disposeDueAt(), label("caseflow.level." + row.overdueLevel()) };
	}

	private String label(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
