package org.chengguan.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * 一案一卷 (《行政处罚法》第四十七条): the cover, the 卷内目录 with each document's pages, the evidence list and the
 * 备考表 rendered from the {@code case-file} template, followed by every document of the file in order, as one PDF.
 */
@Component
class CaseFiles {

	/** The document's PDF, read from where it is kept. */
	interface Contents {

		InputStream open(IssuedDocument document) throws IOException;
	}

	private final DocumentRenderer renderer;

	CaseFiles(DocumentRenderer renderer) {
		this.renderer = renderer;
	}

	byte[] compile(DocumentHeader header, Map<String, ?> model, List<IssuedDocument> documents, Contents contents) {
		try {
			var parts = new ArrayList<byte[]>();
			for (var document : documents) {
				try (var in = contents.open(document)) {
					parts.add(in.readAllBytes());
				}
			}
			var pageCounts = new ArrayList<Integer>();
			for (var part : parts) {
				try (var pdf = Loader.loadPDF(part)) {
					pageCounts.add(pdf.getNumberOfPages());
				}
			}
			// the front matter's own length decides where the documents start: rendered once to count it
			var front = front(header, model, documents, pageCounts, 0);
			var frontPages = pages(front);
			front = front(header, model, documents, pageCounts, frontPages);
			try (var file = Loader.loadPDF(front); var out = new ByteArrayOutputStream()) {
				var merger = new PDFMergerUtility();
				for (var part : parts) {
					try (var pdf = Loader.loadPDF(part)) {
						merger.appendDocument(file, pdf);
					}
				}
				file.save(out);
				return out.toByteArray();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not compile the case file", ex);
		}
	}

	private byte[] front(DocumentHeader header, Map<String, ?> model, List<IssuedDocument> documents,
			List<Integer> pageCounts, int frontPages) {
		var entries = new ArrayList<FileEntry>();
		var next = frontPages + 1;
		for (var i = 0; i < documents.size(); i++) {
			entries.add(new FileEntry(i + 1, documents.get(i), next, pageCounts.get(i)));
			next += pageCounts.get(i);
		}
		var withEntries = new HashMap<String, Object>(model);
		withEntries.put("entries", entries);
		withEntries.put("totalPages", frontPages == 0 ? null : next - 1);
		return renderer.pdf(header, withEntries);
	}

	private static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}
}
