package org.chengguan.staff;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A person who signs in: formal staff with a 执法证, or a 协管员 (auxiliary) who may never act as an enforcer. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String username;

	private String passwordHash;

	private String name;

	private @Nullable String phone;

	@ManyToOne(fetch = FetchType.EAGER)
	@JoinColumn(name = "org_unit_id")
	private OrgUnit orgUnit;

	private boolean auxiliary;

	private @Nullable String certificateNo;

	private @Nullable LocalDate certificateValidFrom;

	private @Nullable LocalDate certificateValidTo;

	private @Nullable String legalQualificationNo;

	private boolean enabled = true;

	private int failedAttempts;

	private @Nullable Instant lockedUntil;

	private @Nullable Instant passwordChangedAt;

	private boolean demoCredentials;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "staff_member_role", joinColumns = @JoinColumn(name = "member_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> roles = new LinkedHashSet<>();

	@Version
	private long version;

	protected StaffMember() {
		this.username = "";
		this.passwordHash = "";
		this.name = "";
		this.orgUnit = new OrgUnit();
	}

	StaffMember(String username, String passwordHash, Profile profile) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.name = profile.name();
		this.orgUnit = profile.orgUnit();
		update(profile);
	}

	/** The editable facts of a member, checked against the auxiliary rule before they are applied. */
	record Profile(String name, @Nullable String phone, OrgUnit orgUnit, boolean auxiliary,
			@Nullable String certificateNo, @Nullable LocalDate certificateValidFrom,
			@Nullable LocalDate certificateValidTo, boolean enabled, Set<Role> roles) {
	}

	void update(Profile profile) {
		// 协管员只能从事辅助性工作 (安阳市城市管理综合执法条例 第七条; 浙江省综合行政执法条例 第三十条).
		if (profile.auxiliary() && profile.roles().stream().anyMatch(Role::grantsEnforcement)) {
			throw new StaffRuleException("staff.error.auxiliaryEnforcement");
		}
		if (profile.auxiliary() && profile.certificateNo() != null) {
			throw new StaffRuleException("staff.error.auxiliaryCertificate");
		}
		this.name = profile.name();
		this.phone = profile.phone();
		this.orgUnit = profile.orgUnit();
		this.auxiliary = profile.auxiliary();
		this.certificateNo = profile.certificateNo();
		this.certificateValidFrom = profile.certificateValidFrom();
		this.certificateValidTo = profile.certificateValidTo();
		this.enabled = profile.enabled();
		this.roles = new LinkedHashSet<>(profile.roles());
	}

	/** 法律职业资格证书编号 (《行政处罚法》第五十八条第二款), or none. */
	void qualify(@Nullable String legalQualificationNo) {
		this.legalQualificationNo = legalQualificationNo;
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.demoCredentials = false;
	}

	void markDemoCredentials() {
		this.demoCredentials = true;
	}

	/** Counts a failed sign-in; returns true when this failure locks the account. */
	boolean failSignIn(int maxAttempts, Duration lockout, Instant now) {
		failedAttempts++;
		if (failedAttempts < maxAttempts) {
			return false;
		}
		failedAttempts = 0;
		lockedUntil = now.plus(lockout);
		return true;
	}

	void succeedSignIn() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void unlock() {
		succeedSignIn();
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	/** A 执法证 that is present and valid on the given day. */
	public boolean hasValidCertificateOn(LocalDate day) {
		return certificateNo != null && (certificateValidFrom == null || !day.isBefore(certificateValidFrom))
				&& (certificateValidTo == null || !day.isAfter(certificateValidTo));
	}

	/**
	 * The authorities this member may use today: the union of the roles' authorities and {@code ROLE_} names, less
	 * enforcement authorities unless the member is formal staff with a valid 执法证 (domain.md §2.2).
	 */
	Set<String> effectiveAuthorities(LocalDate today) {
		var mayEnforce = !auxiliary && hasValidCertificateOn(today);
		var result = new TreeSet<String>();
		for (var role : roles) {
			result.add("ROLE_" + role.getCode());
			role.getAuthorities()
				.stream()
				.filter(a -> mayEnforce || !a.isEnforcement())
				.forEach(a -> result.add(a.getCode()));
		}
		return result;
	}

	public @Nullable Long getId() {
		return id;
	}

	public String getUsername() {
		return username;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getName() {
		return name;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public OrgUnit getOrgUnit() {
		return orgUnit;
	}

	public boolean isAuxiliary() {
		return auxiliary;
	}

	public @Nullable String getCertificateNo() {
		return certificateNo;
	}

	public @Nullable String getLegalQualificationNo() {
		return legalQualificationNo;
	}

	public @Nullable LocalDate getCertificateValidFrom() {
		return certificateValidFrom;
	}

	public @Nullable LocalDate getCertificateValidTo() {
		return certificateValidTo;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public @Nullable Instant getLockedUntil() {
		return lockedUntil;
	}

	public boolean isDemoCredentials() {
		return demoCredentials;
	}

	public long getVersion() {
		return version;
	}

	public List<Role> getRoles() {
		return roles.stream().sorted(Comparator.comparingInt(Role::getSortOrder)).toList();
	}

	String describe() {
		return "username=" + username + ", name=" + name + ", orgUnit=" + orgUnit.getCode() + ", auxiliary="
				+ auxiliary + ", certificate=" + certificateNo + " " + certificateValidFrom + ".." + certificateValidTo
				+ ", enabled=" + enabled + ", roles=" + getRoles().stream().map(Role::getCode).toList();
	}
}
