package org.chengguan.documents;

/**
 * The signing step of an issued document (domain.md §11 q7: e-signature and e-seal providers come later). A provider
 * takes the rendered PDF and returns it sealed; it is a bean named as {@code chengguan.documents.seal} says.
 */
public interface SealProvider {

	/** The provider's name as stored with each document it sealed. */
	String name();

	/** Whether the PDF leaves sealed; when not, the printed copy is sealed by hand (the PDF shows the seal fields). */
	boolean seals();

	/** The PDF as the party receives it. */
	byte[] seal(DocumentKind kind, String number, byte[] pdf);
}
