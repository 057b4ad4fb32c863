package org.chengguan.supervision;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.system.Spreadsheet;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** A monthly assessment and a quarter's 通报 as .xlsx, with Chinese headers and points as numbers. */
@Controller
@PreAuthorize("hasAuthority('supervision:view')")
class AssessmentExportController {

	private final AssessmentManagement assessments;

	private final Schemes schemes;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	AssessmentExportController(AssessmentManagement assessments, Schemes schemes, WorkingCalendar calendar,
			MessageSource messages) {
		this.assessments = assessments;
		this.schemes = schemes;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/supervision/assessments/{id}/export.xlsx")
	void assessment(@PathVariable long id, HttpServletResponse response) throws IOException {
		var a = assessments.get(id);
		var headers = new ArrayList<>(List.of(label("supervision.ranking.rank"),
				label("supervision.assessment.subject." + a.getSubject()), label("supervision.ranking.total")));
		schemes.get(a.getSchemeCode(), a.getSchemeVersion()).ifPresent(s -> s.items().forEach(i -> headers.add(
				label("supervision.indicator." + i.indicator()) + "（" + i.weight().stripTrailingZeros().toPlainString()
						+ "）")));
		headers.add(label("supervision.count.cases"));
		SupervisionExportController.download(response, a.getMonth().toString().substring(0, 7) + "-" + label("supervision.assessment.subject."
				+ a.getSubject()) + "-v" + a.getVersion());
		try (var sheet = Spreadsheet.open(response.getOutputStream(), label("supervision.assessment.title"), headers,
				calendar.zone())) {
			for (var s : a.getScores()) {
				var cells = new ArrayList<@Nullable Object>(List.of(s.rank(), s.name(), s.total()));
				a.itemsOf(s.key()).forEach(i -> cells.add(i.points()));
				cells.add(s.cases());
				sheet.row(cells.toArray());
			}
		}
	}

	@GetMapping("/supervision/reports/quarter.xlsx")
	void quarter(@RequestParam int year, @RequestParam int quarter, @RequestParam MonthlyAssessment.Subject subject,
			HttpServletResponse response) throws IOException {
		var report = assessments.quarter(Math.max(2000, Math.min(2100, year)), Math.max(1, Math.min(4, quarter)),
				subject);
		var headers = new ArrayList<>(List.of(label("supervision.ranking.rank"),
				label("supervision.assessment.subject." + subject)));
		report.months().forEach(m -> headers.add(m.toString()));
		headers.add(label("supervision.quarter.mean"));
		SupervisionExportController.download(response, report.year() + "Q" + report.quarter() + "-" + label("supervision.quarter.title"));
		try (var sheet = Spreadsheet.open(response.getOutputStream(), label("supervision.quarter.title"), headers,
				calendar.zone())) {
			for (var r : report.rows()) {
				var cells = new ArrayList<@Nullable Object>(List.of(r.rank(), r.name()));
				r.months().forEach(v -> cells.add(v.orElse(null)));
				cells.add(r.mean());
				sheet.row(cells.toArray());
			}
		}
	}

	private String label(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
