package org.chengguan.video;

import java.math.BigDecimal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A vendor's alarm code and the 事项 it means (domain.md §4.3 AlarmTypeMapping). */
@Entity
@Table(name = "video_alarm_type")
class AlarmType {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String vendor;

	private String alarmCode;

	private String name;

	private @Nullable Long categoryId;

	private BigDecimal confidenceMin = BigDecimal.ZERO;

	protected AlarmType() {
		this.vendor = "";
		this.alarmCode = "";
		this.name = "";
	}

	String getName() {
		return name;
	}

	@Nullable Long getCategoryId() {
		return categoryId;
	}

	/** Whether an alarm of this confidence is too unsure to open a case. */
	boolean tooUnsure(@Nullable Double confidence) {
		return confidence != null && BigDecimal.valueOf(confidence).compareTo(confidenceMin) < 0;
	}
}
