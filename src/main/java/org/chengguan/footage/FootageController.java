package org.chengguan.footage;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.chengguan.campaign.CampaignManagement;
import org.chengguan.penalty.PenaltyTransitionException;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 执法记录: the footage list and upload, one piece with its chain of custody and links, and a case's footage. */
@Controller
@RequestMapping("/footage")
@PreAuthorize(FootageManagement.VIEW)
class FootageController {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final FootageManagement footage;

	private final DeviceManagement devices;

	private final CampaignManagement campaigns;

	private final CurrentStaff currentStaff;

	FootageController(FootageManagement footage, DeviceManagement devices, CampaignManagement campaigns,
			CurrentStaff currentStaff) {
		this.devices = devices;
		this.footage = footage;
		this.campaigns = campaigns;
		this.currentStaff = currentStaff;
	}

	@GetMapping
	String list(Model model) {
		var actor = currentStaff.actor();
		model.addAttribute("items", footage.recent(currentStaff.scope(), actor, 100));
		model.addAttribute("devices", devices.importable(actor));
		model.addAttribute("me", actor.id());
		model.addAttribute("zone", ZONE);
		return "footage/list";
	}

	@PostMapping
	@PreAuthorize(FootageManagement.UPLOAD)
	String upload(@RequestParam(required = false) @Nullable Long device,
			@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime capturedAt,
			@RequestParam(required = false) @Nullable Double lon, @RequestParam(required = false) @Nullable Double lat,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable Long flight, RedirectAttributes flash) throws IOException {
		if (device == null || file == null || file.isEmpty() || capturedAt == null) {
			flash.addFlashAttribute("problem", file == null || file.isEmpty() ? "footage.error.file"
					: device == null ? "footage.error.device" : "footage.error.capturedAt");
			return "redirect:/footage";
		}
		var actor = currentStaff.actor();
		try (var in = file.getInputStream()) {
			var saved = footage.upload(device, in, file.getOriginalFilename() == null ? "footage"
					: file.getOriginalFilename(), new FootageManagement.Capture(capturedAt.atZone(ZONE).toInstant(), lon,
					lat, actor.id(), description, flight), actor);
			flash.addFlashAttribute("notice", "footage.done.imported");
			return flight == null ? "redirect:/footage/" + saved.getId() : "redirect:/footage/flights/" + flight;
		}
		catch (FootageRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/footage";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		var actor = currentStaff.actor();
		model.addAttribute("item", footage.get(id, currentStaff.scope(), actor));
		model.addAttribute("links", footage.links(id));
		model.addAttribute("custody", footage.custody(id));
		model.addAttribute("campaigns", campaigns.list());
		model.addAttribute("targets", FootageManagement.Target.values());
		model.addAttribute("zone", ZONE);
		return "footage/show";
	}

	@GetMapping("/{id}/content")
	ResponseEntity<InputStreamResource> content(@PathVariable long id,
			@RequestParam(defaultValue = "false") boolean download) throws IOException {
		var actor = currentStaff.actor();
		var item = footage.get(id, currentStaff.scope(), actor);
		var stream = footage.open(id, download, currentStaff.scope(), actor);
		var response = ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(item.file().getMediaType()))
			.contentLength(item.file().getSizeBytes())
			.cacheControl(CacheControl.noStore());
		if (download) {
			response.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(item.file().getOriginalName(), java.nio.charset.StandardCharsets.UTF_8).build().toString());
		}
		return response.body(new InputStreamResource(stream));
	}

	@PostMapping("/{id}/verify")
	String verify(@PathVariable long id, RedirectAttributes flash) throws IOException {
		var intact = footage.verify(id, currentStaff.scope(), currentStaff.actor());
		flash.addFlashAttribute(intact ? "notice" : "problem", intact ? "footage.done.verified" : "footage.error.mismatch");
		return "redirect:/footage/" + id;
	}

	@PostMapping("/{id}/links")
	@PreAuthorize(FootageManagement.UPLOAD)
	String link(@PathVariable long id, @RequestParam(required = false) FootageManagement.@Nullable Target target,
			@RequestParam(required = false) @Nullable String number,
			@RequestParam(required = false) @Nullable Long campaign,
			@RequestParam(required = false) @Nullable String secondOfficer, RedirectAttributes flash) {
		var scope = currentStaff.scope();
		var actor = currentStaff.actor();
		var text = number == null ? "" : number.strip();
		try {
			switch (target == null ? FootageManagement.Target.CASE : target) {
				case CASE -> footage.linkCase(id, text, scope, actor);
				case PROCEEDING -> footage.linkProceeding(id, text, footage.colleague(secondOfficer, actor), scope,
						actor);
				case CAMPAIGN -> {
					if (campaign == null) {
						throw new FootageRuleException("footage.error.campaign");
					}
					footage.linkCampaign(id, campaign, scope, actor);
				}
			}
			flash.addFlashAttribute("notice", "footage.done.linked");
		}
		catch (FootageRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		catch (PenaltyTransitionException refused) {
			// the proceeding's own rules (two certified officers, its state) refused the record
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/footage/" + id;
	}

	/** The footage linked to a case, for its page (loaded by htmx). */
	@GetMapping("/for-case/{caseId}")
	String forCase(@PathVariable long caseId, Model model) {
		model.addAttribute("items", footage.linkedTo(FootageManagement.Target.CASE, caseId, currentStaff.scope(),
				currentStaff.actor()));
		model.addAttribute("zone", ZONE);
		return "footage/for-case :: panel";
	}
}
