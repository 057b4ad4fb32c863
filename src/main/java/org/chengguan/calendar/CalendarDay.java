package org.chengguan.calendar;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A holiday or 调休 make-up working day of a loaded year. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

	@Id
	private LocalDate day;

	private int year;

	@Enumerated(EnumType.STRING)
	private DayKind kind;

	private String name;

	protected CalendarDay() {
		this.day = LocalDate.EPOCH;
		this.kind = DayKind.HOLIDAY;
		this.name = "";
	}

	CalendarDay(LocalDate day, DayKind kind, String name) {
		this.day = day;
		this.year = day.getYear();
		this.kind = kind;
		this.name = name;
	}

	public LocalDate getDay() {
		return day;
	}

	public int getYear() {
		return year;
	}

	public DayKind getKind() {
		return kind;
	}

	public String getName() {
		return name;
	}
}
