package org.chengguan.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceSource;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues documents: numbers, renders, seals and stores them in one transaction (a failure keeps no number and no row),
 * corrects them as new versions, and hands out their PDFs. Who may see a document is the subject module's rule.
 */
@Service
public class DocumentManagement {

	/** The evidence channel issued PDFs are stored under. */
	public static final String CHANNEL = "DOCUMENT";

	private final IssuedDocumentRepository documents;

	private final DocumentNumbers numbers;

	private final DocumentRenderer renderer;

	private final EvidenceManagement evidence;

	private final DocumentProperties properties;

	private final SealProvider seal;

	private final CaseFiles caseFiles;

	private final Clock clock;

	DocumentManagement(IssuedDocumentRepository documents, DocumentNumbers numbers, DocumentRenderer renderer,
			EvidenceManagement evidence, DocumentProperties properties, Map<String, SealProvider> seals,
			CaseFiles caseFiles, Clock clock) {
		this.documents = documents;
		this.numbers = numbers;
		this.renderer = renderer;
		this.evidence = evidence;
		this.properties = properties;
		this.seal = Optional.ofNullable(seals.get(properties.seal()))
			.orElseThrow(() -> new IllegalStateException("No seal provider named " + properties.seal()));
		this.caseFiles = caseFiles;
		this.clock = clock;
	}

	/** The agency the documents name. */
	public Agency agency() {
		return properties.agency();
	}

	@Transactional
	public IssuedDocument issue(DocumentRequest request) {
		var number = request.presetNumber() != null ? request.presetNumber()
				: numbers.next(agency(), request.kind(), request.dated().getYear());
		return store(request, number, null, null);
	}

	/**
	 * A correction: the same 文号 as a new version naming the one it replaces, which must be the latest; the replaced
	 * version stays as it was.
	 */
	@Transactional
	public IssuedDocument correct(long replacedId, DocumentRequest request, String reason) {
		var replaced = documents.findById(replacedId)
			.orElseThrow(() -> new DocumentRuleException("documents.error.notFound"));
		if (replaced.getKind() != request.kind() || replaced.getSubjectId() != request.subjectId()
				|| !replaced.getSubjectType().equals(request.subjectType())) {
			throw new DocumentRuleException("documents.error.otherDocument");
		}
		if (documents.isReplaced(replacedId)) {
			throw new DocumentRuleException("documents.error.notLatest");
		}
		if (reason.isBlank()) {
			throw new DocumentRuleException("documents.error.reasonRequired");
		}
		return store(request, replaced.getNumber(), replaced, reason.strip());
	}

	/**
	 * The public copy of an issued document (《行政处罚法》第四十八条): rendered again from the request's model (which
	 * masks the party), with the issued document's 文号; nothing is stored here.
	 */
	public byte[] publicCopy(IssuedDocument issued, DocumentRequest request) {
		return renderer.publicPdf(new DocumentHeader(issued.getKind(), issued.getNumber(), issued.getVersion(),
				request.dated(), agency(), false), request.model());
	}

	public Optional<IssuedDocument> find(long id) {
		return documents.findById(id);
	}

	/** Every document of a subject, in the order issued (corrections after what they replace). */
	public List<IssuedDocument> of(String subjectType, long subjectId) {
		return documents.findBySubjectTypeAndSubjectIdOrderByIssuedAtAscIdAsc(subjectType, subjectId);
	}

	/** The PDF; the caller closes the stream. */
	public InputStream open(IssuedDocument document) throws IOException {
		var file = evidence.find(document.getEvidenceId())
			.orElseThrow(() -> new IllegalStateException("The PDF of document " + document.getId() + " is missing"));
		return evidence.open(file);
	}

	/**
	 * 立卷 (一案一卷, 《行政处罚法》第四十七条): the file of a subject as one PDF — cover, 卷内目录, evidence list and
	 * 备考表 from the request's model, then every document given, in order — numbered and stored like any document.
	 */
	@Transactional
	public IssuedDocument issueFile(DocumentRequest request, List<IssuedDocument> contents) {
		var number = numbers.next(agency(), request.kind(), request.dated().getYear());
		var pdf = caseFiles.compile(header(request, number, 1), request.model(), contents, this::open);
		return keep(request, number, null, null, seal.seal(request.kind(), number, pdf));
	}

	private IssuedDocument store(DocumentRequest request, String number, @Nullable IssuedDocument replaced,
			@Nullable String reason) {
		var version = replaced == null ? 1 : replaced.getVersion() + 1;
		return keep(request, number, replaced, reason, seal.seal(request.kind(), number,
				renderer.pdf(header(request, number, version), request.model())));
	}

	private IssuedDocument keep(DocumentRequest request, String number, @Nullable IssuedDocument replaced,
			@Nullable String reason, byte[] pdf) {
		var issuedAt = clock.instant();
		var file = evidence.store(new ByteArrayInputStream(pdf), request.kind().name().toLowerCase() + ".pdf",
				new EvidenceSource(CHANNEL, issuedAt, request.issuedBy()));
		return documents.save(new IssuedDocument(request, number, replaced, reason,
				new IssuedDocument.Stored(Objects.requireNonNull(file.getId()), file.getSha256(), file.getSizeBytes()), seal.name(), issuedAt));
	}

	private DocumentHeader header(DocumentRequest request, String number, int version) {
		return new DocumentHeader(request.kind(), number, version, request.dated(), agency(), seal.seals());
	}
}
