package org.chengguan.open311;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import tools.jackson.databind.ObjectMapper;

/**
 * The two formats of GeoReport v2, chosen by the suffix ({@code .xml} is required by the spec, {@code .json}
 * optional). A response is a tree of maps, lists and values; in XML a list becomes an element per item, named by the
 * list's singular ({@code services} → {@code service}, {@code service_requests} → {@code request}).
 */
enum Open311Format {

	JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),
	XML(new MediaType("text", "xml", StandardCharsets.UTF_8));

	private static final Map<String, String> ITEMS = Map.of("services", "service", "attributes", "attribute",
			"values", "value", "endpoints", "endpoint", "formats", "format", "service_requests", "request",
			"errors", "error");

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	/** The format of a path suffix, or null when it is neither. */
	static @Nullable Open311Format of(String suffix) {
		return switch (suffix) {
			case "json" -> JSON;
			case "xml" -> XML;
			default -> null;
		};
	}

	MediaType mediaType() {
		return mediaType;
	}

	/** Writes the tree; {@code root} names the XML document element (JSON has none). */
	byte[] write(Object tree, String root, ObjectMapper json) {
		if (this == JSON) {
			return json.writeValueAsBytes(tree);
		}
		try {
			var out = new ByteArrayOutputStream();
			var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			element(xml, root, tree);
			xml.writeEndDocument();
			xml.close();
			return out.toByteArray();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write Open311 XML", ex);
		}
	}

	private static void element(XMLStreamWriter xml, String name, @Nullable Object value) throws XMLStreamException {
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> map) {
			for (var entry : map.entrySet()) {
				element(xml, String.valueOf(entry.getKey()), entry.getValue());
			}
		}
		else if (value instanceof List<?> list) {
			var item = ITEMS.getOrDefault(name, "item");
			for (var each : list) {
				element(xml, item, each);
			}
		}
		else if (value != null) {
			xml.writeCharacters(String.valueOf(value));
		}
		xml.writeEndElement();
	}
}
