package org.chengguan.frontage;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chengguan.frontage.*}: the 门前三包 rules of the bureau.
 *
 * @param categories the category keys of what is a frontage's problem (占道经营, 店外经营, 乱堆杂物, 暴露垃圾 …); a case of
 *     one of them at a frontage links to its unit, and the 共治码 form offers them
 * @param linkWithin how near (metres) a case must lie to a frontage to be found at it
 * @param repeatMonths how far back the repeat count of a unit looks (12 months, domain.md §8.18)
 * @param duties the three 包 as the local rule words them, given to a unit signed up without its own wording; each one
 *     not set is the wording of messages.properties ({@code frontage.duty.default.*})
 * @param publicBaseUrl the address the 共治码 encodes (the bureau's public site); none: the address the page was
 *     requested at
 * @param reportsPerClient reports one client may send through the 共治码 pages in {@code reportWindow}
 * @param reportsPerUnit reports one frontage may receive in {@code reportWindow}
 */
@Validated
@ConfigurationProperties("chengguan.frontage")
record FrontageProperties(@NotEmpty @DefaultValue({ "E09005", "E09006", "E06036", "E06010" }) List<String> categories,
		@Min(1) @Max(100) @DefaultValue("15") int linkWithin, @Min(1) @Max(36) @DefaultValue("12") int repeatMonths,
		@NotNull @DefaultValue Duties duties, @Nullable URI publicBaseUrl,
		@Min(1) @DefaultValue("3") int reportsPerClient, @Min(1) @DefaultValue("20") int reportsPerUnit,
		@NotNull @DefaultValue("PT1H") Duration reportWindow) {

	/** 包市容、包环境卫生、包秩序 as the bureau's rule words them, where it differs from the standard wording. */
	record Duties(@Nullable String appearance, @Nullable String sanitation, @Nullable String order) {
	}
}
