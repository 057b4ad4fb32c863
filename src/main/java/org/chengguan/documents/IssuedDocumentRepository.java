package org.chengguan.documents;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface IssuedDocumentRepository extends Repository<IssuedDocument, Long> {

	IssuedDocument save(IssuedDocument document);

	Optional<IssuedDocument> findById(long id);

	List<IssuedDocument> findBySubjectTypeAndSubjectIdOrderByIssuedAtAscIdAsc(String subjectType, long subjectId);

	/** Whether a later version replaces it. */
	@Query("select count(d) > 0 from IssuedDocument d where d.replacesId = ?1")
	boolean isReplaced(long id);
}
