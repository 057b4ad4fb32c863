package org.chengguan.intake;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.chengguan.category.Category;
import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceManagement;
import org.chengguan.evidence.EvidenceRejectedException;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.intake.IntakeForms.ManualForm;
import org.chengguan.intake.IntakeForms.PatrolForm;
import org.chengguan.staff.CurrentStaff;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff intake pages: 巡查上报 from a phone (camera photo, the browser's position, 自行处置 with an after-photo) and
 * the 受理员's manual entry of calls, visits, 领导交办, media reports and transfers. Photos are stored in the same
 * transaction as the report; nothing is kept when anything is refused.
 */
@Controller
class StaffIntakeController {

	static final int MAX_PHOTOS = 9;

	/** The channels a 受理员 enters by hand. */
	static final Set<Channel> MANUAL = EnumSet.of(Channel.PHONE_WALKIN, Channel.LEADERSHIP, Channel.MEDIA,
			Channel.TRANSFER);

	private final IntakeManagement intake;

	private final CategoryManagement categories;

	private final EvidenceManagement evidence;

	private final CurrentStaff currentStaff;

	private final TransactionTemplate transaction;

	private final Clock clock;

	StaffIntakeController(IntakeManagement intake, CategoryManagement categories, EvidenceManagement evidence,
			CurrentStaff currentStaff, PlatformTransactionManager transactions, Clock clock) {
		this.clock = clock;
		this.intake = intake;
		this.categories = categories;
		this.evidence = evidence;
		this.currentStaff = currentStaff;
		this.transaction = new TransactionTemplate(transactions);
	}

	@GetMapping("/patrol")
	@PreAuthorize("hasAuthority('case:report')")
	String patrol(Model model) {
		if (!model.containsAttribute("patrolForm")) {
			model.addAttribute("patrolForm", PatrolForm.empty());
		}
		model.addAttribute("categories", usable());
		return "intake/patrol";
	}

	@PostMapping("/patrol")
	@PreAuthorize("hasAuthority('case:report')")
	String report(@Valid @ModelAttribute("patrolForm") @Nullable PatrolForm form, BindingResult errors,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			@RequestParam(name = "afterPhotos", required = false) @Nullable List<MultipartFile> afterPhotos,
			Model model, HttpServletResponse response) {
		var before = present(photos);
		var after = present(afterPhotos);
		if (form != null && !errors.hasErrors()) {
			var fixed = Boolean.TRUE.equals(form.selfDisposed());
			checkPlace(form.lon(), form.lat(), form.address(), errors);
			if (before.isEmpty()) {
				errors.reject("intake.form.photo.required");
			}
			if (fixed && after.isEmpty()) {
				errors.reject("intake.form.afterPhoto.required");
			}
			if (before.size() + after.size() > MAX_PHOTOS) {
				errors.reject("intake.form.photo.tooMany", new Object[] { MAX_PHOTOS }, null);
			}
			var category = usable(form.categoryId());
			if (category == null) {
				errors.rejectValue("categoryId", "intake.form.category.required");
			}
			if (!errors.hasErrors()) {
				var report = save(errors, () -> new NewReport(Channel.PATROL, null, null, clock.instant(),
						Objects.requireNonNull(category).getId(), category.getName(), false,
						Objects.requireNonNull(form.description()).strip(), blankToNull(form.address()), form.lon(),
						form.lat(), null, currentStaff.id(), fixed, attachments("PATROL", before, after)));
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
		model.addAttribute("categories", usable());
		model.addAttribute("channels", MANUAL);
		return "intake/manual";
	}

	@PostMapping("/intake/new")
	@PreAuthorize("hasAuthority('case:accept')")
	String enter(@Valid @ModelAttribute("manualForm") @Nullable ManualForm form, BindingResult errors,
			@RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos, Model model,
			HttpServletResponse response) {
		var files = present(photos);
		if (form != null && !errors.hasErrors()) {
			if (!MANUAL.contains(form.channel())) {
				errors.rejectValue("channel", "intake.form.channel.required");
			}
			checkPlace(form.lon(), form.lat(), form.address(), errors);
			var category = form.categoryId() == null ? null : usable(form.categoryId());
			if (form.categoryId() != null && category == null) {
				errors.rejectValue("categoryId", "intake.form.category.required");
			}
			if (files.size() > MAX_PHOTOS) {
				errors.reject("intake.form.photo.tooMany", new Object[] { MAX_PHOTOS }, null);
			}
			if (!errors.hasErrors()) {
				var name = blankToNull(form.callerName());
				var phone = blankToNull(form.callerPhone());
				var report = save(errors, () -> new NewReport(Objects.requireNonNull(form.channel()),
						blankToNull(form.externalRef()), null, clock.instant(),
						category == null ? null : category.getId(), category == null ? null : category.getName(),
						Boolean.TRUE.equals(form.urgent()), Objects.requireNonNull(form.description()).strip(),
						blankToNull(form.address()), form.lon(), form.lat(),
						name == null && phone == null ? null : new NewReport.Reporter(name, phone),
						currentStaff.id(), false, attachments("MANUAL", files, List.of())));
				if (report != null) {
					return "redirect:/cases/report/" + report;
				}
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return manual(model);
	}

	/** Stores the photos and the report in one transaction; the report id, or null with the reason on the form. */
	private @Nullable Long save(BindingResult errors, Supplier<NewReport> report) {
		try {
			return transaction.execute(tx -> intake.receive(report.get()).getId());
		}
		catch (EvidenceRejectedException ex) {
			errors.reject(ex.getMessageKey());
		}
		catch (PhotoRefused ex) {
			errors.reject(Objects.requireNonNull(ex.getMessage()));
		}
		catch (DataIntegrityViolationException ex) {
			errors.rejectValue("externalRef", "intake.form.externalRef.taken");
		}
		return null;
	}

	private record Photo(MultipartFile file, Attachment.Stage stage) {
	}

	/** A photo refused here (not an image, unreadable); the message is a message key. */
	private static final class PhotoRefused extends RuntimeException {

		PhotoRefused(String messageKey) {
			super(messageKey);
		}
	}

	private List<Attachment> attachments(String channel, List<MultipartFile> before, List<MultipartFile> after) {
		var photos = new ArrayList<Photo>();
		before.forEach(f -> photos.add(new Photo(f, Attachment.Stage.BEFORE)));
		after.forEach(f -> photos.add(new Photo(f, Attachment.Stage.AFTER)));
		var attachments = new ArrayList<Attachment>();
		for (var photo : photos) {
			try (var in = photo.file().getInputStream()) {
				var stored = evidence.store(in, Objects.requireNonNullElse(photo.file().getOriginalFilename(), "photo"),
						new EvidenceSource(channel, null, currentStaff.actor().username()));
				if (!stored.getMediaType().startsWith("image/")) {
					throw new PhotoRefused("intake.form.photo.notImage");
				}
				attachments.add(new Attachment(photo.stage(), stored.getId(), null, stored.getOriginalName()));
			}
			catch (IOException ex) {
				throw new PhotoRefused("intake.form.photo.upload");
			}
		}
		return attachments;
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

	private static List<MultipartFile> present(@Nullable List<MultipartFile> files) {
		return files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
