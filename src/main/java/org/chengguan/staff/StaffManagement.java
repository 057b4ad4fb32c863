package org.chengguan.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The staff module's API: people, their 辖区, passwords and sign-in bookkeeping. */
@Service
@Transactional(readOnly = true)
public class StaffManagement {

	private final StaffRepository members;

	private final OrgUnitRepository orgUnits;

	private final RoleRepository roles;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final OpenSessions sessions;

	private final Clock clock;

	private final ObjectProvider<GridAssignments> gridAssignments;

	StaffManagement(StaffRepository members, OrgUnitRepository orgUnits, RoleRepository roles,
			PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			OpenSessions sessions, Clock clock, ObjectProvider<GridAssignments> gridAssignments) {
		this.gridAssignments = gridAssignments;
		this.members = members;
		this.orgUnits = orgUnits;
		this.roles = roles;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * The 辖区 of a person: citywide with {@code data:citywide}; otherwise, with {@code data:unit}, their org-unit
	 * subtree and the regions assigned to it; and always the unit grids they work as a grid member (网格员, 监督员 and
	 * 协管员 hold no {@code data:unit}, so they see their own grids only).
	 */
	public DataScope scopeOf(long staffId) {
		var member = members.findById(staffId).orElseThrow(() -> new StaffNotFoundException("staff", staffId));
		var authorities = member.effectiveAuthorities(today());
		if (authorities.contains("data:citywide")) {
			return DataScope.everything();
		}
		var grids = gridAssignments.stream().flatMap(g -> g.unitGridCodesOf(staffId).stream()).toList();
		if (!authorities.contains("data:unit")) {
			return new DataScope(false, Set.of(), Set.of(), Set.copyOf(grids));
		}
		var subtree = orgUnits.findSubtreeIds(Objects.requireNonNull(member.getOrgUnit().getId()));
		return new DataScope(false, subtree, orgUnits.findRegionCodes(subtree), Set.copyOf(grids));
	}

	/** The org unit a person belongs to (the handling unit they act for). */
	public long orgUnitOf(long staffId) {
		return members.findById(staffId)
			.map(m -> Objects.requireNonNull(m.getOrgUnit().getId()))
			.orElseThrow(() -> new StaffNotFoundException("staff", staffId));
	}

	/**
	 * Enabled people who hold the authority (as their certificate allows) and whose 辖区 covers the region (a unit grid
	 * code); without a region, only those with a citywide scope. For notifications from other modules.
	 */
	public List<Long> holders(String authority, @Nullable String regionCode) {
		return members.findEnabledWithAuthority(authority)
			.stream()
			.filter(m -> m.effectiveAuthorities(today()).contains(authority))
			.map(m -> Objects.requireNonNull(m.getId()))
			.filter(id -> {
				var scope = scopeOf(id);
				return scope.citywide() || (regionCode != null && scope.coversRegion(regionCode));
			})
			.toList();
	}

	/** Those of the given people who are enabled and hold the authority now (as their certificate allows). */
	public Set<Long> holdersAmong(Set<Long> ids, String authority) {
		var today = today();
		var found = new HashSet<Long>();
		for (var member : members.findByIdIn(ids)) {
			if (member.isEnabled() && member.effectiveAuthorities(today).contains(authority)) {
				found.add(Objects.requireNonNull(member.getId()));
			}
		}
		return found;
	}

	/** Enabled people of one org unit (not its sub-units). */
	public List<Long> membersOf(long orgUnitId) {
		return members.findEnabledIdsByOrgUnitId(orgUnitId);
	}

	/**
	 * Where a person stands for enforcement today: the authorities they hold (as their certificate allows), whether
	 * their 执法证 is valid (a 协管员 has none), whether they hold the 法律职业资格, and their org-unit subtree.
	 */
	public OfficerStanding standing(long staffId) {
		var member = members.findById(staffId).orElseThrow(() -> new StaffNotFoundException("staff", staffId));
		var today = today();
		var certified = member.isEnabled() && !member.isAuxiliary() && member.hasValidCertificateOn(today);
		return new OfficerStanding(staffId, member.getName(), member.isEnabled() ? member.effectiveAuthorities(today)
				: Set.of(), certified, member.getLegalQualificationNo() != null,
				orgUnits.findSubtreeIds(Objects.requireNonNull(member.getOrgUnit().getId())));
	}

	/** A person's own 执法证 status, for their home page. */
	public CertificateStatus certificateOf(long staffId) {
		var member = members.findById(staffId).orElseThrow(() -> new StaffNotFoundException("staff", staffId));
		return CertificateStatus.of(member, today());
	}

	/** Staff visible in the scope, optionally filtered by a keyword on name or username. */
	@PreAuthorize("hasAuthority('staff:view')")
	public Page<StaffMember> search(String keyword, DataScope scope, Pageable pageable) {
		return members.findVisible(scope.citywide(), ids(scope), keyword.trim(), pageable);
	}

	/** One member, or 404 when unknown or outside the scope. */
	@PreAuthorize("hasAuthority('staff:view')")
	public StaffMember get(long id, DataScope scope) {
		return members.findVisible(id, scope.citywide(), ids(scope))
			.orElseThrow(() -> new StaffNotFoundException("staff", id));
	}

	/** Names of members by id, for other modules' pages; no scope check, names are not confidential. */
	public List<StaffSummary> summaries(Set<Long> ids) {
		return members.findByIdIn(ids).stream().map(StaffManagement::summary).toList();
	}

	/** An enabled member by username, for other modules' forms (a 路长 named by username). */
	public Optional<StaffSummary> byUsername(String username) {
		return members.findByUsername(username.strip()).filter(StaffMember::isEnabled).map(StaffManagement::summary);
	}

	/** A member's work phone, for the staff pages of other modules (never a public page). */
	public Optional<String> phoneOf(long id) {
		return members.findByIdIn(Set.of(id)).stream().map(StaffMember::getPhone).filter(Objects::nonNull).findFirst();
	}

	private static StaffSummary summary(StaffMember m) {
		return new StaffSummary(Objects.requireNonNull(m.getId()), m.getName(), m.getUsername(),
				Objects.requireNonNull(m.getOrgUnit().getId()), m.getOrgUnit().getName(), m.isAuxiliary());
	}

	/** Enabled people in the scope, by name, for pickers in other modules (at most 500). */
	public List<StaffSummary> summariesInScope(DataScope scope) {
		return members.findVisible(scope.citywide(), ids(scope), "", org.springframework.data.domain.PageRequest.of(0, 500))
			.stream()
			.filter(StaffMember::isEnabled)
			.map(StaffManagement::summary)
			.toList();
	}

	/** Creates an account; the password must satisfy the policy. */
	@Transactional
	@PreAuthorize("hasAuthority('admin:staff')")
	public long create(StaffForm form, DataScope scope, Actor actor) {
		if (members.findByUsername(form.username()).isPresent()) {
			throw new StaffRuleException("staff.error.usernameTaken");
		}
		var password = form.password() == null ? "" : form.password();
		var problems = PasswordPolicy.check(password, form.username());
		if (!problems.isEmpty()) {
			throw new StaffRuleException(problems.get(0));
		}
		var member = new StaffMember(form.username().trim(), passwordEncoder.encode(password), profile(form, scope));
		member.qualify(form.legalQualification());
		var saved = members.saveAndFlush(member);
		changed(actor, "staff.create", saved, null, saved.describe());
		return Objects.requireNonNull(saved.getId());
	}

	/**
	 * Provisions many accounts sharing one initial password (hashed once). {@code demo} marks them as demo
	 * credentials, which the {@code prod} profile refuses to start with.
	 */
	@Transactional
	@PreAuthorize("hasAuthority('admin:staff')")
	public void provision(List<NewAccount> accounts, String password, boolean demo, Actor actor) {
		var hash = passwordEncoder.encode(password);
		for (var account : accounts) {
			if (members.findByUsername(account.username()).isPresent()) {
				throw new StaffRuleException("staff.error.usernameTaken");
			}
			var unit = orgUnits.findByCode(account.orgUnitCode())
				.orElseThrow(() -> new StaffNotFoundException("org unit", account.orgUnitCode()));
			var granted = new HashSet<Role>();
			account.roleCodes()
				.forEach(code -> granted.add(roles.findByCode(code)
					.orElseThrow(() -> new StaffRuleException("staff.error.unknownRole"))));
			var member = new StaffMember(account.username(), hash, new StaffMember.Profile(account.name(),
					account.phone(), unit, account.auxiliary(), account.certificateNo(), account.certificateValidFrom(),
					account.certificateValidTo(), true, granted));
			member.qualify(account.legalQualificationNo());
			if (demo) {
				member.markDemoCredentials();
			}
			var saved = members.save(member);
			changed(actor, "staff.create", saved, null, saved.describe());
		}
	}

	/** Updates a member's profile and roles; their open sessions end so that new rights apply at once. */
	@Transactional
	@PreAuthorize("hasAuthority('admin:staff')")
	public void update(long id, long expectedVersion, StaffForm form, DataScope scope, Actor actor) {
		var member = get(id, scope);
		requireVersion(member.getVersion(), expectedVersion);
		var before = member.describe();
		member.update(profile(form, scope));
		member.qualify(form.legalQualification());
		members.saveAndFlush(member);
		changed(actor, "staff.update", member, before, member.describe());
		sessions.end(member.getUsername());
	}

	/** Sets a new password chosen by the administrator; the person should change it at next sign-in. */
	@Transactional
	@PreAuthorize("hasAuthority('admin:staff')")
	public void resetPassword(long id, String password, DataScope scope, Actor actor) {
		var member = get(id, scope);
		var problems = PasswordPolicy.check(password, member.getUsername());
		if (!problems.isEmpty()) {
			throw new StaffRuleException(problems.get(0));
		}
		member.changePassword(passwordEncoder.encode(password), clock.instant());
		member.unlock();
		changed(actor, "staff.resetPassword", member, null, null);
		sessions.end(member.getUsername());
	}

	/** Lifts a lockout before it expires. */
	@Transactional
	@PreAuthorize("hasAuthority('admin:staff')")
	public void unlock(long id, DataScope scope, Actor actor) {
		var member = get(id, scope);
		member.unlock();
		changed(actor, "staff.unlock", member, null, null);
	}

	/** A person changes their own password, proving the current one. Returns the broken rules' message keys. */
	@Transactional
	public List<String> changeOwnPassword(long staffId, String current, String next) {
		var member = members.findById(staffId).orElseThrow(() -> new StaffNotFoundException("staff", staffId));
		if (!passwordEncoder.matches(current, member.getPasswordHash())) {
			return List.of("staff.password.currentWrong");
		}
		var problems = PasswordPolicy.check(next, member.getUsername());
		if (problems.isEmpty()) {
			member.changePassword(passwordEncoder.encode(next), clock.instant());
			events.publishEvent(new StaffEvents.AdminChanged(clock.instant(), member.getUsername(),
					"staff.changeOwnPassword", "staff:" + staffId, null, null));
		}
		return problems;
	}

	Optional<StaffMember> findByUsername(String username) {
		return members.findByUsername(username);
	}

	@Transactional
	void recordSignIn(String username, @Nullable String remoteAddress) {
		members.findByUsernameForUpdate(username).ifPresent(member -> {
			member.succeedSignIn();
			events.publishEvent(new StaffEvents.SignedIn(clock.instant(),
					Objects.requireNonNull(member.getId()), member.getUsername(), remoteAddress));
		});
	}

	/** Counts a bad password and locks the account at the limit (domain: 5 failures → 15 minutes). */
	@Transactional
	void recordFailedSignIn(String username, String reason, int maxAttempts, java.time.Duration lockout,
			@Nullable String remoteAddress) {
		var now = clock.instant();
		var member = members.findByUsernameForUpdate(username);
		var shown = username.length() > 40 ? username.substring(0, 40) : username;
		events.publishEvent(new StaffEvents.SignInFailed(now, shown, member.isEmpty() ? "UNKNOWN_USER" : reason,
				remoteAddress));
		if (member.isPresent() && reason.equals("BAD_CREDENTIALS")
				&& member.get().failSignIn(maxAttempts, lockout, now)) {
			var locked = member.get();
			events.publishEvent(new StaffEvents.LockedOut(now, Objects.requireNonNull(locked.getId()),
					locked.getUsername(), Objects.requireNonNull(locked.getLockedUntil()), remoteAddress));
		}
	}

	@Transactional
	void recordSignOut(String username) {
		events.publishEvent(new StaffEvents.SignedOut(clock.instant(), username));
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	private StaffMember.Profile profile(StaffForm form, DataScope scope) {
		var orgUnitId = Objects.requireNonNull(form.orgUnitId());
		if (!scope.coversOrgUnit(orgUnitId)) {
			throw new StaffNotFoundException("org unit", orgUnitId);
		}
		var unit = orgUnits.findById(orgUnitId).orElseThrow(() -> new StaffNotFoundException("org unit", orgUnitId));
		var chosen = new HashSet<>(roles.findAllById(form.roles()));
		if (chosen.size() != form.roles().size()) {
			throw new StaffRuleException("staff.error.unknownRole");
		}
		if (form.certificate() == null && (form.certificateValidFrom() != null || form.certificateValidTo() != null)) {
			throw new StaffRuleException("staff.error.certificateDatesWithoutNumber");
		}
		if (form.certificateValidFrom() != null && form.certificateValidTo() != null
				&& form.certificateValidTo().isBefore(form.certificateValidFrom())) {
			throw new StaffRuleException("staff.error.certificatePeriod");
		}
		return new StaffMember.Profile(form.name().trim(), form.phoneNumber(), unit, form.isAuxiliary(),
				form.certificate(), form.certificateValidFrom(), form.certificateValidTo(), form.isEnabled(), chosen);
	}

	private void changed(Actor actor, String action, StaffMember member, @Nullable String before,
			@Nullable String after) {
		events.publishEvent(new StaffEvents.AdminChanged(clock.instant(), actor.username(), action,
				"staff:" + member.getId(), before, after));
	}

	static void requireVersion(long actual, long expected) {
		if (actual != expected) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(StaffMember.class, expected);
		}
	}

	private static Set<Long> ids(DataScope scope) {
		// An empty IN list is not valid SQL everywhere: use an id that never exists.
		return scope.orgUnitIds().isEmpty() ? Set.of(-1L) : scope.orgUnitIds();
	}
}
