package org.chengguan.frontage;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A squad's 台账 in Excel (the first sheet; a header row naming the columns, in any order): every row becomes a
 * {@link NewFrontage} with what could not even be read noted against it. The template the page offers has the same
 * columns.
 */
public final class FrontageImport {

	/** The columns, as the header row names them; those marked required must be there. */
	static final List<String> COLUMNS = List.of("名称", "统一社会信用代码", "营业执照号", "联系人", "联系电话", "地址", "经度", "纬度",
			"门前范围", "包市容", "包环境卫生", "包秩序", "签订日期");

	static final List<String> REQUIRED = List.of("名称", "联系人", "联系电话", "地址");

	/** A 台账 of more rows is split: one street's units at a time. */
	static final int MAX_ROWS = 5_000;

	private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("uuuu-M-d"),
			DateTimeFormatter.ofPattern("uuuu/M/d"), DateTimeFormatter.ofPattern("uuuu年M月d日"),
			DateTimeFormatter.ofPattern("uuuu.M.d"));

	/** A row of the sheet (its number as Excel shows it) and what was read from it. */
	public record Row(int number, NewFrontage unit, List<String> problems) {

		public Row {
			problems = List.copyOf(problems);
		}
	}

	/** A problem of a row, as a message key; row 0 is the file itself. */
	public record Problem(int row, String key) {
	}

	/** What an import did: units saved (all or none), rows read, and the problems that kept the sheet out. */
	public record Result(int saved, int rows, List<Problem> problems) {

		public Result {
			problems = List.copyOf(problems);
		}
	}

	private FrontageImport() {
	}

	/** The rows of the first sheet, or {@link FrontageRuleException} when the file is no 台账 at all. */
	static List<Row> read(InputStream xlsx) {
		try (var workbook = new ReadableWorkbook(xlsx); var stream = workbook.getFirstSheet().openStream()) {
			var rows = new ArrayList<Row>();
			Map<String, Integer> columns = null;
			for (var iterator = stream.iterator(); iterator.hasNext();) {
				var row = iterator.next();
				if (columns == null) {
					columns = header(row);
					continue;
				}
				if (row.stream().allMatch(c -> c == null || c.getText() == null || c.getText().isBlank())) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw new FrontageRuleException("frontage.import.error.tooMany");
				}
				rows.add(row(row, columns));
			}
			if (columns == null) {
				throw new FrontageRuleException("frontage.import.error.headers");
			}
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof FrontageRuleException rule) {
				throw rule;
			}
			throw new FrontageRuleException("frontage.import.error.file");
		}
	}

	private static Map<String, Integer> header(org.dhatim.fastexcel.reader.Row row) {
		var columns = new HashMap<String, Integer>();
		for (var i = 0; i < row.getCellCount(); i++) {
			var name = row.getCellText(i).strip();
			if (COLUMNS.contains(name)) {
				columns.put(name, i);
			}
		}
		if (!columns.keySet().containsAll(REQUIRED)) {
			throw new FrontageRuleException("frontage.import.error.headers");
		}
		return columns;
	}

	private static Row row(org.dhatim.fastexcel.reader.Row row, Map<String, Integer> columns) {
		var problems = new ArrayList<String>();
		var frontage = text(row, columns, "门前范围");
		if (frontage == null) {
			var lon = text(row, columns, "经度");
			var lat = text(row, columns, "纬度");
			frontage = lon == null || lat == null ? null : lon + "," + lat;
		}
		LocalDate signedOn = null;
		var dateColumn = columns.get("签订日期");
		if (dateColumn != null && row.hasCell(dateColumn) && row.getCell(dateColumn) != null) {
			var cell = row.getCell(dateColumn);
			try {
				signedOn = cell.getType() == CellType.NUMBER ? cell.asDate().toLocalDate() : date(cell.getText());
			}
			catch (RuntimeException ex) {
				problems.add("frontage.error.signedOnFormat");
			}
		}
		var unit = new NewFrontage(text(row, columns, "名称"), text(row, columns, "统一社会信用代码"),
				text(row, columns, "营业执照号"), text(row, columns, "联系人"), text(row, columns, "联系电话"),
				text(row, columns, "地址"), frontage, text(row, columns, "包市容"), text(row, columns, "包环境卫生"),
				text(row, columns, "包秩序"), signedOn);
		return new Row(row.getRowNum(), unit, problems);
	}

	private static @Nullable LocalDate date(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (var format : DATES) {
			try {
				return LocalDate.parse(text.strip(), format);
			}
			catch (DateTimeParseException ex) {
				// the next format
			}
		}
		throw new IllegalArgumentException("Not a date: " + text);
	}

	private static @Nullable String text(org.dhatim.fastexcel.reader.Row row, Map<String, Integer> columns,
			String column) {
		var index = columns.get(column);
		if (index == null || !row.hasCell(index) || row.getCell(index) == null) {
			return null;
		}
		var text = row.getCellText(index);
		return text == null || text.isBlank() ? null : text.strip();
	}
}
