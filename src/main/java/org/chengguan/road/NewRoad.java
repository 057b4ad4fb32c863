package org.chengguan.road;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A road segment as it is set up: its name, its centre line as {@code lon,lat;…}, how far the road reaches from it
 * (metres; blank: 15), its 路长 (username), and the three duties (blank: the bureau's wording).
 */
public record NewRoad(@NotBlank @Size(max = 100) @Nullable String name,
		@NotBlank @Size(max = 20000) @Nullable String centreLine, @Nullable Integer reach,
		@NotBlank @Size(max = 60) @Nullable String chief, @Size(max = 300) @Nullable String dutyAppearance,
		@Size(max = 300) @Nullable String dutySanitation, @Size(max = 300) @Nullable String dutyFacilities) {

	static NewRoad empty() {
		return new NewRoad(null, null, null, null, null, null, null);
	}
}
