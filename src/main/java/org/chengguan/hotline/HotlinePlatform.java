package org.chengguan.hotline;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.chengguan.calendar.Deadline;
import org.chengguan.calendar.DeadlineUnit;
import org.jspecify.annotations.Nullable;

/** A hotline platform and the limits it sets (domain.md §7: every limit is configured per platform). */
@Entity
@Table(name = "hotline_platform")
public class HotlinePlatform {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	private @Nullable String endpointUrl;

	private int signUrgentMinutes;

	private int signWorkingDays;

	private int replyWorkingDays;

	private int returnWorkingDays;

	private int extensionMaxWorkingDays;

	@Version
	private long version;

	protected HotlinePlatform() {
		this.code = "";
		this.name = "";
	}

	/** Where messages for this platform go from now on. */
	void connect(String url) {
		this.endpointUrl = url;
	}

	/** 签收: urgent orders in clock minutes (天津 实施细则: 15 min), others in working days (1 WD). */
	Deadline signLimit(boolean urgent) {
		return urgent ? new Deadline(signUrgentMinutes, DeadlineUnit.URGENT_MINUTE)
				: new Deadline(signWorkingDays, DeadlineUnit.WORKING_DAY);
	}

	/** 退单 only within this limit after 签收 (山东 办法: 2 WD). */
	Deadline returnLimit() {
		return new Deadline(returnWorkingDays, DeadlineUnit.WORKING_DAY);
	}

	/** 延期 asked of the platform: at most this many working days (山东 办法: ≤ 10 WD). */
	Deadline extensionLimit() {
		return new Deadline(extensionMaxWorkingDays, DeadlineUnit.WORKING_DAY);
	}

	/** 办结回复 within 5 working days (济南12345条例 Art. 24, 潍坊 Art. 20). */
	Deadline replyLimit() {
		return new Deadline(replyWorkingDays, DeadlineUnit.WORKING_DAY);
	}

	public long getId() {
		if (id == null) {
			throw new IllegalStateException("Platform not saved");
		}
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public @Nullable String getEndpointUrl() {
		return endpointUrl;
	}

	public int getSignUrgentMinutes() {
		return signUrgentMinutes;
	}

	public int getSignWorkingDays() {
		return signWorkingDays;
	}

	public int getReplyWorkingDays() {
		return replyWorkingDays;
	}

	public int getReturnWorkingDays() {
		return returnWorkingDays;
	}

	public int getExtensionMaxWorkingDays() {
		return extensionMaxWorkingDays;
	}
}
