package org.chengguan.open311;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.chengguan.category.Category;
import org.chengguan.category.CategoryKind;
import org.chengguan.category.CategoryManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.ObjectMapper;

/** GeoReport v2 (domain.md §4.4): the six methods, each as {@code .json} and {@code .xml}. */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	/** When this endpoint's behaviour last changed (discovery's {@code changeset}). */
	static final String CHANGESET = "2026-11-22T00:00:00+08:00";

	private final ServiceRequests requests;

	private final CategoryManagement categories;

	private final MessageSource messages;

	private final ObjectMapper json;

	Open311Controller(ServiceRequests requests, CategoryManagement categories, MessageSource messages,
			ObjectMapper json) {
		this.requests = requests;
		this.categories = categories;
		this.messages = messages;
		this.json = json;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<byte[]> discovery(@PathVariable String format) {
		var endpoint = new LinkedHashMap<String, Object>();
		endpoint.put("specification", "http://wiki.open311.org/GeoReport_v2");
		endpoint.put("url", ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString());
		endpoint.put("changeset", CHANGESET);
		endpoint.put("type", "production");
		endpoint.put("formats", List.of("text/xml", "application/json"));
		var discovery = new LinkedHashMap<String, Object>();
		discovery.put("changeset", CHANGESET);
		discovery.put("contact", text("open311.contact"));
		discovery.put("key_service", text("open311.keyService"));
		discovery.put("endpoints", List.of(endpoint));
		return answer(HttpStatus.OK, format, discovery, "discovery");
	}

	@GetMapping("/services.{format}")
	ResponseEntity<byte[]> services(@PathVariable String format) {
		var groups = groups();
		var described = categories.withAttributes();
		var services = categories.publicIntake().stream().map(c -> {
			var service = new LinkedHashMap<String, Object>();
			service.put("service_code", ServiceRequests.key(c));
			service.put("service_name", c.getName());
			service.put("description", groups.getOrDefault(c.getKind() + c.getMajorCode(), "") + " · " + c.getName());
			service.put("metadata", described.contains(c.getId()));
			service.put("type", "realtime");
			service.put("keywords", c.getName());
			service.put("group", groups.getOrDefault(c.getKind() + c.getMajorCode(), ""));
			return (Object) service;
		}).toList();
		return answer(HttpStatus.OK, format, services, "services");
	}

	/** The attributes a report of the service asks for (none for most: their {@code metadata} is false). */
	@GetMapping("/services/{code}.{format}")
	ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format) {
		var service = requests.service(code)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "open311.error.serviceCode"));
		var attributes = categories.attributes(java.util.Objects.requireNonNull(service.getId())).stream().map(a -> {
			var attribute = new LinkedHashMap<String, Object>();
			attribute.put("variable", true);
			attribute.put("code", a.code());
			attribute.put("datatype", a.datatype());
			attribute.put("required", a.required());
			attribute.put("datatype_description", text("open311.datatype." + a.datatype()));
			attribute.put("order", a.order());
			attribute.put("description", a.description());
			if (!a.values().isEmpty()) {
				attribute.put("values", a.values().stream().map(v -> (Object) Map.of("key", v.key(), "name", v.name()))
					.toList());
			}
			return (Object) attribute;
		}).toList();
		var definition = new LinkedHashMap<String, Object>();
		definition.put("service_code", ServiceRequests.key(service));
		definition.put("attributes", attributes);
		return answer(HttpStatus.OK, format, definition, "service_definition");
	}

	@PostMapping(path = "/requests.{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<byte[]> post(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
		formatOf(format);
		var created = requests.create(params);
		var answer = new LinkedHashMap<String, Object>();
		answer.put("service_request_id", created);
		answer.put("service_notice", text("open311.notice", created));
		return answer(HttpStatus.OK, format, List.of(answer), "service_requests");
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<byte[]> list(@PathVariable String format, @RequestParam MultiValueMap<String, String> params) {
		formatOf(format);
		return answer(HttpStatus.OK, format, requests.find(params), "service_requests");
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<byte[]> one(@PathVariable String id, @PathVariable String format) {
		formatOf(format);
		return answer(HttpStatus.OK, format, List.of(requests.one(id)), "service_requests");
	}

	/** Errors as the spec shows them: a list of {@code code} and {@code description}, in the requested format. */
	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<byte[]> error(Open311Exception ex, HttpServletRequest request) {
		var uri = request.getRequestURI();
		var format = uri.endsWith(".xml") ? "xml" : "json";
		var errors = new ArrayList<Object>();
		for (var error : ex.errors()) {
			var entry = new LinkedHashMap<String, Object>();
			entry.put("code", ex.status().value());
			entry.put("description", messages.getMessage(error.messageKey(), error.args(), Locale.SIMPLIFIED_CHINESE));
			errors.add(entry);
		}
		return answer(ex.status(), format, errors, "errors");
	}

	private ResponseEntity<byte[]> answer(HttpStatus status, String suffix, Object tree, String root) {
		var format = formatOf(suffix);
		return ResponseEntity.status(status).contentType(format.mediaType()).body(format.write(tree, root, json));
	}

	private static Open311Format formatOf(String suffix) {
		var format = Open311Format.of(suffix);
		if (format == null) {
			throw new Open311Exception(HttpStatus.NOT_FOUND, "open311.error.format");
		}
		return format;
	}

	/** Kind + 大类 code → name, for the services' {@code group}. */
	private Map<String, String> groups() {
		var groups = new LinkedHashMap<String, String>();
		for (var kind : CategoryKind.values()) {
			categories.search(kind, "").stream().filter(Category::isHeader).forEach(h -> groups.put(h.getKind() + h.getCode(), h.getName()));
		}
		return groups;
	}

	private String text(String key, @Nullable Object... args) {
		return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
	}
}
