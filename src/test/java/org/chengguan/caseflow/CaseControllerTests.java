package org.chengguan.caseflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.staff.StaffWebSlice.signedIn;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.Upload;
import org.chengguan.grid.GridManagement;
import org.chengguan.intake.IntakeManagement;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.OrgManagement;
import org.chengguan.staff.StaffWebSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The case page's actions as the controller hands them to the module: each field reaches the module API it is for,
 * photos go with the action, and what a person sent wrong comes back as a message on the page, never a 500.
 */
@WebMvcTest(controllers = CaseController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.chengguan\\.(notification|hotline|open311|video|grid|staff|audit|home|penalty|party)\\..*"))
@Import(StaffWebSlice.class)
class CaseControllerTests {

	static final String CLERK = "intake";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	CaseManagement cases;

	@MockitoBean
	ApprovalManagement approvals;

	@MockitoBean
	IntakeManagement intake;

	@MockitoBean
	CategoryManagement categories;

	@MockitoBean
	OrgManagement org;

	@MockitoBean
	CurrentStaff currentStaff;

	@MockitoBean
	WorkingCalendar calendar;

	@MockitoBean
	GridManagement grids;

	final DataScope scope = DataScope.everything();

	@BeforeEach
	void signedInStaff() {
		given(currentStaff.actor()).willReturn(StaffWebSlice.actor(CLERK));
		given(currentStaff.scope()).willReturn(scope);
	}

	@Test
	void theOpinionTypedAtAcceptanceAndThePinReachTheModule() throws Exception {
		mvc.perform(post("/cases/41/actions/ACCEPT").with(signedIn(CLERK, "case:view", "case:accept"))
			.with(csrf())
			.param("version", "3")
			.param("categoryId", "17")
			.param("lon", "113.6006")
			.param("lat", "34.7005")
			.param("opinion", "来电人补充：每天傍晚堆放"))
			.andExpect(redirectedUrl("/cases/41"))
			.andExpect(flash().attribute("notice", "caseflow.done.ACCEPT"));
		verify(cases).accept(41, 3, 17, new CaseManagement.Point(113.6006, 34.7005), "来电人补充：每天傍晚堆放",
				StaffWebSlice.actor(CLERK), scope);
	}

	@Test
	void aFieldTaskGoesToThePersonPicked() throws Exception {
		mvc.perform(post("/cases/41/actions/SEND_CHECK").with(signedIn(CLERK, "case:view", "case:check"))
			.with(csrf())
			.param("version", "5")
			.param("assigneeId", "88"))
			.andExpect(flash().attribute("notice", "caseflow.done.SEND_CHECK"));
		verify(cases).sendTask(eq(41L), eq(5L), eq(CaseAction.SEND_CHECK), eq(88L), isNull(), any(), any());
	}

	@Test
	void theApproverGrantsTheDateItChose() throws Exception {
		mvc.perform(post("/cases/41/actions/EXTEND_APPROVE").with(signedIn("dispatcher", "case:view", "case:extend"))
			.with(csrf())
			.param("version", "6")
			.param("until", "2026-12-10"))
			.andExpect(flash().attribute("notice", "caseflow.done.EXTEND_APPROVE"));
		verify(approvals).approveExtension(eq(41L), eq(6L), eq(LocalDate.of(2026, 12, 10)), isNull(), any(), any());
	}

	@Test
	void photosGoWithTheActionToTheModule() throws Exception {
		mvc.perform(multipart("/cases/41/actions/REPORT_BACK")
			.file(new MockMultipartFile("photos", "现场1.png", "image/png", new byte[] { 1 }))
			.file(new MockMultipartFile("photos", "现场2.png", "image/png", new byte[] { 2 }))
			.file(new MockMultipartFile("photos", "", "application/octet-stream", new byte[0]))
			.with(signedIn("handler", "case:view", "case:dispose"))
			.with(csrf())
			.param("version", "7")
			.param("opinion", "已清理完毕"))
			.andExpect(flash().attribute("notice", "caseflow.done.REPORT_BACK"));
		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<Upload>> photos = ArgumentCaptor.forClass(List.class);
		verify(cases).act(eq(41L), eq(7L), eq(CaseAction.REPORT_BACK), eq("已清理完毕"), photos.capture(), any(), any());
		assertThat(photos.getValue()).extracting(Upload::name).containsExactly("现场1.png", "现场2.png");
	}

	@Test
	void whatTheModuleRefusesIsShownOnThePage() throws Exception {
		willThrow(new CaseTransitionException("caseflow.error.notYourUnit")).given(cases)
			.act(eq(41L), eq(7L), eq(CaseAction.SIGN_FOR), any(), anyList(), any(), any());
		mvc.perform(post("/cases/41/actions/SIGN_FOR").with(signedIn("squad01", "case:view", "case:sign")).with(csrf())
			.param("version", "7"))
			.andExpect(redirectedUrl("/cases/41"))
			.andExpect(flash().attribute("problem", "caseflow.error.notYourUnit"));

	}

	@Test
	void aFormThatCannotBeReadChangesNothing() throws Exception {
		for (var bad : List.of(new String[] { "version", "" }, new String[] { "version", "x" },
				new String[] { "until", "2026-13-45" }, new String[] { "lon", "200" },
				new String[] { "opinion", "很长".repeat(1001) })) {
			var fields = new HashMap<>(Map.of("version", "6", "until", "2026-12-10"));
			fields.put(bad[0], bad[1]);
			var request = post("/cases/41/actions/EXTEND_APPROVE")
				.with(signedIn("dispatcher", "case:view", "case:extend"))
				.with(csrf());
			fields.forEach(request::param);
			mvc.perform(request)
				.andExpect(redirectedUrl("/cases/41"))
				.andExpect(flash().attribute("problem", "caseflow.error.form"));
		}
		// ACCEPT without its category
		mvc.perform(post("/cases/41/actions/ACCEPT").with(signedIn(CLERK, "case:view", "case:accept")).with(csrf())
			.param("version", "3"))
			.andExpect(flash().attribute("problem", "caseflow.error.form"));
		verifyNoInteractions(cases, approvals);
	}

	@Test
	void anActionThatDoesNotExistIsABadRequest() throws Exception {
		mvc.perform(post("/cases/41/actions/DELETE_EVERYTHING").with(signedIn(CLERK, "case:view", "case:accept"))
			.with(csrf())
			.param("version", "3")).andExpect(status().isBadRequest());
		mvc.perform(post("/cases/abc/actions/ACCEPT").with(signedIn(CLERK, "case:view", "case:accept"))
			.with(csrf())
			.param("version", "3")).andExpect(status().isBadRequest());
		verifyNoInteractions(cases, approvals);
	}

	@Test
	void actionsNeedASignedInPersonWhoMaySeeCasesAndTheirFormsToken() throws Exception {
		mvc.perform(post("/cases/41/actions/ACCEPT").with(csrf()).param("version", "3"))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/cases/41/actions/ACCEPT").with(signedIn("ops", "system:monitor")).with(csrf())
			.param("version", "3")
			.param("categoryId", "17")).andExpect(status().isForbidden());
		mvc.perform(post("/cases/41/actions/ACCEPT").with(signedIn(CLERK, "case:view", "case:accept"))
			.param("version", "3")).andExpect(status().isForbidden());
		verifyNoInteractions(cases, approvals);
	}
}
