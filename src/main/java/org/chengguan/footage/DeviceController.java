package org.chengguan.footage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.OrgUnitType;
import org.chengguan.staff.StaffManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of devices with their reviews, and the drones' flights with their findings. */
@Controller
@RequestMapping("/footage")
@PreAuthorize(FootageManagement.VIEW)
class DeviceController {

	private final FootageManagement footage;

	private final DeviceManagement devices;

	private final FlightManagement flights;

	private final OrgManagement org;

	private final StaffManagement staff;

	private final CategoryManagement categories;

	private final CurrentStaff currentStaff;

	DeviceController(FootageManagement footage, DeviceManagement devices, FlightManagement flights, OrgManagement org, StaffManagement staff,
			CategoryManagement categories, CurrentStaff currentStaff) {
		this.footage = footage;
		this.devices = devices;
		this.flights = flights;
		this.org = org;
		this.staff = staff;
		this.categories = categories;
		this.currentStaff = currentStaff;
	}

	@GetMapping("/devices")
	String devices(Model model) {
		var scope = currentStaff.scope();
		model.addAttribute("devices", devices.devices(scope, currentStaff.actor()));
		model.addAttribute("units", org.tree().stream().map(r -> r.unit())
			.filter(u -> u.getType() == OrgUnitType.SQUAD && scope.coversOrgUnit(Objects.requireNonNull(u.getId())))
			.toList());
		model.addAttribute("unitNames", org.unitNames());
		model.addAttribute("kinds", Device.Kind.values());
		return "footage/devices";
	}

	@PostMapping("/devices")
	@PreAuthorize(DeviceManagement.MANAGE)
	String register(@RequestParam(required = false) @Nullable String code,
			@RequestParam(required = false) Device.@Nullable Kind kind,
			@RequestParam(required = false) @Nullable String name, @RequestParam(required = false) @Nullable String model,
			@RequestParam(required = false) @Nullable Long unit, @RequestParam(required = false) @Nullable String holder,
			@RequestParam(required = false) @Nullable String reviewRef,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewApprovedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedOn,
			RedirectAttributes flash) {
		try {
			if (kind == null || unit == null || reviewApprovedOn == null || publishedOn == null) {
				throw new FootageRuleException(kind == null || unit == null ? "footage.device.error.kind"
						: "footage.device.error.review");
			}
			Long holderId = null;
			if (holder != null && !holder.isBlank()) {
				holderId = staff.byUsername(holder.strip()).map(s -> s.id())
					.orElseThrow(() -> new FootageRuleException("footage.device.error.holder"));
			}
			devices.register(new DeviceManagement.NewDevice(Objects.requireNonNullElse(code, ""), kind,
					Objects.requireNonNullElse(name, ""), Objects.requireNonNullElse(model, ""), unit, holderId,
					Objects.requireNonNullElse(reviewRef, ""), reviewApprovedOn, publishedOn), currentStaff.scope(),
					currentStaff.actor());
			flash.addFlashAttribute("notice", "footage.device.done");
		}
		catch (FootageRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/footage/devices";
	}

	@PostMapping("/devices/{id}/disable")
	@PreAuthorize(DeviceManagement.MANAGE)
	String disable(@PathVariable long id, RedirectAttributes flash) {
		devices.disable(id, currentStaff.scope(), currentStaff.actor());
		flash.addFlashAttribute("notice", "footage.device.disabled");
		return "redirect:/footage/devices";
	}

	@GetMapping("/flights")
	String flights(Model model) {
		var actor = currentStaff.actor();
		model.addAttribute("flights", flights.flights(currentStaff.scope(), actor));
		var drones = devices.importable(actor).stream().filter(d -> d.getKind() == Device.Kind.DRONE).toList();
		model.addAttribute("drones", drones);
		model.addAttribute("pilots", drones.isEmpty() ? List.of() : devices.peopleOf(drones.get(0)));
		return "footage/flights";
	}

	@PostMapping("/flights")
	@PreAuthorize(FootageManagement.UPLOAD)
	String fly(@RequestParam(required = false) @Nullable Long device, @RequestParam(required = false) @Nullable Long pilot,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate flownOn,
			@RequestParam(required = false) @Nullable String purpose, RedirectAttributes flash) {
		try {
			if (device == null || pilot == null || flownOn == null) {
				throw new FootageRuleException(flownOn == null && device != null && pilot != null
						? "footage.flight.error.date" : "footage.flight.error.device");
			}
			var id = flights.fly(device, pilot, flownOn, Objects.requireNonNullElse(purpose, ""), currentStaff.actor());
			flash.addFlashAttribute("notice", "footage.flight.done");
			return "redirect:/footage/flights/" + id;
		}
		catch (FootageRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
			return "redirect:/footage/flights";
		}
	}

	@GetMapping("/flights/{id}")
	String flight(@PathVariable long id, Model model) {
		var scope = currentStaff.scope();
		var actor = currentStaff.actor();
		var flight = flights.flight(id, scope, actor);
		model.addAttribute("flight", flight);
		model.addAttribute("findings", flights.findings(id));
		model.addAttribute("footage", footage.ofFlight(id, scope, actor));
		model.addAttribute("uploadDevices", devices.importable(actor).stream()
			.filter(d -> d.getId() == flight.deviceId()).toList());
		var registrable = categories.registrable();
		model.addAttribute("categories", categories.search(CategoryKind.EVENT, "").stream()
			.filter(c -> registrable.contains(c.getId()))
			.toList());
		model.addAttribute("zone", FootageController.ZONE);
		return "footage/flight";
	}

	@PostMapping("/flights/{id}/findings")
	@PreAuthorize(FootageManagement.UPLOAD)
	String find(@PathVariable long id, @RequestParam(required = false) @Nullable Double lon,
			@RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Long category,
			@RequestParam(required = false) @Nullable String description,
			@RequestParam(required = false) @Nullable BigDecimal area,
			@RequestParam(required = false) @Nullable Long footageId, RedirectAttributes flash) {
		try {
			if (lon == null || lat == null || category == null) {
				throw new FootageRuleException(category == null && lon != null && lat != null
						? "footage.flight.error.category" : "footage.error.position");
			}
			flights.find(id, lon, lat, category, Objects.requireNonNullElse(description, ""), area, footageId,
					currentStaff.scope(), currentStaff.actor());
			flash.addFlashAttribute("notice", "footage.finding.done");
		}
		catch (FootageRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/footage/flights/" + id;
	}

	@PostMapping("/findings/{id}/open")
	@PreAuthorize(FootageManagement.UPLOAD)
	String open(@PathVariable long id, @RequestParam long flight, RedirectAttributes flash) {
		try {
			flights.open(id, currentStaff.scope(), currentStaff.actor());
			flash.addFlashAttribute("notice", "footage.finding.opened");
		}
		catch (FootageRuleException refused) {
			flash.addFlashAttribute("problem", refused.getMessage());
		}
		return "redirect:/footage/flights/" + flight;
	}
}
