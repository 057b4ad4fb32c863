package org.chengguan.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A year whose holiday arrangement has been entered, with the notice it comes from. */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

	@Id
	private int year;

	private String notice;

	private @Nullable LocalDate publishedOn;

	private Instant loadedAt;

	protected CalendarYear() {
		this.notice = "";
		this.loadedAt = Instant.EPOCH;
	}

	CalendarYear(int year, String notice, @Nullable LocalDate publishedOn, Instant loadedAt) {
		this.year = year;
		this.notice = notice;
		this.publishedOn = publishedOn;
		this.loadedAt = loadedAt;
	}

	public int getYear() {
		return year;
	}

	public String getNotice() {
		return notice;
	}

	public @Nullable LocalDate getPublishedOn() {
		return publishedOn;
	}

	public Instant getLoadedAt() {
		return loadedAt;
	}
}
