package org.chengguan.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** 日报: what one unit did in a campaign on one day — counts and an area only, and its photos. */
@Entity
@Table(name = "campaign_daily_report")
public class DailyReport {

	/** The figures of a day as a unit reports them. */
	public record Figures(int inspections, int problems, int casesOpened, int casesClosed, int proceedingsOpened,
			BigDecimal areaRemoved) {

		/** What is wrong with the figures, as message keys. */
		List<String> errors() {
			var errors = new ArrayList<String>();
			for (var count : new int[] { inspections, problems, casesOpened, casesClosed, proceedingsOpened }) {
				if (count < 0 || count > 10_000) {
					errors.add("campaign.daily.error.count");
					break;
				}
			}
			if (areaRemoved.signum() < 0 || areaRemoved.compareTo(BigDecimal.valueOf(1_000_000)) > 0
					|| areaRemoved.scale() > 1) {
				errors.add("campaign.daily.error.area");
			}
			return errors;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long campaignId;

	private long unitId;

	private LocalDate day;

	private int inspections;

	private int problems;

	private int casesOpened;

	private int casesClosed;

	private int proceedingsOpened;

	private BigDecimal areaRemoved;

	private @Nullable String note;

	private String filedBy;

	private Instant filedAt;

	@ElementCollection
	@CollectionTable(name = "campaign_daily_photo", joinColumns = @JoinColumn(name = "report_id"))
	@OrderColumn(name = "position")
	@Column(name = "evidence_id")
	private List<Long> photos = new ArrayList<>();

	protected DailyReport() {
		this.day = LocalDate.EPOCH;
		this.areaRemoved = BigDecimal.ZERO;
		this.filedBy = "";
		this.filedAt = Instant.EPOCH;
	}

	DailyReport(long campaignId, long unitId, LocalDate day, Figures figures, @Nullable String note, List<Long> photos,
			String filedBy, Instant filedAt) {
		this.campaignId = campaignId;
		this.unitId = unitId;
		this.day = day;
		this.inspections = figures.inspections();
		this.problems = figures.problems();
		this.casesOpened = figures.casesOpened();
		this.casesClosed = figures.casesClosed();
		this.proceedingsOpened = figures.proceedingsOpened();
		this.areaRemoved = figures.areaRemoved();
		this.note = note;
		this.photos.addAll(photos);
		this.filedBy = filedBy;
		this.filedAt = filedAt;
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Not saved yet");
		}
		return id;
	}

	public long getCampaignId() {
		return campaignId;
	}

	public long getUnitId() {
		return unitId;
	}

	public LocalDate getDay() {
		return day;
	}

	public int getInspections() {
		return inspections;
	}

	public int getProblems() {
		return problems;
	}

	public int getCasesOpened() {
		return casesOpened;
	}

	public int getCasesClosed() {
		return casesClosed;
	}

	public int getProceedingsOpened() {
		return proceedingsOpened;
	}

	public BigDecimal getAreaRemoved() {
		return areaRemoved;
	}

	public @Nullable String getNote() {
		return note;
	}

	public List<Long> getPhotos() {
		return List.copyOf(photos);
	}

	public String getFiledBy() {
		return filedBy;
	}

	public Instant getFiledAt() {
		return filedAt;
	}
}
