package org.chengguan.frontage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 台账 as Excel: its column headers (messages {@code frontage.import.column.*}, read in Chinese or English), the
 * date forms a text cell may take ({@code frontage.import.dateForms}), and the empty template in the reader's language.
 */
@Component
class FrontageSheets {

	private static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final MessageSource messages;

	FrontageSheets(MessageSource messages) {
		this.messages = messages;
	}

	/** The rows of a sheet, or {@link FrontageRuleException} when it is no 台账 at all. */
	List<FrontageImport.Row> read(InputStream xlsx) {
		var headers = new HashMap<String, FrontageImport.Column>();
		for (var language : LANGUAGES) {
			for (var column : FrontageImport.Column.values()) {
				headers.put(header(column, language), column);
			}
		}
		var dates = Arrays.stream(messages.getMessage("frontage.import.dateForms", null, Locale.SIMPLIFIED_CHINESE)
			.split(";")).map(DateTimeFormatter::ofPattern).toList();
		return FrontageImport.read(xlsx, new FrontageImport.Reading(headers, dates));
	}

	String header(FrontageImport.Column column, Locale language) {
		return messages.getMessage("frontage.import.column." + column.name(), null, language);
	}

	/** An empty 台账 with the columns the import reads, headed in the reader's language. */
	byte[] template(Locale language) throws IOException {
		var out = new ByteArrayOutputStream();
		var workbook = new Workbook(out, "Chengguan", "1.0");
		var sheet = workbook.newWorksheet(messages.getMessage("frontage.import.sheet", null, language));
		var columns = FrontageImport.Column.values();
		for (var i = 0; i < columns.length; i++) {
			sheet.value(0, i, header(columns[i], language));
			sheet.style(0, i).bold().set();
			sheet.width(i, 18);
		}
		workbook.finish();
		return out.toByteArray();
	}

	String templateName(Locale language) {
		return messages.getMessage("frontage.import.templateName", null, language);
	}
}
