package org.chengguan.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * An .xlsx export written while it is read from the database: a bold header row, then the rows, flushed to the
 * response every thousand, so that a hundred thousand rows never sit in memory. Text stays text, numbers numbers, and
 * times are Excel dates in the bureau's zone.
 */
public final class Spreadsheet implements AutoCloseable {

	private static final int FLUSH_EVERY = 1000;

	private final Workbook workbook;

	private final Worksheet sheet;

	private final ZoneId zone;

	private int row = 1;

	private Spreadsheet(OutputStream out, String sheetName, List<String> headers, ZoneId zone) {
		this.workbook = new Workbook(out, "Chengguan", "1.0");
		this.sheet = workbook.newWorksheet(sheetName);
		this.zone = zone;
		for (var column = 0; column < headers.size(); column++) {
			sheet.value(0, column, headers.get(column));
			sheet.style(0, column).bold().set();
		}
		sheet.freezePane(0, 1);
	}

	public static Spreadsheet open(OutputStream out, String sheetName, List<String> headers, ZoneId zone) {
		return new Spreadsheet(out, sheetName, headers, zone);
	}

	/** One row: {@code String}, {@code Number}, {@code Instant} or {@code LocalDate} cells; {@code null} is empty. */
	public void row(@Nullable Object... cells) {
		for (var column = 0; column < cells.length; column++) {
			var cell = cells[column];
			if (cell instanceof Number number) {
				sheet.value(row, column, number);
			}
			else if (cell instanceof Instant at) {
				sheet.value(row, column, at.atZone(zone).toLocalDateTime());
				sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
			}
			else if (cell instanceof LocalDate day) {
				sheet.value(row, column, day);
				sheet.style(row, column).format("yyyy-mm-dd").set();
			}
			else if (cell != null) {
				sheet.value(row, column, cell.toString());
			}
		}
		row++;
		if (row % FLUSH_EVERY == 0) {
			try {
				sheet.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/** How many rows were written below the header. */
	public int rows() {
		return row - 1;
	}

	@Override
	public void close() throws IOException {
		workbook.finish();
	}
}
