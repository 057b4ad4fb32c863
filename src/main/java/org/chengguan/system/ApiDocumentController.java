package org.chengguan.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 接口文档: the OpenAPI 3.1 document of the platform APIs (hotline work orders, visits, decisions; video alarms; the
 * messages we send to hotline platforms), written by hand as the contract and kept true by {@code ApiDocumentTests};
 * shown with Swagger UI to operations staff and administrators, who hand it to the platforms' integrators.
 */
@Controller
@PreAuthorize("hasAuthority('system:monitor')")
class ApiDocumentController {

	static final String DOCUMENT = "openapi/chengguan-api.yaml";

	static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

	@GetMapping("/api-docs")
	String page() {
		return "system/api-docs";
	}

	@GetMapping("/api-docs/chengguan-api.yaml")
	ResponseEntity<Resource> document() throws IOException {
		var document = new ClassPathResource(DOCUMENT);
		return ResponseEntity.ok()
			.contentType(YAML)
			.contentLength(document.contentLength())
			.cacheControl(CacheControl.noCache())
			.body(document);
	}
}
