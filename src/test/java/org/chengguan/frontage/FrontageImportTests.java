package org.chengguan.frontage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.chengguan.ChengguanIntegrationTest;
import org.chengguan.TestLogins;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.staff.StaffManagement;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A squad's 台账 from Excel: every row is checked as the form is, the bad rows are listed by their row number with
 * every problem, and a sheet with one bad row keeps everything out; fixed, it comes in whole.
 */
@ChengguanIntegrationTest
class FrontageImportTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FrontageManagement frontages;

	@Autowired
	StaffManagement staff;

	@Autowired
	IntakeManagement intake;

	@Autowired
	FrontageSheets sheets;

	FrontageUnits units;

	@BeforeEach
	void setUp() {
		units = new FrontageUnits(jdbc, frontages, staff, intake);
	}

	/** A sheet: the header row (as the template has it, but in another order) and these rows. */
	static byte[] sheet(List<String> header, List<List<Object>> rows) throws IOException {
		var out = new ByteArrayOutputStream();
		var workbook = new Workbook(out, "test", "1.0");
		var sheet = workbook.newWorksheet("台账");
		for (var c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
		}
		for (var r = 0; r < rows.size(); r++) {
			for (var c = 0; c < rows.get(r).size(); c++) {
				var value = rows.get(r).get(c);
				if (value instanceof LocalDate date) {
					sheet.value(r + 1, c, date);
					sheet.style(r + 1, c).format("yyyy-mm-dd").set();
				}
				else if (value instanceof Number number) {
					sheet.value(r + 1, c, number);
				}
				else if (value != null) {
					sheet.value(r + 1, c, value.toString());
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	static final List<String> HEADER = List.of("地址", "名称", "统一社会信用代码", "营业执照号", "联系人", "联系电话", "经度", "纬度",
			"签订日期");

	FrontageImport.Result importAs(String username, byte[] xlsx) {
		var actor = units.actor(username);
		var rows = sheets.read(new ByteArrayInputStream(xlsx));
		return TestLogins.withAuthorities(() -> frontages.importRows(rows, staff.scopeOf(actor.id()), actor),
				"frontage:manage");
	}

	long units() {
		return jdbc.queryForObject("select count(*) from frontage_unit", Long.class);
	}

	@Test
	void aSheetWithBadRowsListsEveryProblemByRowAndKeepsEverythingOut() throws IOException {
		var a = units.centre("990101001003020");
		var b = units.centre("990101001003019");
		var before = units();
		var result = importAs("squad01", sheet(HEADER, List.of(
				List.of("枫林路 10 号", "台账好店", "91350100M000100Y43", "", "王先生", "13903710010", a[0], a[1],
						LocalDate.of(2026, 4, 1)),
				List.of("枫林路 12 号", "台账坏店", "91350100M000100Y44", "", "", "6688", b[0], b[1], "昨天"),
				List.of("", "台账无址店", "", "92410100MA000123", "李女士", "0371-66880000", 120.0, 50.0))));
		assertThat(result.saved()).isZero();
		assertThat(result.rows()).isEqualTo(3);
		assertThat(result.problems()).containsExactly(
				new FrontageImport.Problem(3, "frontage.error.signedOnFormat"),
				new FrontageImport.Problem(3, "party.error.creditCode"),
				new FrontageImport.Problem(3, "frontage.error.contactName"),
				new FrontageImport.Problem(3, "frontage.error.contactPhone"),
				new FrontageImport.Problem(4, "frontage.error.address"),
				new FrontageImport.Problem(4, "frontage.error.outsideGrids"));
		assertThat(units()).isEqualTo(before);
	}

	@Test
	void aRowOutsideTheImportersAreaKeepsTheSheetOutAndAFixedSheetComesInWhole() throws IOException {
		var mine = units.centre("990101001003018");
		var theirs = units.centre("990101002003018");
		var before = units();
		var rows = List.<List<Object>>of(
				List.of("枫林路 20 号", "台账一号店", "", "92410100MA000201", "王先生", "13903710020", mine[0], mine[1]),
				List.of("桂园路 20 号", "台账越界店", "", "92410100MA000202", "李女士", "13903710021", theirs[0], theirs[1]));
		var refused = importAs("squad01", sheet(HEADER, rows));
		assertThat(refused.problems()).containsExactly(new FrontageImport.Problem(3, "frontage.error.outsideScope"));
		assertThat(units()).isEqualTo(before);

		var fixed = importAs("squad01", sheet(HEADER, List.of(rows.get(0),
				List.of("枫林路 22 号", "台账二号店", "", "92410100MA000203", "李女士", "13903710022", mine[0],
						mine[1] + 20 * FrontageUnits.LAT_PER_METRE))));
		assertThat(fixed.saved()).isEqualTo(2);
		assertThat(fixed.problems()).isEmpty();
		assertThat(units()).isEqualTo(before + 2);
		var imported = jdbc.queryForMap("select * from frontage_unit where name = '台账一号店'");
		assertThat(imported.get("unit_grid_code")).isEqualTo("990101001003018");
		// only the door is known: a point, to be drawn on the map later
		assertThat(imported.get("min_lon")).isEqualTo(imported.get("max_lon"));
	}

	@Test
	void aFileThatIsNoRegisterIsRefusedAsAWhole() throws IOException {
		assertThatThrownBy(() -> sheets.read(new ByteArrayInputStream("名称,地址\n".getBytes())))
			.hasMessage("frontage.import.error.file");
		assertThatThrownBy(() -> sheets.read(new ByteArrayInputStream(sheet(List.of("店名", "电话"), List.of()))))
			.hasMessage("frontage.import.error.headers");
		assertThat(sheets.read(new ByteArrayInputStream(sheet(HEADER, List.of())))).isEmpty();
	}

	@Test
	void theTemplateIsReadBackInEitherLanguageAndATextDateInTheChineseForm() throws IOException {
		for (var language : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
			assertThat(sheets.read(new ByteArrayInputStream(sheets.template(language)))).as(language.toString()).isEmpty();
		}
		var rows = sheets.read(new ByteArrayInputStream(sheet(List.of("Name", "Contact", "Contact phone", "Address",
				"Longitude", "Latitude", "签订日期"), List.of(List.of("英文表头店", "Li", "13903710030", "桂园路 30 号", 113.61,
						34.72, "2026年3月5日")))));
		assertThat(rows).singleElement().satisfies(row -> {
			assertThat(row.problems()).isEmpty();
			assertThat(row.unit().name()).isEqualTo("英文表头店");
			assertThat(row.unit().frontage()).isEqualTo("113.61,34.72");
			assertThat(row.unit().signedOn()).isEqualTo(LocalDate.of(2026, 3, 5));
		});
	}
}
