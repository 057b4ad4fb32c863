package org.chengguan.penalty;

import java.io.IOException;
import java.util.List;

import jakarta.validation.Valid;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.evidence.Upload;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.StaffNotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every action of the proceeding page posts here; the evidence of its records is read from here. */
@Controller
@RequestMapping("/penalties/{id}")
@PreAuthorize(PenaltyController.ANY_PENALTY_ROLE)
class PenaltyActionController {

	private final ProceedingCommands commands;

	private final PenaltyManagement penalties;

	private final EvidenceManagement evidence;

	private final CurrentStaff currentStaff;

	PenaltyActionController(ProceedingCommands commands, PenaltyManagement penalties, EvidenceManagement evidence,
			CurrentStaff currentStaff) {
		this.commands = commands;
		this.penalties = penalties;
		this.evidence = evidence;
		this.currentStaff = currentStaff;
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
