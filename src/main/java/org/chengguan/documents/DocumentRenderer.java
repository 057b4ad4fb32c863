package org.chengguan.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a document's template (XHTML under {@code templates/documents}) to PDF with Noto Serif SC embedded as a
 * subset (TrueType outlines: openhtmltopdf cannot embed CFF-outline CJK fonts). Documents are always in Chinese.
 */
@Component
class DocumentRenderer {

	static final String FONT = "Noto Serif SC";

	private final ITemplateEngine templates;

	private final DocumentFormat format;

	private final byte[] regular;

	private final byte[] bold;

	DocumentRenderer(ITemplateEngine templates, DocumentProperties properties) {
		// openhtmltopdf tells of every font it loads; only its warnings matter here
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
		this.templates = templates;
		this.format = new DocumentFormat(properties.zone());
		this.regular = font("NotoSerifSC-Regular.ttf");
		this.bold = font("NotoSerifSC-Bold.ttf");
	}

	/** The template's XHTML with the header and the model, as the PDF will show it. */
	String html(DocumentHeader header, Map<String, ?> model) {
		var variables = new HashMap<String, Object>(model);
		variables.put("doc", header);
		variables.put("fmt", format);
		return templates.process(header.kind().template(), new Context(Locale.SIMPLIFIED_CHINESE, variables));
	}

	byte[] pdf(DocumentHeader header, Map<String, ?> model) {
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
			builder.withProducer("Chengguan");
			builder.withHtmlContent(html(header, model), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not render " + header.kind(), ex);
		}
		return out.toByteArray();
	}

	private static byte[] font(String name) {
		try (var in = new ClassPathResource("fonts/" + name).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The document font " + name + " is missing", ex);
		}
	}
}
