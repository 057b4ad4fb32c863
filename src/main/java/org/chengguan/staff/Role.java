package org.chengguan.staff;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A role (domain.md §2.3) and the authorities it grants; built-in roles can be re-mapped but not deleted. */
@Entity
@Table(name = "staff_role")
public class Role {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String code;

	private String name;

	private boolean builtIn;

	private int sortOrder;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "staff_role_authority", joinColumns = @JoinColumn(name = "role_id"),
			inverseJoinColumns = @JoinColumn(name = "authority_code"))
	private Set<Authority> authorities = new LinkedHashSet<>();

	@Version
	private long version;

	protected Role() {
		this.code = "";
		this.name = "";
	}

	Role(String code, String name, int sortOrder) {
		this.code = code;
		this.name = name;
		this.sortOrder = sortOrder;
	}

	void grant(String name, Set<Authority> authorities) {
		this.name = name;
		this.authorities = new LinkedHashSet<>(authorities);
	}

	boolean grantsEnforcement() {
		return authorities.stream().anyMatch(Authority::isEnforcement);
	}

	public @Nullable Long getId() {
		return id;
	}

	public String getCode() {
		return code;
	}

	public String getName() {
		return name;
	}

	public boolean isBuiltIn() {
		return builtIn;
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public long getVersion() {
		return version;
	}

	public List<Authority> getAuthorities() {
		return authorities.stream().sorted(Comparator.comparingInt(Authority::getSortOrder)).toList();
	}

	String describe() {
		return "code=" + code + ", name=" + name + ", authorities="
				+ getAuthorities().stream().map(Authority::getCode).toList();
	}
}
