/**
 * Open311 GeoReport v2 under {@code /open311/v2/}: the public reports through web, app or WeChat clients — discovery,
 * the services (the 事项 open to the public, as {@code E06010}), service definitions, posting a request with an API
 * key, and reading requests back (90 days, 1,000 rows at most), in JSON and XML. An external interface only: the
 * reporter's contact data is never returned.
 * Open311 GeoReport v2：市民通过网站、App、微信上报问题并查询办理状态（JSON/XML），不返回上报人信息。
 */
@NullMarked
@ApplicationModule(displayName = "Open311 接口",
		allowedDependencies = { "intake", "caseflow", "category", "staff", "calendar" })
package org.chengguan.open311;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
