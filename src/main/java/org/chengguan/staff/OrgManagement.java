package org.chengguan.staff;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree: 局 → 大队 / 股室 / 指挥中心 → 中队, with the 辖区 of each unit. */
@Service
@Transactional(readOnly = true)
public class OrgManagement {

	private final OrgUnitRepository units;

	private final StaffRepository members;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrgManagement(OrgUnitRepository units, StaffRepository members, ApplicationEventPublisher events, Clock clock) {
		this.units = units;
		this.members = members;
		this.events = events;
		this.clock = clock;
	}

	/** The name of every unit by its id. */
	public Map<Long, String> unitNames() {
		var names = new HashMap<Long, String>();
		units.findAll().forEach(u -> names.put(Objects.requireNonNull(u.getId()), u.getName()));
		return names;
	}

	/** Every unit in depth-first order under the bureau. */
	public List<OrgUnitRow> tree() {
		var all = units.findAllByOrderBySortOrderAscIdAsc();
		Map<Long, List<OrgUnit>> children = new HashMap<>();
		all.forEach(u -> children.computeIfAbsent(u.getParentId() == null ? 0L : u.getParentId(),
				k -> new ArrayList<>()).add(u));
		var counts = new HashMap<Long, Long>();
		members.findAll().forEach(m -> counts.merge(m.getOrgUnit().getId(), 1L, Long::sum));
		var rows = new ArrayList<OrgUnitRow>();
		walk(0L, 0, children, counts, rows);
		return rows;
	}

	public OrgUnit get(long id) {
		return units.findById(id).orElseThrow(() -> new StaffNotFoundException("org unit", id));
	}

	@Transactional
	@PreAuthorize("hasAuthority('admin:org')")
	public long create(OrgUnitForm form, Actor actor) {
		var type = Objects.requireNonNull(form.type());
		if (units.findByCode(form.code().trim()).isPresent()) {
			throw new StaffRuleException("org.error.codeTaken");
		}
		var parent = form.parentId() == null ? null : get(form.parentId());
		if (type == OrgUnitType.BUREAU || parent == null || !type.mayBeChildOf(parent.getType())) {
			throw new StaffRuleException("org.error.badParent");
		}
		var unit = new OrgUnit(form.code().trim(), form.name().trim(), type, parent);
		unit.update(form.name().trim(), form.order(), form.regionCodes());
		var saved = units.saveAndFlush(unit);
		changed(actor, "org.create", saved, null, saved.describe());
		return Objects.requireNonNull(saved.getId());
	}

	@Transactional
	@PreAuthorize("hasAuthority('admin:org')")
	public void update(long id, long expectedVersion, OrgUnitForm form, Actor actor) {
		var unit = get(id);
		StaffManagement.requireVersion(unit.getVersion(), expectedVersion);
		var before = unit.describe();
		unit.update(form.name().trim(), form.order(), form.regionCodes());
		units.saveAndFlush(unit);
		changed(actor, "org.update", unit, before, unit.describe());
	}

	private static void walk(long parent, int depth, Map<Long, List<OrgUnit>> children, Map<Long, Long> counts,
			List<OrgUnitRow> rows) {
		for (var unit : children.getOrDefault(parent, List.of())) {
			rows.add(new OrgUnitRow(unit, depth, counts.getOrDefault(unit.getId(), 0L)));
			walk(Objects.requireNonNull(unit.getId()), depth + 1, children, counts, rows);
		}
	}

	private void changed(Actor actor, String action, OrgUnit unit, @Nullable String before, @Nullable String after) {
		events.publishEvent(new StaffEvents.AdminChanged(clock.instant(), actor.username(), action,
				"org:" + unit.getId(), before, after));
	}
}
