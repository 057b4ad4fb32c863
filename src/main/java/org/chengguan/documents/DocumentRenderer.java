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
import org.springframework.context.MessageSource;
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

	/** What stands where a number was blotted out of a public copy. */
	private final String redacted;

	private final byte[] regular;

	private final byte[] bold;

	DocumentRenderer(ITemplateEngine templates, DocumentProperties properties, MessageSource messages) {
		// openhtmltopdf tells of every font it loads; only its warnings matter here
		XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
		this.templates = templates;
		this.format = new DocumentFormat(properties.zone(),
				key -> messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE));
		this.redacted = messages.getMessage("document.redacted", null, Locale.SIMPLIFIED_CHINESE);
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

	/**
	 * A copy for the public (《行政处罚法》第四十八条): the template renders the party as the model gives it (a person's
	 * name masked, no identity number or address), and whatever still reads as a 身份证号码 or a mobile number in the
	 * officers' own text is blotted out before the PDF is made.
	 */
	byte[] publicPdf(DocumentHeader header, Map<String, ?> model) {
		var html = IDENTITY_NUMBER.matcher(html(header, model)).replaceAll(redacted);
		return pdf(header, MOBILE.matcher(html).replaceAll(redacted));
	}

	static final java.util.regex.Pattern IDENTITY_NUMBER = java.util.regex.Pattern
		.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");

	static final java.util.regex.Pattern MOBILE = java.util.regex.Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");

	byte[] pdf(DocumentHeader header, Map<String, ?> model) {
		return pdf(header, html(header, model));
	}

	private byte[] pdf(DocumentHeader header, String html) {
		var out = new ByteArrayOutputStream();
		try {
			var builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
			builder.withProducer("Chengguan");
			builder.withHtmlContent(html, null);
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
