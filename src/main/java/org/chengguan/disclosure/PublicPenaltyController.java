package org.chengguan.disclosure;

import java.io.IOException;

import org.chengguan.documents.DocumentManagement;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** 行政处罚决定公示 for everyone, without an account: the list, and each published 决定书 as its public PDF. */
@Controller
class PublicPenaltyController {

	private final DisclosureManagement disclosures;

	private final DocumentManagement documents;

	PublicPenaltyController(DisclosureManagement disclosures, DocumentManagement documents) {
		this.disclosures = disclosures;
		this.documents = documents;
	}

	@GetMapping("/public/penalties")
	String list(@RequestParam(defaultValue = "0") int page, Model model) {
		var count = disclosures.shownCount();
		var pages = (int) Math.max(1, (count + DisclosureManagement.PAGE - 1) / DisclosureManagement.PAGE);
		var current = Math.min(Math.max(0, page), pages - 1);
		model.addAttribute("notices", disclosures.shown(current));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("count", count);
		model.addAttribute("agency", documents.agency());
		return "public/penalties";
	}

	@GetMapping("/public/penalties/{id}.pdf")
	ResponseEntity<InputStreamResource> pdf(@PathVariable long id) throws IOException {
		return disclosures.publishedPdf(id)
			.map(in -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF)
				.cacheControl(CacheControl.noCache())
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.inline().filename("decision-" + id + ".pdf").build().toString())
				.body(new InputStreamResource(in)))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
