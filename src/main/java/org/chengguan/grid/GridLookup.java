package org.chengguan.grid;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Holds the point index of the current unit grids. Rebuilt after an import here, and within 30 s of an import on
 * another instance (it polls {@code grid_index_version}); every instance must run the poll, so it takes no lock.
 */
@Component
class GridLookup {

	private static final Logger log = LoggerFactory.getLogger(GridLookup.class);

	private static final String GRIDS = """
			select g.id, g.code, g.geometry, c.code, c.name, s.code, s.name, d.code, d.name
			from grid_unit_grid g
			join grid_region c on c.id = g.community_id
			join grid_region s on s.id = c.parent_id
			join grid_region d on d.id = s.parent_id
			where g.valid_to is null or g.valid_to >= current_date""";

	private final JdbcTemplate jdbc;

	private volatile @Nullable GridIndex index;

	private volatile long version = -1;

	private volatile AddressGazetteer gazetteer = new AddressGazetteer(java.util.List.of());

	private static final String COMMUNITIES = """
			select c.code, c.name, s.name, d.name, c.geometry
			from grid_region c
			join grid_region s on s.id = c.parent_id
			join grid_region d on d.id = s.parent_id
			where c.level = 'COMMUNITY'""";

	GridLookup(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<GridLocation> locate(double lon, double lat) {
		var current = index;
		if (current == null) {
			current = rebuild();
		}
		return current.locate(lon, lat);
	}

	Optional<AddressGazetteer.Community> community(String address) {
		if (index == null) {
			rebuild();
		}
		return gazetteer.find(address);
	}

	java.util.List<AddressGazetteer.Community> communitiesNamed(String text, int limit) {
		if (index == null) {
			rebuild();
		}
		return gazetteer.named(text, limit);
	}

	@TransactionalEventListener
	void on(GridEvents.Imported imported) {
		rebuild();
	}

	/**
	 * The importing transaction locates in what it imported (the demo loader signs frontages and roads up in it), even
	 * if the index was built before; should it roll back, the index is built again from what was kept.
	 */
	@org.springframework.context.event.EventListener
	void whileImporting(GridEvents.Imported imported) {
		rebuild();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					if (status != STATUS_COMMITTED) {
						rebuild();
					}
				}
			});
		}
	}

	/** Another instance imported: its version is newer (one still importing here is ahead, and left alone). */
	@Scheduled(fixedDelayString = "PT30S", initialDelayString = "PT30S")
	void pollVersion() {
		var stored = jdbc.queryForObject("select version from grid_index_version where id = 1", Long.class);
		if (stored != null && stored > version) {
			rebuild();
		}
	}

	synchronized GridIndex rebuild() {
		var started = System.nanoTime();
		var stored = jdbc.queryForObject("select version from grid_index_version where id = 1", Long.class);
		var entries = jdbc.query(GRIDS, (rs, i) -> new GridIndex.Entry(Geometries.read(rs.getBytes(3)),
				new GridLocation(rs.getLong(1), rs.getString(2), rs.getString(4), rs.getString(5), rs.getString(6),
						rs.getString(7), rs.getString(8), rs.getString(9))));
		var built = new GridIndex(entries);
		this.gazetteer = new AddressGazetteer(jdbc.query(COMMUNITIES, (rs, i) -> {
			var point = Geometries.read(rs.getBytes(5)).getInteriorPoint();
			return new AddressGazetteer.Community(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					point.getX(), point.getY());
		}));
		this.index = built;
		this.version = stored == null ? 0 : stored;
		log.info("Grid index built: {} unit grids in {} ms", built.size(), (System.nanoTime() - started) / 1_000_000);
		return built;
	}
}
