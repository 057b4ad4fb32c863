package org.chengguan.frontage;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A frontage unit as a squad signs it up (the form, or one row of its 台账): the shop or organisation, its 统一社会信用代码
 * or licence, its contact, address, the frontage as {@code lon,lat;…}, the three duties (blank: the bureau's wording)
 * and the day the 责任书 was signed.
 */
public record NewFrontage(@NotBlank @Size(max = 100) @Nullable String name, @Size(max = 18) @Nullable String creditCode,
		@Size(max = 40) @Nullable String licenceNo, @NotBlank @Size(max = 50) @Nullable String contactName,
		@NotBlank @Size(max = 20) @Nullable String contactPhone, @NotBlank @Size(max = 200) @Nullable String address,
		@NotBlank @Size(max = 8000) @Nullable String frontage, @Size(max = 300) @Nullable String dutyAppearance,
		@Size(max = 300) @Nullable String dutySanitation, @Size(max = 300) @Nullable String dutyOrder,
		@Nullable LocalDate signedOn) {

	static NewFrontage empty() {
		return new NewFrontage(null, null, null, null, null, null, null, null, null, null, null);
	}
}
