package org.chengguan.intake;

import java.time.LocalDateTime;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of staff intake: a patrol report from a phone, and a 受理员's manual entry. */
final class IntakeForms {

	private IntakeForms() {
	}

	/** 巡查上报: what, where (the phone's position or an address) and whether it was fixed on the spot. */
	record PatrolForm(@NotNull(message = "{intake.form.category.required}") @Nullable Long categoryId,
			@NotBlank(message = "{intake.form.description.required}")
			@Size(max = 4000, message = "{intake.form.description.size}") @Nullable String description,
			@Size(max = 300, message = "{intake.form.address.size}") @Nullable String address,
			@DecimalMin(value = "-180", message = "{video.camera.lon}") @DecimalMax(value = "180",
					message = "{video.camera.lon}") @Nullable Double lon,
			@DecimalMin(value = "-90", message = "{video.camera.lat}") @DecimalMax(value = "90",
					message = "{video.camera.lat}") @Nullable Double lat,
			@Nullable Boolean selfDisposed) {

		static PatrolForm empty() {
			return new PatrolForm(null, null, null, null, null, null);
		}
	}

	/** 人工录入: a call, visit, letter, 领导交办, media report or transfer, as the 受理员 takes it down. */
	record ManualForm(@NotNull(message = "{intake.form.channel.required}") @Nullable Channel channel,
			@Size(max = 80, message = "{intake.form.externalRef.size}") @Nullable String externalRef,
			@Nullable Long categoryId, @Nullable Boolean urgent,
			@NotBlank(message = "{intake.form.description.required}")
			@Size(max = 4000, message = "{intake.form.description.size}") @Nullable String description,
			@Size(max = 300, message = "{intake.form.address.size}") @Nullable String address,
			@DecimalMin(value = "-180", message = "{video.camera.lon}") @DecimalMax(value = "180",
					message = "{video.camera.lon}") @Nullable Double lon,
			@DecimalMin(value = "-90", message = "{video.camera.lat}") @DecimalMax(value = "90",
					message = "{video.camera.lat}") @Nullable Double lat,
			@Size(max = 50, message = "{intake.form.callerName.size}") @Nullable String callerName,
			@Pattern(regexp = "^$|^[0-9+\\- ]{3,30}$", message = "{hotline.error.phone}") @Nullable String callerPhone,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime reportedAt,
			@Pattern(regexp = "^$|^AJ[0-9]{14}$", message = "{caseflow.error.mergeParent}") @Nullable String mergeInto) {

		static ManualForm empty() {
			return new ManualForm(Channel.PHONE_WALKIN, null, null, null, null, null, null, null, null, null, null,
					null);
		}
	}
}
