package org.chengguan.frontage;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
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

	/** The columns of a 台账; a header row names them in Chinese or English (messages {@code frontage.import.column.*}). */
	public enum Column {
		NAME(true), CREDIT_CODE(false), LICENCE_NO(false), CONTACT_NAME(true), CONTACT_PHONE(true), ADDRESS(true),
		LON(false), LAT(false), FRONTAGE(false), DUTY_APPEARANCE(false), DUTY_SANITATION(false), DUTY_ORDER(false),
		SIGNED_ON(false);

		private final boolean required;

		Column(boolean required) {
			this.required = required;
		}

		public boolean isRequired() {
			return required;
		}
	}

	/** How a sheet is read: the header texts of each column, and the date forms a text cell may take. */
	record Reading(Map<String, Column> headers, List<DateTimeFormatter> dates) {
	}

	/** A 台账 of more rows is split: one street's units at a time. */
	static final int MAX_ROWS = 5_000;

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
	static List<Row> read(InputStream xlsx, Reading reading) {
		try (var workbook = new ReadableWorkbook(xlsx); var stream = workbook.getFirstSheet().openStream()) {
			var rows = new ArrayList<Row>();
			Map<Column, Integer> columns = null;
			for (var iterator = stream.iterator(); iterator.hasNext();) {
				var row = iterator.next();
				if (columns == null) {
					columns = header(row, reading.headers());
					continue;
				}
				if (row.stream().allMatch(c -> c == null || c.getText() == null || c.getText().isBlank())) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw new FrontageRuleException("frontage.import.error.tooMany");
				}
				rows.add(row(row, columns, reading.dates()));
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

	private static Map<Column, Integer> header(org.dhatim.fastexcel.reader.Row row, Map<String, Column> headers) {
		var columns = new EnumMap<Column, Integer>(Column.class);
		for (var i = 0; i < row.getCellCount(); i++) {
			var column = headers.get(row.getCellText(i).strip());
			if (column != null) {
				columns.put(column, i);
			}
		}
		if (Arrays.stream(Column.values()).anyMatch(c -> c.isRequired() && !columns.containsKey(c))) {
			throw new FrontageRuleException("frontage.import.error.headers");
		}
		return columns;
	}

	private static Row row(org.dhatim.fastexcel.reader.Row row, Map<Column, Integer> columns,
			List<DateTimeFormatter> dates) {
		var problems = new ArrayList<String>();
		var frontage = text(row, columns, Column.FRONTAGE);
		if (frontage == null) {
			var lon = text(row, columns, Column.LON);
			var lat = text(row, columns, Column.LAT);
			frontage = lon == null || lat == null ? null : lon + "," + lat;
		}
		LocalDate signedOn = null;
		var dateColumn = columns.get(Column.SIGNED_ON);
		if (dateColumn != null && row.hasCell(dateColumn) && row.getCell(dateColumn) != null) {
			var cell = row.getCell(dateColumn);
			try {
				signedOn = cell.getType() == CellType.NUMBER ? cell.asDate().toLocalDate() : date(cell.getText(), dates);
			}
			catch (RuntimeException ex) {
				problems.add("frontage.error.signedOnFormat");
			}
		}
		var unit = new NewFrontage(text(row, columns, Column.NAME), text(row, columns, Column.CREDIT_CODE),
				text(row, columns, Column.LICENCE_NO), text(row, columns, Column.CONTACT_NAME),
				text(row, columns, Column.CONTACT_PHONE), text(row, columns, Column.ADDRESS), frontage,
				text(row, columns, Column.DUTY_APPEARANCE), text(row, columns, Column.DUTY_SANITATION),
				text(row, columns, Column.DUTY_ORDER), signedOn);
		return new Row(row.getRowNum(), unit, problems);
	}

	private static @Nullable LocalDate date(@Nullable String text, List<DateTimeFormatter> dates) {
		if (text == null || text.isBlank()) {
			return null;
		}
		for (var format : dates) {
			try {
				return LocalDate.parse(text.strip(), format);
			}
			catch (DateTimeParseException ex) {
				// the next format
			}
		}
		throw new IllegalArgumentException("Not a date: " + text);
	}

	private static @Nullable String text(org.dhatim.fastexcel.reader.Row row, Map<Column, Integer> columns,
			Column column) {
		var index = columns.get(column);
		if (index == null || !row.hasCell(index) || row.getCell(index) == null) {
			return null;
		}
		var text = row.getCellText(index);
		return text == null || text.isBlank() ? null : text.strip();
	}
}
