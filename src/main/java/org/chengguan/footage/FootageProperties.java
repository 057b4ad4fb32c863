package org.chengguan.footage;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code chengguan.footage.*}: where the body cameras' docking stations (采集站) drop their files.
 *
 * @param importDir the watched folder, one sub-folder per device code; none: only uploads
 * @param settle how long a file must be unchanged before it is taken (a station may still be copying it)
 */
@Validated
@ConfigurationProperties("chengguan.footage")
record FootageProperties(@Nullable Path importDir, @NotNull @DefaultValue("PT30S") Duration settle) {
}
