package org.chengguan.documents;

import org.springframework.stereotype.Component;

/** No e-seal: the PDF keeps the seal and signature fields, and the printed copy is sealed and signed by hand. */
@Component("printed")
class PrintedSeal implements SealProvider {

	@Override
	public String name() {
		return "printed";
	}

	@Override
	public boolean seals() {
		return false;
	}

	@Override
	public byte[] seal(DocumentKind kind, String number, byte[] pdf) {
		return pdf;
	}
}
