package org.chengguan.category;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.chengguan.calendar.Deadline;
import org.chengguan.category.CategoryForms.ConditionForm;
import org.chengguan.category.CategoryForms.LocalCategoryForm;
import org.chengguan.category.CategoryForms.RouteForm;
import org.chengguan.staff.Actor;
import org.chengguan.staff.OrgManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The category book's API: categories and their 立案条件, and the routing that proposes a responsible unit. */
@Service
@Transactional(readOnly = true)
public class CategoryManagement {

	private final CategoryRepository categories;

	private final CategoryRouteRepository routes;

	private final OrgManagement org;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final Map<Long, String> keys = new ConcurrentHashMap<>();

	private final Map<String, Long> receivable = new ConcurrentHashMap<>();

	private final MessageSource messages;

	CategoryManagement(CategoryRepository categories, CategoryRouteRepository routes, OrgManagement org,
			ApplicationEventPublisher events, Clock clock, JdbcTemplate jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.categories = categories;
		this.routes = routes;
		this.org = org;
		this.events = events;
		this.clock = clock;
	}

	/** Categories of a kind in code order, optionally filtered by a name fragment or code prefix. */
	public List<Category> search(CategoryKind kind, String keyword) {
		return categories.search(kind, keyword.trim());
	}

	/**
	 * A category by its key as platforms send it: kind letter + code ({@code E06010}, {@code C01037}), or a bare
	 * 5-digit code, read as a 事项 (the hotlines classify events).
	 */
	public Optional<Category> findByKey(String key) {
		if (key.matches("[EC]\\d{5}")) {
			var kind = key.charAt(0) == 'C' ? CategoryKind.COMPONENT : CategoryKind.EVENT;
			return categories.findFirstByKindAndCodeOrderById(kind, key.substring(1));
		}
		return key.matches("\\d{5}") ? categories.findFirstByKindAndCodeOrderById(CategoryKind.EVENT, key) : Optional.empty();
	}

	/**
	 * The id of the enabled 小类 a platform's key names, if any. No category is ever deleted, disabled or recoded, and
	 * one added later under a code comes after the first, so a key once found stays found: it is remembered from the
	 * commit of the transaction that found it (a category that transaction added and then rolled back is not), and
	 * each work order does not read its category again (issue 14). A key not found is asked again every time.
	 */
	public Optional<Long> receivableId(String key) {
		var known = receivable.get(key);
		if (known != null) {
			return Optional.of(known);
		}
		var found = findByKey(key).filter(c -> !c.isHeader() && c.isEnabled()).map(Category::getId);
		found.ifPresent(id -> {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				receivable.put(key, id);
				return;
			}
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					receivable.put(key, id);
				}
			});
		});
		return found;
	}

	/** The attributes a public report of the category asks for, in order (none for most). */
	public List<ServiceAttribute> attributes(long categoryId) {
		return jdbc.query("""
				select code, datatype, required, description, sort_order, list_values from category_attribute
				where category_id = ? order by sort_order, code""", (rs, n) -> new ServiceAttribute(rs.getString(1),
				rs.getString(2), rs.getBoolean(3), rs.getString(4), rs.getInt(5), values(rs.getString(6))),
				categoryId);
	}

	/** The categories whose public reports ask for attributes (GeoReport {@code metadata=true}). */
	public Set<Long> withAttributes() {
		return Set.copyOf(jdbc.queryForList("select distinct category_id from category_attribute", Long.class));
	}

	private static List<ServiceAttribute.Value> values(@Nullable String text) {
		return text == null ? List.of()
				: text.lines()
					.filter(l -> l.contains("="))
					.map(l -> new ServiceAttribute.Value(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)))
					.toList();
	}

	/** The categories that have an enabled 立案条件: only their cases can be registered (the others wait at 待立案). */
	public Set<Long> registrable() {
		return categories.findIdsWithEnabledConditions();
	}

	/** The 小类 the public may report (Open311 services), in code order. */
	public List<Category> publicIntake() {
		return categories.findByPublicIntakeTrueAndEnabledTrueOrderByKindAscCodeAsc();
	}

	/** One category with its 立案条件. */
	public Category get(long id) {
		return find(id).orElseThrow(() -> new CategoryNotFoundException(id));
	}

	/**
	 * A category's key ({@link Category#getKey()}): its kind and code never change, so the key is remembered and each
	 * case that opens does not read the category again (issue 14).
	 */
	public String key(long id) {
		return keys.computeIfAbsent(id, known -> get(known).getKey());
	}

	/** One category with its 立案条件, if it exists. */
	public Optional<Category> find(long id) {
		var category = categories.findById(id);
		category.ifPresent(c -> c.getConditions().size());
		return category;
	}

	/**
	 * The unit a case of this category in this unit grid goes to: a rule naming the category before a rule for every
	 * category, and among those the longest matching region code. Empty when no rule applies.
	 */
	public Optional<Long> route(String unitGridCode, long categoryId) {
		var prefixes = new ArrayList<String>();
		for (var length = 6; length <= unitGridCode.length(); length += 3) {
			prefixes.add(unitGridCode.substring(0, length));
		}
		return routes.findByRegionCodeIn(prefixes)
			.stream()
			.filter(r -> r.matches(unitGridCode, categoryId))
			.max(Comparator.comparingInt(CategoryRoute::specificity))
			.map(CategoryRoute::getOrgUnitId);
	}

	public List<CategoryRoute> routes() {
		return routes.findAllByOrderByRegionCodeAscCategoryIdAsc();
	}

	@Transactional
	@PreAuthorize("hasAuthority('category:manage')")
	public long addLocalCategory(LocalCategoryForm form, Actor actor) {
		var kind = Objects.requireNonNull(form.kind());
		var code = Objects.requireNonNull(form.code()).trim();
		var localStandard = messages.getMessage("category.localStandard", null, Locale.SIMPLIFIED_CHINESE);
		if (categories.existsByKindAndCodeAndStandardRef(kind, code, localStandard)) {
			throw new CategoryRuleException("category.error.codeTaken");
		}
		var saved = categories.save(
				Category.localExtension(kind, code, Objects.requireNonNull(form.name()).trim(), localStandard));
		changed(actor, "category.create", "category:" + saved.getId(), null, kind + " " + code + " " + saved.getName());
		return Objects.requireNonNull(saved.getId());
	}

	@Transactional
	@PreAuthorize("hasAuthority('category:manage')")
	public void addCondition(long categoryId, ConditionForm form, Actor actor) {
		var category = get(categoryId);
		var condition = category.addCondition(terms(form));
		categories.saveAndFlush(category);
		changed(actor, "category.condition.add", "category:" + categoryId, null, condition.describe());
	}

	@Transactional
	@PreAuthorize("hasAuthority('category:manage')")
	public void reviseCondition(long categoryId, long conditionId, long expectedVersion, ConditionForm form,
			Actor actor) {
		var condition = get(categoryId).getConditions()
			.stream()
			.filter(c -> Objects.equals(c.getId(), conditionId))
			.findFirst()
			.orElseThrow(() -> new CategoryNotFoundException(conditionId));
		if (condition.getVersion() != expectedVersion) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(CaseCondition.class, conditionId);
		}
		var before = condition.describe();
		condition.revise(terms(form), !Boolean.FALSE.equals(form.enabled()));
		changed(actor, "category.condition.revise", "category:" + categoryId, before, condition.describe());
	}

	@Transactional
	@PreAuthorize("hasAuthority('category:manage')")
	public void addRoute(RouteForm form, Actor actor) {
		var region = Objects.requireNonNull(form.regionCode()).trim();
		var unit = org.get(Objects.requireNonNull(form.orgUnitId()));
		var categoryId = form.categoryId();
		if (categoryId != null) {
			get(categoryId);
		}
		var taken = categoryId == null ? routes.existsByRegionCodeAndCategoryIdIsNull(region)
				: routes.existsByRegionCodeAndCategoryId(region, categoryId);
		if (taken) {
			throw new CategoryRuleException("category.error.routeExists");
		}
		var saved = routes.save(new CategoryRoute(categoryId, region, Objects.requireNonNull(unit.getId())));
		changed(actor, "category.route.add", "route:" + saved.getId(), null,
				region + " × " + (categoryId == null ? "*" : categoryId) + " → " + unit.getCode());
	}

	@Transactional
	@PreAuthorize("hasAuthority('category:manage')")
	public void removeRoute(long routeId, Actor actor) {
		var route = routes.findById(routeId).orElseThrow(() -> new CategoryNotFoundException(routeId));
		routes.delete(route);
		changed(actor, "category.route.remove", "route:" + routeId, route.getRegionCode() + " × "
				+ (route.getCategoryId() == null ? "*" : route.getCategoryId()) + " → " + route.getOrgUnitId(), null);
	}

	private static CaseCondition.Terms terms(ConditionForm form) {
		return new CaseCondition.Terms(Objects.requireNonNull(form.description()).trim(),
				Objects.requireNonNull(form.priority()),
				new Deadline(Objects.requireNonNull(form.amount()), Objects.requireNonNull(form.unit())),
				Objects.requireNonNull(form.closeCondition()).trim());
	}

	private void changed(Actor actor, String action, String target, @Nullable String before, @Nullable String after) {
		events.publishEvent(new CategoryEvents.AdminChanged(clock.instant(), actor.username(), action, target, before,
				after));
	}
}
