package org.chengguan.video;

import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 摄像机: the registry with each camera's alarms, cases and false alarms; administrators register cameras. */
@Controller
@RequestMapping("/video/cameras")
@PreAuthorize("hasAuthority('video:view')")
class CameraController {

	private final VideoManagement video;

	CameraController(VideoManagement video) {
		this.video = video;
	}

	@GetMapping
	String list(Model model) {
		var platforms = video.platforms();
		model.addAttribute("rows", video.cameras());
		model.addAttribute("platforms", platforms);
		model.addAttribute("platformNames", platforms.stream()
			.collect(java.util.stream.Collectors.toMap(VideoManagement.PlatformRow::id, VideoManagement.PlatformRow::name)));
		if (!model.containsAttribute("cameraForm")) {
			model.addAttribute("cameraForm", CameraForm.empty());
		}
		return "video/cameras";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('video:manage')")
	String register(@Valid @ModelAttribute("cameraForm") @Nullable CameraForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		if (form != null && !errors.hasErrors()) {
			try {
				video.registerCamera(Objects.requireNonNull(form));
				flash.addFlashAttribute("notice", "common.saved");
				return "redirect:/video/cameras";
			}
			catch (VideoRuleException ex) {
				errors.reject(Objects.requireNonNull(ex.getMessage()));
			}
			catch (DataIntegrityViolationException ex) {
				errors.reject("video.camera.duplicate");
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return list(model);
	}
}
