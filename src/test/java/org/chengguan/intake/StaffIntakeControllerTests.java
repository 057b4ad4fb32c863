package org.chengguan.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chengguan.staff.StaffWebSlice.signedIn;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.chengguan.calendar.WorkingCalendar;
import org.chengguan.category.Category;
import org.chengguan.category.CategoryManagement;
import org.chengguan.evidence.EvidenceSource;
import org.chengguan.evidence.Upload;
import org.chengguan.grid.GridManagement;
import org.chengguan.grid.GridViews;
import org.chengguan.staff.CurrentStaff;
import org.chengguan.staff.DataScope;
import org.chengguan.staff.StaffWebSlice;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * 录入 and 巡查上报 as the controller hands them to the module: the call's own time, the photos and the case to merge
 * into reach {@link IntakeManagement#receive}; what a person sent wrong is shown on the form (400) in Chinese and
 * nothing is handed on.
 */
@WebMvcTest(controllers = StaffIntakeController.class, excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
		pattern = "org\\.chengguan\\.(notification|hotline|caseflow|open311|video|grid|staff|audit|home|penalty|party)\\..*"))
@Import({ StaffWebSlice.class, StaffIntakeControllerTests.FixedClock.class })
class StaffIntakeControllerTests {

	static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}
	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	IntakeManagement intake;

	@MockitoBean
	CategoryManagement categories;

	@MockitoBean
	GridManagement grids;

	@MockitoBean
	CurrentStaff currentStaff;

	@MockitoBean
	WorkingCalendar calendar;

	@BeforeEach
	void page() {
		given(currentStaff.actor()).willReturn(StaffWebSlice.actor("intake"));
		given(currentStaff.id()).willReturn(7L);
		given(currentStaff.scope()).willReturn(DataScope.everything());
		given(calendar.zone()).willReturn(ZONE);
		given(grids.outlines(any()))
			.willReturn(new GridViews.MapLayers("{\"type\":\"FeatureCollection\",\"features\":[]}", 0));
		given(grids.tiles()).willReturn(new GridViews.Tiles(null, "", "01234567"));
		var report = mock(Report.class);
		given(report.getId()).willReturn(99L);
		given(intake.receive(any(), anyList(), anyList(), any(), any())).willReturn(report);
		var stall = mock(Category.class);
		given(stall.getId()).willReturn(17L);
		given(stall.getName()).willReturn("占道经营");
		given(stall.isEnabled()).willReturn(true);
		given(categories.find(17L)).willReturn(Optional.of(stall));
	}

	static MockMultipartFile photo(String field, String name) {
		return new MockMultipartFile(field, name, "image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G' });
	}

	/** A call placed at a point; {@link #callWithout} leaves some of the place out. */
	MockMultipartHttpServletRequestBuilder call() {
		return callWithout();
	}

	MockMultipartHttpServletRequestBuilder callWithout(String... omitted) {
		var request = multipart("/intake/new");
		request.with(signedIn("intake", "case:accept"))
			.with(csrf())
			.param("channel", "PHONE_WALKIN")
			.param("description", "夜市摊贩占道，通行困难");
		var place = new LinkedHashMap<>(Map.of("lon", "113.6006", "lat", "34.7005"));
		List.of(omitted).forEach(place::remove);
		place.forEach(request::param);
		return request;
	}

	@Test
	void aCallIsHandedOnWithItsOwnTimeItsPhotosAndTheCaseToMergeInto() throws Exception {
		mvc.perform(call().file(photo("photos", "现场.png"))
			.param("reportedAt", "2026-12-01T08:15")
			.param("categoryId", "17")
			.param("callerName", "李四")
			.param("callerPhone", "13912345678")
			.param("mergeInto", "AJ20261130000007")).andExpect(redirectedUrl("/cases/report/99"));

		var report = ArgumentCaptor.forClass(NewReport.class);
		@SuppressWarnings("unchecked")
		ArgumentCaptor<List<Upload>> photos = ArgumentCaptor.forClass(List.class);
		var source = ArgumentCaptor.forClass(EvidenceSource.class);
		verify(intake).receive(report.capture(), photos.capture(), eq(List.of()), source.capture(),
				eq("AJ20261130000007"));
		assertThat(report.getValue().reportedAt()).isEqualTo(Instant.parse("2026-12-01T00:15:00Z"));
		assertThat(report.getValue().source()).isEqualTo(Channel.PHONE_WALKIN);
		assertThat(report.getValue().categoryId()).isEqualTo(17L);
		assertThat(report.getValue().reporter()).isEqualTo(new NewReport.Reporter("李四", "13912345678"));
		assertThat(report.getValue().reportedBy()).isEqualTo(7L);
		assertThat(photos.getValue()).extracting(Upload::name).containsExactly("现场.png");
		assertThat(source.getValue().capturedBy()).isEqualTo("intake");
	}

	@Test
	void aCallTimeInTheFutureOrLongAgoIsRefusedWithItsReason() throws Exception {
		mvc.perform(call().param("reportedAt", "2026-12-01T12:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("来电时间不能晚于现在。")));
		mvc.perform(call().param("reportedAt", "2026-10-01T12:00"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("来电时间不能早于 30 天前。")));
		verifyNoInteractions(intake);
	}

	@Test
	void morePhotosThanNineAreRefusedBeforeAnyIsStored() throws Exception {
		var request = call();
		for (var i = 0; i < 10; i++) {
			request.file(photo("photos", i + ".png"));
		}
		mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("最多上传 9 张照片。")));
		verifyNoInteractions(intake);
	}

	@Test
	void aPlaceIsAPointOrAnAddress() throws Exception {
		mvc.perform(callWithout("lat"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("经度和纬度必须同时提供。")));
		mvc.perform(callWithout("lon", "lat"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("请提供坐标或地址。")));
		verifyNoInteractions(intake);
	}

	@Test
	void aMergeTheCaseNoLongerAllowsKeepsTheFormWithItsReason() throws Exception {
		given(intake.receive(any(), anyList(), anyList(), any(), eq("AJ20261130000007")))
			.willThrow(new IllegalStateException("caseflow.error.mergeParent"));
		mvc.perform(call().param("mergeInto", "AJ20261130000007"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("夜市摊贩占道，通行困难")));
	}

	@Test
	void aPatrolReportNeedsItsPhotosAndAfterPhotosWhenFixedOnTheSpot() throws Exception {
		var patrol = multipart("/patrol").with(signedIn("grid01", "case:report"))
			.with(csrf())
			.param("categoryId", "17")
			.param("description", "门前占道摆摊")
			.param("lon", "113.6006")
			.param("lat", "34.7005");
		mvc.perform(patrol)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("请拍摄至少一张现场照片。")));
		mvc.perform(patrol.file(photo("photos", "before.png")).param("selfDisposed", "true"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("自行处置须上传处置后照片。")));
		verifyNoInteractions(intake);

		mvc.perform(patrol.file(photo("afterPhotos", "after.png"))).andExpect(redirectedUrl("/cases/report/99"));
		var report = ArgumentCaptor.forClass(NewReport.class);
		verify(intake).receive(report.capture(), anyList(), anyList(), any(), eq(null));
		assertThat(report.getValue().selfDisposed()).isTrue();
		assertThat(report.getValue().source()).isEqualTo(Channel.PATROL);
	}

	@Test
	void onlyThoseWhoMayEnterOrReportReachTheForms() throws Exception {
		mvc.perform(get("/intake/new").with(signedIn("grid01", "case:report"))).andExpect(status().isForbidden());
		mvc.perform(call().with(signedIn("grid01", "case:report"))).andExpect(status().isForbidden());
		mvc.perform(get("/patrol").with(signedIn("intake", "case:accept"))).andExpect(status().isForbidden());
		mvc.perform(get("/intake/new").with(signedIn("intake", "case:accept")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"place-map\"")));
		verifyNoInteractions(intake);
	}
}
