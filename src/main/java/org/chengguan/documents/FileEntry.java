package org.chengguan.documents;

/** One line of a case file's 卷内目录: a document of the file, the page it starts on and how many pages it has. */
public record FileEntry(int no, IssuedDocument document, int firstPage, int pages) {

	public int lastPage() {
		return firstPage + pages - 1;
	}
}
