package org.chengguan.documents;

import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chengguan.documents.*}: who issues the documents and how they are sealed.
 *
 * @param agency the issuing agency as the documents name it
 * @param seal {@code printed}: the PDF carries the seal and signature fields and is sealed by hand once printed; an
 *     e-seal provider (domain.md §11 q7) is a {@link SealProvider} bean of that name
 * @param zone the zone the documents' dates and times are written in
 */
@Validated
@ConfigurationProperties("chengguan.documents")
record DocumentProperties(@NotNull @Valid Agency agency, @NotBlank @DefaultValue("printed") String seal,
		@NotNull @DefaultValue("Asia/Shanghai") ZoneId zone) {
}
