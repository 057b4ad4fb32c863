package org.chengguan.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.chengguan.ChengguanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * GeoReport v2 as real clients read it: every endpoint's JSON answer validates against JSON schemas written after the
 * spec's field lists (src/test/resources/open311), every XML answer against an XSD of the same; JSON is declared
 * UTF-8; a service that needs more than a description says {@code metadata=true} and defines its attributes, and a
 * request is checked against them.
 */
@ChengguanIntegrationTest
class Open311ConformanceTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			builder -> builder.schemaIdResolvers(resolvers -> resolvers.mapPrefix("https://open311.test/",
					"classpath:open311/")));

	String json(MockHttpServletRequestBuilder request, int status, String schema) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(status);
		assertThat(response.getContentType()).isEqualTo("application/json;charset=UTF-8");
		var body = response.getContentAsString(StandardCharsets.UTF_8);
		var errors = schemas.getSchema(SchemaLocation.of("https://open311.test/" + schema)).validate(body,
				InputFormat.JSON);
		assertThat(errors).as("%s against %s: %s", request, schema, body).isEmpty();
		return body;
	}

	String xml(MockHttpServletRequestBuilder request, int status) throws Exception {
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("text/xml");
		var body = response.getContentAsByteArray();
		var xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(getClass().getResource("/open311/georeport-v2.xsd"));
		xsd.newValidator().validate(new StreamSource(new ByteArrayInputStream(body)));
		return new String(body, StandardCharsets.UTF_8);
	}

	MockHttpServletRequestBuilder create(String format, Map<String, String> params) {
		var request = post("/open311/v2/requests." + format).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", "demo-open311-key");
		params.forEach(request::param);
		return request;
	}

	Map<String, String> located(String serviceCode) {
		var grid = jdbc.queryForMap("select centroid_lon, centroid_lat from grid_unit_grid order by code limit 1");
		return Map.of("service_code", serviceCode, "lat", grid.get("centroid_lat").toString(), "long",
				grid.get("centroid_lon").toString(), "description", "路边摆摊");
	}

	@Test
	void theSchemasRefuseWhatTheSpecRefuses() {
		var request = schemas.getSchema(SchemaLocation.of("https://open311.test/post-response.schema.json"));
		assertThat(request.validate("[{\"service_request_id\": \"AJ1\", \"account_id\": null}]", InputFormat.JSON))
			.isNotEmpty();
		var service = schemas.getSchema(SchemaLocation.of("https://open311.test/services.schema.json"));
		assertThat(service.validate("[{\"service_code\": \"E1\", \"service_name\": \"x\", \"metadata\": \"false\","
				+ " \"type\": \"realtime\"}]", InputFormat.JSON)).isNotEmpty();
	}

	@Test
	void everyJsonAnswerValidatesAgainstTheGeoReportSchemas() throws Exception {
		var services = json(get("/open311/v2/services.json"), 200, "services.schema.json");
		assertThat(services).contains("\"service_code\":\"E09006\"").contains("\"metadata\":true");
		var definition = json(get("/open311/v2/services/E09006.json"), 200, "service-definition.schema.json");
		assertThat(definition).contains("\"code\":\"STALLS\"").contains("\"datatype\":\"number\"");
		json(get("/open311/v2/services/E06010.json"), 200, "service-definition.schema.json");

		var params = new java.util.HashMap<>(located("E09006"));
		params.put("attribute[STALLS]", "3");
		params.put("attribute[BLOCKS_TRAFFIC]", "YES");
		var created = json(create("json", params), 200, "post-response.schema.json");
		assertThat(created).doesNotContain("account_id");
		var id = created.replaceAll("(?s).*\"service_request_id\":\"(AJ\\d+)\".*", "$1");
		assertThat(jdbc.queryForObject("""
				select r.description from intake_report r join caseflow_case c on c.report_id = r.id where c.number = ?""",
				String.class, id)).contains("摊点数量：3").contains("是否影响通行：影响通行");

		json(get("/open311/v2/requests.json"), 200, "requests.schema.json");
		json(get("/open311/v2/requests/" + id + ".json"), 200, "requests.schema.json");
		json(get("/open311/v2/services/E99999.json"), 404, "errors.schema.json");
		json(create("json", located("E09006")), 400, "errors.schema.json");
		var wrongValue = new java.util.HashMap<>(located("E09006"));
		wrongValue.put("attribute[STALLS]", "很多");
		assertThat(json(create("json", wrongValue), 400, "errors.schema.json")).contains("attribute[STALLS]");
	}

	@Test
	void everyXmlAnswerValidatesAgainstTheGeoReportXsd() throws Exception {
		assertThat(xml(get("/open311/v2/services.xml"), 200)).contains("<metadata>true</metadata>");
		assertThat(xml(get("/open311/v2/services/E06028.xml"), 200)).contains("<key>NIGHT</key>");
		var params = new java.util.HashMap<>(located("E06028"));
		params.put("attribute[SOURCE]", "SHOP");
		var created = xml(create("xml", params), 200);
		var id = created.replaceAll("(?s).*<service_request_id>(AJ\\d+)</service_request_id>.*", "$1");
		xml(get("/open311/v2/requests.xml"), 200);
		xml(get("/open311/v2/requests/" + id + ".xml"), 200);
		xml(get("/open311/v2/requests/AJ00000000000000.xml"), 404);
		xml(create("xml", located("E06028")), 400);
	}
}
