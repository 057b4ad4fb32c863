package org.chengguan.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.Category;
import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.grid.GridManagement;
import org.chengguan.intake.IntakeForms.ManualForm;
import org.chengguan.intake.IntakeForms.PatrolForm;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff intake pages: 巡查上报 from a phone (camera photo, the browser's position, 自行处置 with an after-photo) and
 * the 受理员's manual entry of calls, visits, 领导交办, media reports and transfers, each placed on a map with a
 * draggable pin and an address search. {@link IntakeManagement} stores the photos with the report in one
 * transaction; nothing is kept when anything is refused.
 */
@Controller
class StaffIntakeController {

	/** The channels a 受理员 enters by hand. */
	static final Set<Channel> MANUAL = EnumSet.of(Channel.PHONE_WALKIN, Channel.LEADERSHIP, Channel.MEDIA,
			Channel.TRANSFER);

	/** How late a call may be logged with its own time. */
	static final Duration LATEST_LOGGING = Duration.ofDays(30);

	private final IntakeManagement intake;

	private final CategoryManagement categories;

	private final GridManagement grids;

	private final CurrentStaff currentStaff;

	private final Clock clock;

	private final WorkingCalendar calendar;

	StaffIntakeController(IntakeManagement intake, CategoryManagement categories, GridManagement grids,
			CurrentStaff currentStaff, Clock clock, WorkingCalendar calendar) {
		this.intake = intake;
		this.categories = categories;
		this.grids = grids;
		this.currentStaff = currentStaff;
		this.clock = clock;
		this.calendar = calendar;
	}

	@GetMapping("/patrol")
	@PreAuthorize("hasAuthority('case:report')")
	String patrol(Model model) {
		if (!model.containsAttribute("patrolForm")) {
			model.addAttribute("patrolForm", PatrolForm.empty());
		}
		return page(model, "intake/patrol");
	}

	@PostMapping("/patrol")
	@PreAuthorize("hasAuthority('case:report')")
	String report(@Valid @ModelAttribute("patrolForm") @Nullable PatrolForm form, BindingResult errors,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			@RequestParam(name = "afterPhotos", required = false) @Nullable List<MultipartFile> afterPhotos,
			Model model, HttpServletResponse response) {
		var before = Upload.of(photos);
		var after = Upload.of(afterPhotos);
		if (form != null && !errors.hasErrors()) {
			var fixed = Boolean.TRUE.equals(form.selfDisposed());
			checkPlace(form.lon(), form.lat(), form.address(), errors);
			if (before.isEmpty()) {
				errors.reject("intake.form.photo.required");
			}
			if (fixed && after.isEmpty()) {
				errors.reject("intake.form.afterPhoto.required");
			}
			checkPhotoCount(before.size() + after.size(), errors);
			var category = usable(form.categoryId());
			if (category == null) {
				errors.rejectValue("categoryId", "intake.form.category.required");
			}
			if (!errors.hasErrors()) {
				var report = save(errors, "PATROL", before, after, null, new NewReport(Channel.PATROL, null, null,
						clock.instant(), Objects.requireNonNull(category).getId(), category.getName(), false,
						Objects.requireNonNull(form.description()).strip(), blankToNull(form.address()), form.lon(),
						form.lat(), null, currentStaff.id(), fixed, List.of()));
				if (report != null) {
					return "redirect:/cases/report/" + report;
				}
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return patrol(model);
	}

	@GetMapping("/intake/new")
	@PreAuthorize("hasAuthority('case:accept')")
	String manual(Model model) {
		if (!model.containsAttribute("manualForm")) {
			model.addAttribute("manualForm", ManualForm.empty());
		}
		model.addAttribute("channels", MANUAL);
		return page(model, "intake/manual");
	}

	@PostMapping("/intake/new")
	@PreAuthorize("hasAuthority('case:accept')")
	String enter(@Valid @ModelAttribute("manualForm") @Nullable ManualForm form, BindingResult errors,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, Model model,
			HttpServletResponse response) {
		var files = Upload.of(photos);
		if (form != null && !errors.hasErrors()) {
			if (!MANUAL.contains(form.channel())) {
				errors.rejectValue("channel", "intake.form.channel.required");
			}
			checkPlace(form.lon(), form.lat(), form.address(), errors);
			var category = form.categoryId() == null ? null : usable(form.categoryId());
			if (form.categoryId() != null && category == null) {
				errors.rejectValue("categoryId", "intake.form.category.required");
			}
			checkPhotoCount(files.size(), errors);
			var calledAt = calledAt(form, errors);
			if (!errors.hasErrors()) {
				var name = blankToNull(form.callerName());
				var phone = blankToNull(form.callerPhone());
				var report = save(errors, "MANUAL", files, List.of(), blankToNull(form.mergeInto()),
						new NewReport(Objects.requireNonNull(form.channel()), blankToNull(form.externalRef()), null,
								calledAt, category == null ? null : category.getId(),
								category == null ? null : category.getName(), Boolean.TRUE.equals(form.urgent()),
								Objects.requireNonNull(form.description()).strip(), blankToNull(form.address()),
								form.lon(), form.lat(),
								name == null && phone == null ? null : new NewReport.Reporter(name, phone),
								currentStaff.id(), false, List.of()));
				if (report != null) {
					return "redirect:/cases/report/" + report;
				}
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return manual(model);
	}

	/** The call's own time: a call logged late keeps it; never in the future, at most 30 days back. */
	private Instant calledAt(ManualForm form, BindingResult errors) {
		var now = clock.instant();
		if (form.reportedAt() == null) {
			return now;
		}
		var at = form.reportedAt().atZone(calendar.zone()).toInstant();
		if (at.isAfter(now.plus(Duration.ofMinutes(5)))) {
			errors.rejectValue("reportedAt", "intake.form.reportedAt.future");
		}
		else if (at.isBefore(now.minus(LATEST_LOGGING))) {
			errors.rejectValue("reportedAt", "intake.form.reportedAt.old");
		}
		return at;
	}

	/** Stores the report with its photos; the report id, or null with the reason on the form. */
	private @Nullable Long save(BindingResult errors, String channel, List<Upload> before, List<Upload> after,
			@Nullable String mergeInto, NewReport report) {
		try {
			return intake.receive(report, before, after,
					new EvidenceSource(channel, null, currentStaff.actor().username()), mergeInto).getId();
		}
		catch (EvidenceRejectedException ex) {
			errors.reject(ex.getMessageKey());
		}
		catch (DataIntegrityViolationException ex) {
			errors.rejectValue("externalRef", "intake.form.externalRef.taken");
		}
		catch (IllegalStateException ex) {
			// The 合并 the form asked for was refused (the case is no longer open): the whole report with it.
			if (ex.getMessage() == null || !ex.getMessage().startsWith("caseflow.error.")) {
				throw ex;
			}
			errors.reject(ex.getMessage());
		}
		return null;
	}

	/** What both forms show besides their fields: the categories and the map to place the problem on. */
	private String page(Model model, String view) {
		model.addAttribute("categories", usable());
		model.addAttribute("outlines", grids.outlines(currentStaff.scope()).json());
		model.addAttribute("tiles", grids.tiles());
		model.addAttribute("maxPhotos", EvidenceManagement.MAX_PHOTOS);
		return view;
	}

	private static void checkPhotoCount(int count, BindingResult errors) {
		if (count > EvidenceManagement.MAX_PHOTOS) {
			errors.reject("intake.form.photo.tooMany", new Object[] { EvidenceManagement.MAX_PHOTOS }, null);
		}
	}

	/** A place is a point (both coordinates) or an address. */
	private static void checkPlace(@Nullable Double lon, @Nullable Double lat, @Nullable String address,
			BindingResult errors) {
		if ((lon == null) != (lat == null)) {
			errors.rejectValue(lon == null ? "lon" : "lat", "hotline.error.pointHalf");
		}
		else if (lon == null && blankToNull(address) == null) {
			errors.rejectValue("address", "intake.form.place.required");
		}
	}

	private List<Category> usable() {
		var all = new ArrayList<Category>();
		for (var kind : List.of(CategoryKind.EVENT, CategoryKind.COMPONENT)) {
			all.addAll(categories.search(kind, "").stream().filter(Category::isEnabled).toList());
		}
		return all;
	}

	private @Nullable Category usable(@Nullable Long id) {
		return id == null ? null : categories.find(id).filter(c -> !c.isHeader() && c.isEnabled()).orElse(null);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
