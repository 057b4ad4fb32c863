package org.chengguan.penalty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.validation.Valid;
import org.chengguan.documents.DocumentManagement;
import org.chengguan.documents.DocumentRuleException;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.evidence.Upload;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.StaffNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every action of the proceeding page posts here; the evidence of its records and its 文书 are read from here. */
@Controller
@RequestMapping("/penalties/{id}")
@PreAuthorize(PenaltyController.ANY_PENALTY_ROLE)
class PenaltyActionController {

	private final ProceedingCommands commands;

	private final PenaltyManagement penalties;

	private final EvidenceManagement evidence;

	private final DocumentManagement documents;

	private final CurrentStaff currentStaff;

	private final MessageSource messages;

	PenaltyActionController(ProceedingCommands commands, PenaltyManagement penalties, EvidenceManagement evidence,
			DocumentManagement documents, CurrentStaff currentStaff, MessageSource messages) {
		this.commands = commands;
		this.penalties = penalties;
		this.evidence = evidence;
		this.documents = documents;
		this.currentStaff = currentStaff;
		this.messages = messages;
	}

	@PostMapping("/actions/{action}")
	String act(@PathVariable long id, @PathVariable ProceedingAction action,
			@Valid @ModelAttribute @Nullable ProceedingActionForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
			RedirectAttributes flash) {
		if (form == null || errors.hasErrors()) {
			flash.addFlashAttribute("problem", "penalty.error.form");
			return "redirect:/penalties/" + id;
		}
		try {
			commands.perform(id, action, form, Upload.of(files), currentStaff.actor(), currentStaff.scope());
			flash.addFlashAttribute("notice", "penalty.done." + action);
		}
		catch (PenaltyTransitionException ex) {
			flash.addFlashAttribute("problem", ex.getMessage());
		}
		catch (StaffNotFoundException ex) {
			// a second officer, clerk or host that is nobody
			flash.addFlashAttribute("problem", "penalty.error.form");
		}
		catch (EvidenceRejectedException ex) {
			flash.addFlashAttribute("problem", ex.getMessageKey());
		}
		return "redirect:/penalties/" + id;
	}

	/** A 文书 as its PDF, named by its title and 文号. */
	@GetMapping("/documents/{documentId}")
	ResponseEntity<InputStreamResource> document(@PathVariable long id, @PathVariable long documentId)
			throws IOException {
		var document = penalties.document(id, documentId, currentStaff.scope())
			.orElseThrow(() -> new PenaltyNotFoundException(id));
		var title = messages.getMessage("document.kind." + document.getKind(), null, Locale.SIMPLIFIED_CHINESE);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.contentLength(document.getSizeBytes())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(title + " " + document.getNumber() + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(new InputStreamResource(documents.open(document)));
	}

	/** The originals of the file (一案一卷): every issued PDF and every evidence file, as a ZIP streamed as it is read. */
	@GetMapping("/archive.zip")
	ResponseEntity<StreamingResponseBody> originals(@PathVariable long id) {
		var scope = currentStaff.scope();
		var issued = penalties.documents(id, scope);
		var files = penalties.evidenceFiles(id, scope);
		StreamingResponseBody body = out -> {
			try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
				var no = 0;
				for (var document : issued) {
					var title = messages.getMessage("document.kind." + document.getKind(), null, Locale.SIMPLIFIED_CHINESE);
					zip.putNextEntry(new ZipEntry("%02d-%s-%s-v%d.pdf".formatted(++no, title, document.getNumber(),
							document.getVersion())));
					try (var in = documents.open(document)) {
						in.transferTo(zip);
					}
					zip.closeEntry();
				}
				no = 0;
				var folder = messages.getMessage("penalty.document.zipEvidence", null, Locale.SIMPLIFIED_CHINESE);
				for (var file : files) {
					zip.putNextEntry(new ZipEntry("%s/%02d-%s".formatted(folder, ++no, file.getOriginalName())));
					try (var in = evidence.open(file)) {
						in.transferTo(zip);
					}
					zip.closeEntry();
				}
			}
		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("case-" + id + ".zip")
				.build()
				.toString())
			.body(body);
	}

	/** 更正 by the 法制股, with its reason. */
	@PostMapping("/documents/{documentId}/corrections")
	String correct(@PathVariable long id, @PathVariable long documentId, @RequestParam String reason,
			RedirectAttributes flash) {
		try {
			penalties.correctDocument(id, documentId, reason, currentStaff.actor(), currentStaff.scope());
			flash.addFlashAttribute("notice", "penalty.document.corrected");
		}
		catch (DocumentRuleException ex) {
			flash.addFlashAttribute("problem", ex.messageKey());
		}
		return "redirect:/penalties/" + id + "#documents";
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<InputStreamResource> evidence(@PathVariable long id, @PathVariable long evidenceId)
			throws IOException {
		var file = penalties.evidenceOf(id, evidenceId, currentStaff.scope())
			.orElseThrow(() -> new PenaltyNotFoundException(id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.getMediaType()))
			.contentLength(file.getSizeBytes())
			.cacheControl(CacheControl.noCache().cachePrivate())
			.body(new InputStreamResource(evidence.open(file)));
	}
}
