package org.chengguan.grid;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The map's base tiles and the GeoJSON import path.
 *
 * @param tileUrl Leaflet URL template of the base tiles, e.g. 天地图
 * {@code https://t{s}.tianditu.gov.cn/vec_w/wmts?...&tk=KEY}; none draws the polygons on a plain background
 * @param tileAttribution attribution shown on the map
 * @param tileSubdomains Leaflet {@code {s}} values
 * @param maxImportBytes largest GeoJSON upload accepted
 */
@ConfigurationProperties("chengguan.grid")
record GridProperties(@Nullable String tileUrl, @DefaultValue("") String tileAttribution,
		@DefaultValue("01234567") String tileSubdomains, @DefaultValue("50000000") long maxImportBytes) {
}
