package org.chengguan.staff;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fine-grained permission such as {@code case:dispatch}; checked by {@code @PreAuthorize} on module APIs. */
@Entity
@Table(name = "staff_authority")
public class Authority {

	@Id
	private String code;

	private String module;

	private boolean enforcement;

	private int sortOrder;

	protected Authority() {
		this.code = "";
		this.module = "";
	}

	public String getCode() {
		return code;
	}

	public String getModule() {
		return module;
	}

	/** Enforcement acts: never for a 协管员, and only with a valid 执法证 (domain.md §2.2). */
	public boolean isEnforcement() {
		return enforcement;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	/** Key of the authority's description in messages.properties. */
	public String getMessageKey() {
		return "staff.authority." + code.replace(':', '.');
	}
}
