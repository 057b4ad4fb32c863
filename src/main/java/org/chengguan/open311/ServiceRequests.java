package org.chengguan.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.caseflow.CaseManagement;
import org.chengguan.caseflow.PublicCaseManagement;
import org.chengguan.caseflow.PublicCase;
import org.chengguan.category.Category;
import org.chengguan.category.CategoryManagement;
import org.chengguan.intake.Attachment;
import org.chengguan.intake.Channel;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.intake.NewReport;
import org.chengguan.staff.OrgManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * Service requests in and out: a posted request becomes a report (and its case) of channel {@code OPEN311}; reading
 * returns only requests that came in through Open311, never the reporter (domain.md §4.4).
 */
@Component
class ServiceRequests {

	private static final java.time.format.DateTimeFormatter W3C =
			java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

	static final Duration LONGEST_SPAN = Duration.ofDays(90);

	static final int MOST_ROWS = 1000;

	static final int DESCRIPTION_MAX = 4000;

	private final IntakeManagement intake;

	private final CaseManagement cases;

	private final PublicCaseManagement publicCases;

	private final CategoryManagement categories;

	private final OrgManagement org;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	ServiceRequests(IntakeManagement intake, CaseManagement cases, PublicCaseManagement publicCases,
			CategoryManagement categories, OrgManagement org, WorkingCalendar calendar, MessageSource messages) {
		this.publicCases = publicCases;
		this.intake = intake;
		this.cases = cases;
		this.categories = categories;
		this.org = org;
		this.calendar = calendar;
		this.messages = messages;
	}

	/** {@code E06010}: kind letter + code, since codes repeat between 部件 and 事项. */
	static String key(Category category) {
		return category.getKey();
	}

	/** A service the public may report under, by its code. */
	Optional<Category> service(String code) {
		return categories.publicIntake().stream().filter(c -> key(c).equals(code)).findFirst();
	}

	/** Records a posted request; its {@code service_request_id} (our case number). */
	String create(MultiValueMap<String, String> params) {
		var apiKey = single(params, "api_key");
		var client = apiKey == null ? null
				: intake.authenticate(apiKey).filter(c -> c.channel() == Channel.OPEN311).orElse(null);
		if (client == null) {
			throw new Open311Exception(HttpStatus.FORBIDDEN, "open311.error.apiKey");
		}
		var errors = new ArrayList<Open311Exception.Error>();
		var code = single(params, "service_code");
		var service = code == null ? null : service(code).orElse(null);
		if (service == null) {
			errors.add(new Open311Exception.Error(code == null ? "open311.error.serviceCodeMissing"
					: "open311.error.serviceCode"));
		}
		var lat = number(params, "lat", -90, 90, errors);
		var lon = number(params, "long", -180, 180, errors);
		var address = text(params, "address_string", 300, errors);
		var hasLat = single(params, "lat") != null;
		var hasLong = single(params, "long") != null;
		if (hasLat != hasLong) {
			errors.add(new Open311Exception.Error("open311.error.pointHalf"));
		}
		// A location is required: lat + long, or an address (address_id is not offered by this endpoint).
		if (!hasLat && !hasLong && address == null) {
			errors.add(new Open311Exception.Error("open311.error.location"));
		}
		var description = text(params, "description", DESCRIPTION_MAX, errors);
		var mediaUrl = text(params, "media_url", 1000, errors);
		if (mediaUrl != null && !mediaUrl.matches("(?i)https?://\\S+")) {
			errors.add(new Open311Exception.Error("open311.error.mediaUrl"));
		}
		var firstName = text(params, "first_name", 25, errors);
		var lastName = text(params, "last_name", 25, errors);
		var phone = text(params, "phone", 30, errors);
		if (phone != null && !phone.matches("[0-9+\\- ]{3,30}")) {
			errors.add(new Open311Exception.Error("open311.error.phone"));
		}
		var answers = service == null ? List.<String>of() : attributes(service, params, errors);
		if (!errors.isEmpty()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, errors);
		}
		var category = Objects.requireNonNull(service);
		var told = description == null ? category.getName() : description;
		if (!answers.isEmpty()) {
			told = told + "\n" + String.join("\n", answers);
		}
		var name = firstName == null && lastName == null ? null
				: (Objects.toString(lastName, "") + Objects.toString(firstName, "")).strip();
		var report = intake.receive(new NewReport(Channel.OPEN311, null, client.id(), calendar.now(),
				category.getId(), category.getName(), false, told,
				address, lon, lat, name == null && phone == null ? null : new NewReport.Reporter(name, phone), null,
				false, mediaUrl == null ? List.of()
						: List.of(Attachment.link(mediaUrl, mediaUrl.substring(mediaUrl.lastIndexOf('/') + 1)))));
		return cases.byReport(report.getId()).orElseThrow().number();
	}

	/**
	 * The answers to the service's attributes ({@code attribute[CODE]}, a multi-value list as {@code attribute[CODE][]}),
	 * each checked against its datatype and list, as lines for the description ("摊点数量：3").
	 */
	private List<String> attributes(Category service, MultiValueMap<String, String> params,
			List<Open311Exception.Error> errors) {
		var answers = new ArrayList<String>();
		for (var attribute : categories.attributes(Objects.requireNonNull(service.getId()))) {
			var given = new ArrayList<String>();
			for (var name : List.of("attribute[" + attribute.code() + "]", "attribute[" + attribute.code() + "][]")) {
				Objects.requireNonNullElse(params.get(name), List.<String>of())
					.stream()
					.map(String::strip)
					.filter(v -> !v.isEmpty())
					.forEach(given::add);
			}
			if (given.isEmpty()) {
				if (attribute.required()) {
					errors.add(new Open311Exception.Error("open311.error.attributeRequired", attribute.code()));
				}
				continue;
			}
			var shown = new ArrayList<String>();
			for (var value : given) {
				var text = answer(attribute, value);
				if (text == null) {
					errors.add(new Open311Exception.Error("open311.error.attributeValue", attribute.code()));
				}
				else {
					shown.add(text);
				}
			}
			if (given.size() > 1 && !attribute.datatype().equals("multivaluelist")) {
				errors.add(new Open311Exception.Error("open311.error.attributeValue", attribute.code()));
			}
			answers.add(attribute.description() + "：" + String.join("、", shown));
		}
		return answers;
	}

	/** An attribute's value as people read it, or null when it does not fit the datatype. */
	private static @Nullable String answer(org.chengguan.category.ServiceAttribute attribute, String value) {
		return switch (attribute.datatype()) {
			case "number" -> value.matches("-?\\d{1,9}(\\.\\d{1,3})?") ? value : null;
			case "datetime" -> {
				try {
					OffsetDateTime.parse(value);
					yield value;
				}
				catch (DateTimeParseException ex) {
					yield null;
				}
			}
			case "singlevaluelist", "multivaluelist" -> attribute.nameOf(value);
			case "string" -> value.length() <= 200 ? value : null;
			default -> value.length() <= 4000 ? value : null;
		};
	}

	/**
	 * GET requests: by ids (which override every other filter), else by service codes, dates and status — a window of
	 * at most 90 days (the last 90 by default) and at most 1,000 rows, newest first.
	 */
	List<Object> find(MultiValueMap<String, String> params) {
		var ids = list(params, "service_request_id");
		var errors = new ArrayList<Open311Exception.Error>();
		if (ids.size() > MOST_ROWS) {
			errors.add(new Open311Exception.Error("open311.error.tooManyIds", MOST_ROWS));
		}
		var codes = list(params, "service_code");
		var start = dateTime(params, "start_date", errors);
		var end = dateTime(params, "end_date", errors);
		Boolean open = null;
		var statuses = list(params, "status");
		for (var status : statuses) {
			if (!status.equals("open") && !status.equals("closed")) {
				errors.add(new Open311Exception.Error("open311.error.status"));
			}
		}
		if (statuses.contains("open") != statuses.contains("closed")) {
			open = statuses.contains("open");
		}
		var now = calendar.now();
		Instant from;
		Instant to;
		if (!ids.isEmpty()) {
			from = Instant.EPOCH;
			to = now.plus(1, ChronoUnit.DAYS);
			codes = List.of();
			open = null;
		}
		else {
			to = end != null ? end : (start != null ? min(start.plus(LONGEST_SPAN), now) : now);
			from = start != null ? start : to.minus(LONGEST_SPAN);
			if (Duration.between(from, to).compareTo(LONGEST_SPAN) > 0) {
				errors.add(new Open311Exception.Error("open311.error.span", LONGEST_SPAN.toDays()));
			}
			if (to.isBefore(from)) {
				errors.add(new Open311Exception.Error("open311.error.order"));
			}
		}
		if (!errors.isEmpty()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, errors);
		}
		var units = unitNames();
		var names = serviceNames();
		return publicCases.publicCases(Channel.OPEN311, from, to.plusNanos(1000), ids, codes, open, MOST_ROWS)
			.stream()
			.map(c -> (Object) request(c, units, names, null))
			.toList();
	}

	/** GET requests/{id}: one request that came in through Open311, with its photo link. */
	Map<String, Object> one(String id) {
		var found = publicCases.publicCases(Channel.OPEN311, Instant.EPOCH, calendar.now().plus(1, ChronoUnit.DAYS),
				List.of(id), List.of(), null, 1);
		if (found.isEmpty()) {
			throw new Open311Exception(HttpStatus.NOT_FOUND, "open311.error.requestId");
		}
		var request = found.get(0);
		var media = intake.report(request.reportId())
			.getAttachments()
			.stream()
			.map(Attachment::url)
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
		return request(request, unitNames(), serviceNames(), media);
	}

	private Map<String, Object> request(PublicCase c, Map<Long, String> units, Map<String, String> names,
			@Nullable String mediaUrl) {
		var request = new LinkedHashMap<String, Object>();
		request.put("service_request_id", c.number());
		request.put("status", c.status().isTerminal() ? "closed" : "open");
		request.put("status_notes", messages.getMessage("caseflow.status." + c.status(), null,
				Locale.SIMPLIFIED_CHINESE));
		request.put("service_name", c.categoryKey() == null ? null : names.get(c.categoryKey()));
		request.put("service_code", c.categoryKey());
		request.put("description", c.summary());
		request.put("agency_responsible", c.unitId() == null ? null : units.get(c.unitId()));
		request.put("service_notice", null);
		request.put("requested_datetime", format(c.receivedAt(), calendar.zone()));
		request.put("updated_datetime", format(c.updatedAt(), calendar.zone()));
		request.put("expected_datetime", c.disposeDueAt() == null ? null : format(c.disposeDueAt(), calendar.zone()));
		request.put("address", c.address());
		request.put("address_id", null);
		request.put("zipcode", null);
		request.put("lat", c.lat());
		request.put("long", c.lon());
		request.put("media_url", mediaUrl);
		return request;
	}

	/** A time as GeoReport writes it (xs:dateTime, W3C): always with its seconds. */
	static String format(Instant instant, java.time.ZoneId zone) {
		// always with seconds: OffsetDateTime.toString() drops ":00", which xs:dateTime refuses
		return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone).format(W3C);
	}

	private Map<Long, String> unitNames() {
		var names = new HashMap<Long, String>();
		for (var row : org.tree()) {
			names.put(Objects.requireNonNull(row.unit().getId()), row.unit().getName());
		}
		return names;
	}

	private Map<String, String> serviceNames() {
		var names = new HashMap<String, String>();
		categories.publicIntake().forEach(c -> names.put(key(c), c.getName()));
		return names;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static @Nullable String single(MultiValueMap<String, String> params, String name) {
		var value = params.getFirst(name);
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A comma-delimited parameter (it may also be repeated). */
	private static List<String> list(MultiValueMap<String, String> params, String name) {
		return params.getOrDefault(name, List.of())
			.stream()
			.flatMap(v -> Arrays.stream(v.split(",")))
			.map(String::strip)
			.filter(v -> !v.isEmpty())
			.distinct()
			.toList();
	}

	private static @Nullable String text(MultiValueMap<String, String> params, String name, int max,
			List<Open311Exception.Error> errors) {
		var value = single(params, name);
		if (value != null && value.codePointCount(0, value.length()) > max) {
			errors.add(new Open311Exception.Error("open311.error.tooLong", name, max));
			return null;
		}
		return value;
	}

	private static @Nullable Double number(MultiValueMap<String, String> params, String name, double min,
			double max, List<Open311Exception.Error> errors) {
		var value = single(params, name);
		if (value == null) {
			return null;
		}
		try {
			var number = Double.parseDouble(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.add(new Open311Exception.Error("open311.error.range", name, min, max));
		return null;
	}

	private static @Nullable Instant dateTime(MultiValueMap<String, String> params, String name,
			List<Open311Exception.Error> errors) {
		var value = single(params, name);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			errors.add(new Open311Exception.Error("open311.error.dateTime", name));
			return null;
		}
	}
}
