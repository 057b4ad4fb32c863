package org.chengguan.video;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A camera to register: its platform code, name, where it looks, and whether it is an enforcement device. */
public record CameraForm(@NotNull(message = "{video.camera.platform.required}") @Nullable Long platformId,
		@NotBlank(message = "{video.camera.code.required}")
		@Pattern(regexp = "^$|^[A-Za-z0-9_.:-]{1,64}$", message = "{video.error.identifier}") @Nullable String code,
		@NotBlank(message = "{video.camera.name.required}") @Size(max = 100, message = "{video.camera.name.size}")
		@Nullable String name,
		@NotNull(message = "{video.camera.point.required}") @DecimalMin(value = "-180", message = "{video.camera.lon}")
		@DecimalMax(value = "180", message = "{video.camera.lon}") @Nullable Double lon,
		@NotNull(message = "{video.camera.point.required}") @DecimalMin(value = "-90", message = "{video.camera.lat}")
		@DecimalMax(value = "90", message = "{video.camera.lat}") @Nullable Double lat,
		@Nullable Boolean enforcementDevice,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate reviewApprovedOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate publishedOn) {

	static CameraForm empty() {
		return new CameraForm(null, null, null, null, null, null, null, null);
	}
}
