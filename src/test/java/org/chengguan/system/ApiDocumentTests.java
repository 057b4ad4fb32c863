package org.chengguan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.TestLogins.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.caseflow.CaseSteps;
import org.chengguan.party.PartyManagement;
import org.chengguan.penalty.ExecutionManagement;
import org.chengguan.penalty.PenaltyManagement;
import org.chengguan.penalty.ServedDecisions;
import org.chengguan.staff.StaffManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The API document is the contract the platforms build against, so it is held to the application: it lists exactly
 * the platform API handlers; every example is valid against its schema and every {@code invalid} example invalid,
 * for the same fields the application names; every request example sent to the application gets a documented status
 * with a body valid against the documented schema; the messages in the outbox are valid against the webhook's.
 */
@ChengguanIntegrationTest
class ApiDocumentTests {

	static final String BASE = "https://chengguan.test/";

	static final String DOCUMENT = BASE + "chengguan-api.yaml";

	static final Map<String, String> KEYS = Map.of("12345", "demo-12345-key", "12319", "demo-12319-key",
			"VIDEO-DAHUA", "demo-video-key");

	final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
			builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix(BASE, "classpath:openapi/"))
				.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

	final JsonNode document;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	ApiDocumentTests() throws Exception {
		try (var in = new ClassPathResource(ApiDocumentController.DOCUMENT).getInputStream()) {
			document = new YAMLMapper().readTree(in);
		}
	}

	record Operation(String method, String path, JsonNode node, String pointer) {
	}

	List<Operation> operations() {
		var operations = new ArrayList<Operation>();
		document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(item -> {
			if (!item.getKey().equals("parameters")) {
				operations.add(new Operation(item.getKey().toUpperCase(), path.getKey(), item.getValue(),
						"#/paths/" + escape(path.getKey()) + "/" + item.getKey()));
			}
		}));
		return operations;
	}

	static String escape(String name) {
		return name.replace("~", "~0").replace("/", "~1");
	}

	/** The node behind a local {@code $ref}, with its pointer. */
	Map.Entry<String, JsonNode> resolve(String pointer, JsonNode node) {
		var ref = node.get("$ref");
		if (ref == null) {
			return Map.entry(pointer, node);
		}
		var target = ref.stringValue();
		return resolve(target, document.at(target.substring(1)));
	}

	List<Error> validate(String schemaPointer, JsonNode value) {
		return schemas.getSchema(SchemaLocation.of(DOCUMENT + schemaPointer)).validate(value);
	}

	@Test
	void theDocumentListsExactlyThePlatformApiHandlers() {
		var handled = new TreeSet<String>();
		mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues()
			.stream()
			.filter(path -> path.startsWith("/api/"))
			.forEach(path -> info.getMethodsCondition().getMethods().forEach(m -> handled.add(m + " " + path))));
		var documented = operations().stream()
			.map(o -> o.method() + " " + o.path())
			.collect(Collectors.toCollection(TreeSet::new));
		assertThat(documented).isEqualTo(handled).isNotEmpty();
	}

	@Test
	void everyExampleIsValidAgainstItsSchemaAndEveryInvalidOneIsNot() {
		var checked = new HashSet<String>();
		examples(document, "#", (pointer, examples) -> examples.forEach((name, value) -> {
			var errors = validate(pointer + "/schema", value);
			if (name.equals("invalid")) {
				assertThat(errors).as("%s %s is meant to be invalid", pointer, name).isNotEmpty();
			}
			else {
				assertThat(errors).as("%s %s: %s", pointer, name, value).isEmpty();
			}
			checked.add(pointer + " " + name);
		}));
		assertThat(checked).hasSizeGreaterThan(30);
	}

	/** Every object with a schema and examples: media types, parameters, headers. */
	void examples(JsonNode node, String pointer, BiConsumer<String, Map<String, JsonNode>> each) {
		if (!node.isObject()) {
			return;
		}
		if (node.has("schema") && (node.has("examples") || node.has("example"))) {
			var examples = new java.util.LinkedHashMap<String, JsonNode>();
			if (node.has("example")) {
				examples.put("example", node.get("example"));
			}
			if (node.has("examples")) {
				node.get("examples").properties().forEach(e -> examples.put(e.getKey(), e.getValue().get("value")));
			}
			each.accept(pointer, examples);
		}
		node.properties().forEach(child -> examples(child.getValue(), pointer + "/" + escape(child.getKey()), each));
	}

	@Test
	void everyRequestExampleGetsADocumentedAnswer() throws Exception {
		var steps = new CaseSteps(mvc, jdbc, users);
		var answered = new TreeSet<String>();
		for (var operation : operations()) {
			var media = operation.pointer() + "/requestBody/content/application~1json";
			document.at(media.substring(1) + "/examples").properties().forEach(example -> {
				var body = example.getValue().get("value");
				try {
					for (var path : targets(operation, steps)) {
						var response = send(path, body);
						answered.add(operation.method() + " " + operation.path() + " " + response.getStatus());
						var documented = documented(operation, response);
						if (example.getKey().equals("invalid")) {
							assertThat(response.getStatus()).as(path).isEqualTo(400);
							assertTheSchemaFindsWhatTheApplicationFound(media + "/schema", body, response);
						}
						else {
							assertSameAsNamedExample(documented, example.getKey(), response);
						}
					}
				}
				catch (Exception ex) {
					throw new AssertionError(ex);
				}
			});
		}
		assertThat(answered).contains("POST /api/hotline/work-orders 201", "POST /api/hotline/work-orders 400",
				"POST /api/hotline/work-orders/{orderNo}/visits 200",
				"POST /api/hotline/work-orders/{orderNo}/visits 404",
				"POST /api/hotline/work-orders/{orderNo}/visits 409",
				"POST /api/hotline/work-orders/{orderNo}/decisions 200",
				"POST /api/hotline/work-orders/{orderNo}/decisions 409", "POST /api/video/alarms 201",
				"POST /api/video/alarms 400");
	}

	/**
	 * Where to send an example: the path itself, or for an order's visits and decisions an unknown order, a new one, a
	 * replied one and one whose 退单 awaits the platform's decision.
	 */
	List<String> targets(Operation operation, CaseSteps steps) throws Exception {
		if (!operation.path().contains("{orderNo}")) {
			return List.of(operation.path());
		}
		var fresh = steps.pushOrder("接口文档示例");
		var replied = steps.pushOrder("接口文档示例（已回复）");
		steps.acceptAndRegister(replied.caseId());
		steps.dispatchToClosed(replied.caseId());
		var returning = steps.pushOrder("接口文档示例（申请退单）");
		steps.act(returning.caseId(), "intake", "REJECT_INTAKE", "opinion", "不属于城管职责");
		return List.of("GD-NO-SUCH-ORDER", fresh.orderNo(), replied.orderNo(), returning.orderNo())
			.stream()
			.map(no -> operation.path().replace("{orderNo}", no))
			.toList();
	}

	MockHttpServletResponse send(String path, JsonNode body) throws Exception {
		return mvc
			.perform(post(path).header("X-Api-Key", KEYS.get(body.get("platform").stringValue()))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json.writeValueAsBytes(body)))
			.andReturn()
			.getResponse();
	}

	/** The documented response of this status, whose schema the body (and headers) must satisfy. */
	Map.Entry<String, JsonNode> documented(Operation operation, MockHttpServletResponse response) throws Exception {
		var status = String.valueOf(response.getStatus());
		var body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(operation.node().get("responses").has(status)).as("%s %s answered %s: %s", operation.method(),
				operation.path(), status, body).isTrue();
		var documented = resolve(operation.pointer() + "/responses/" + status,
				operation.node().get("responses").get(status));
		var media = documented.getValue().get("content").properties().iterator().next();
		assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(
				MediaType.parseMediaType(media.getKey()))).as(response.getContentType()).isTrue();
		var errors = validate(documented.getKey() + "/content/" + escape(media.getKey()) + "/schema",
				json.readTree(body));
		assertThat(errors).as("%s %s answered %s: %s", operation.method(), operation.path(), status, body).isEmpty();
		var headers = documented.getValue().get("headers");
		if (headers != null) {
			headers.properties().forEach(header -> assertThat(response.getHeader(header.getKey())).isNotNull());
		}
		return Map.entry(documented.getKey() + "/content/" + escape(media.getKey()), media.getValue());
	}

	/** A response example of the request example's name shows what the demo city really answers (but the number). */
	void assertSameAsNamedExample(Map.Entry<String, JsonNode> documented, String name,
			MockHttpServletResponse response) throws Exception {
		var example = documented.getValue().path("examples").path(name).path("value");
		var body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		if (example.isMissingNode() || "true".equals(response.getHeader("Idempotent-Replayed"))) {
			return;
		}
		example.properties().stream().filter(field -> !field.getKey().equals("caseNo")).forEach(field -> assertThat(
				body.get(field.getKey())).as("%s: %s", name, field.getKey()).isEqualTo(field.getValue()));
	}

	/** Each field the application refuses is one the schema refuses too (so the schema states the rule). */
	void assertTheSchemaFindsWhatTheApplicationFound(String schemaPointer, JsonNode body,
			MockHttpServletResponse response) throws Exception {
		var found = new HashSet<String>();
		json.readTree(response.getContentAsString(StandardCharsets.UTF_8))
			.get("errors")
			.forEach(error -> found.add(error.get("field").stringValue()));
		var refused = validate(schemaPointer, body).stream().map(ApiDocumentTests::field).collect(Collectors.toSet());
		assertThat(refused).as("schema errors of %s", body).containsAll(found);
	}

	/** The field an error is about: a missing one is named below the object that lacks it. */
	static String field(Error error) {
		var parent = name(error.getInstanceLocation());
		var missing = switch (error.getKeyword()) {
			case "required" -> error.getProperty();
			case "dependentRequired" -> String.valueOf(error.getArguments()[0]);
			default -> null;
		};
		return missing == null ? parent : parent.isEmpty() ? missing : parent + "." + missing;
	}

	static String name(NodePath location) {
		var name = new StringBuilder();
		for (var i = 0; i < location.getNameCount(); i++) {
			var element = location.getElement(i);
			if (element instanceof Integer index) {
				name.append('[').append(index).append(']');
			}
			else {
				name.append(name.isEmpty() ? "" : ".").append(element);
			}
		}
		return name.toString();
	}

	@Test
	void theMessagesSentToHotlinePlatformsAreTheDocumentedOnes() throws Exception {
		var steps = new CaseSteps(mvc, jdbc, users);
		var order = steps.pushOrder("接口文档：发给平台的消息");
		steps.acceptAndRegister(order.caseId());
		steps.dispatchToClosed(order.caseId());
		var returning = steps.pushOrder("接口文档：退单申请");
		steps.act(returning.caseId(), "intake", "REJECT_INTAKE", "opinion", "不属于城管职责");

		var kinds = new TreeSet<String>();
		for (var payload : jdbc.queryForList("select payload from hotline_outbox", String.class)) {
			var message = json.readTree(payload);
			kinds.add(message.get("type").stringValue());
			assertThat(validate("#/components/schemas/HotlineMessage", message)).as(payload).isEmpty();
		}
		assertThat(kinds).contains("SIGN", "REPLY", "RETURN_REQUEST");
	}

	@Autowired
	PenaltyManagement penalties;

	@Autowired
	ExecutionManagement execution;

	@Autowired
	PartyManagement parties;

	@Autowired
	StaffManagement staff;

	@Autowired
	org.chengguan.penalty.EnforcementManagement enforcement;

	@Test
	void theMessagesSentToTheCreditPlatformAreTheDocumentedOnes() throws Exception {
		var id = new ServedDecisions(penalties, execution, parties, staff, jdbc).served();
		var officer = jdbc.queryForObject("select id from staff_member where username = 'officer01'", Long.class);
		var actor = new org.chengguan.staff.Actor(officer, "officer01", "officer01");
		var today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		var version = "select version from penalty_proceeding where id = ?";
		enforcement.recordRemedy(id, jdbc.queryForObject(version, Long.class, id),
				org.chengguan.penalty.RemedyKind.RECONSIDERATION, today, "示范市人民政府", null, actor, staff.scopeOf(officer));
		enforcement.decideRemedy(id, jdbc.queryForObject(version, Long.class, id),
				org.chengguan.penalty.RemedyOutcome.REVOKED, today, "复议决定撤销", null, actor, staff.scopeOf(officer));
		var kinds = new TreeSet<String>();
		for (var payload : jdbc.queryForList("select payload from credit_outbox", String.class)) {
			var message = json.readTree(payload);
			kinds.add(message.get("type").stringValue());
			assertThat(validate("#/components/schemas/CreditMessage", message)).as(payload).isEmpty();
		}
		assertThat(kinds).contains("PUSH", "WITHDRAW");
	}

	/** As the bank signs a callback, by the document: {@code sha256=} and the hex HMAC-SHA256 of the body. */
	static String bankSignature(byte[] body) throws Exception {
		var mac = javax.crypto.Mac.getInstance("HmacSHA256");
		mac.init(new javax.crypto.spec.SecretKeySpec("demo-bank-secret-change-me".getBytes(StandardCharsets.UTF_8),
				"HmacSHA256"));
		return "sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(body));
	}

	@Test
	void theNoticesSentToTheBankAndTheAnswersToItsCallbacksAreTheDocumentedOnes() throws Exception {
		var id = new ServedDecisions(penalties, execution, parties, staff, jdbc).served();
		var payloads = jdbc.queryForList("select payload from payment_outbox", String.class);
		assertThat(payloads).isNotEmpty();
		for (var payload : payloads) {
			assertThat(validate("#/components/schemas/BankPaymentNotice", json.readTree(payload))).as(payload)
				.isEmpty();
		}
		var noticeNo = jdbc.queryForObject("select notice_no from payment_notice where proceeding_id = ?",
				String.class, id);
		var operation = operations().stream().filter(o -> o.path().equals("/api/bank/payments")).findFirst()
			.orElseThrow();
		var statuses = new TreeSet<Integer>();
		for (var body : List.of("""
				{"noticeNo": "%s", "bankRef": "DOC-%d", "amount": "3000.00", "paidAt": "2026-12-01T09:30:15+08:00"}"""
			.formatted(noticeNo, id), """
				{"noticeNo": "JK1999000009", "bankRef": "DOC-%d-x", "amount": 10, "paidAt": "2026-12-01T09:30:15+08:00"}"""
			.formatted(id), "{\"noticeNo\": 1}")) {
			var bytes = body.getBytes(StandardCharsets.UTF_8);
			for (var signature : List.of(bankSignature(bytes), "sha256=00")) {
				var response = mvc.perform(post("/api/bank/payments").header("X-Bank-Signature", signature)
					.contentType(MediaType.APPLICATION_JSON).content(bytes)).andReturn().getResponse();
				statuses.add(response.getStatus());
				documented(operation, response);
			}
		}
		assertThat(statuses).containsExactly(200, 400, 401, 404);
	}

	@Test
	void operationsStaffAndAdministratorsReadTheDocumentOthersDoNot() throws Exception {
		for (var user : List.of("ops", "admin")) {
			mvc.perform(get("/api-docs/chengguan-api.yaml").with(as(users, user)))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("application/yaml"))
				.andExpect(content().bytes(new ClassPathResource(ApiDocumentController.DOCUMENT).getContentAsByteArray()));
			mvc.perform(get("/api-docs").with(as(users, user)))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("swagger-ui-bundle.js")));
		}
		for (var user : List.of("dispatcher", "officer01")) {
			mvc.perform(get("/api-docs/chengguan-api.yaml").with(as(users, user))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api-docs/chengguan-api.yaml")).andExpect(status().is3xxRedirection());
	}
}
