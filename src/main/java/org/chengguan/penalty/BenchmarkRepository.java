package org.chengguan.penalty;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

interface BenchmarkRepository extends JpaRepository<BenchmarkEntry, Long> {

	/** Every version, by code and version. */
	@EntityGraph(attributePaths = "levels")
	@Query("select e from BenchmarkEntry e order by e.code, e.version")
	List<BenchmarkEntry> findAllVersions();

	@EntityGraph(attributePaths = "levels")
	@Query("select e from BenchmarkEntry e where e.id = ?1")
	Optional<BenchmarkEntry> findWithLevels(long id);

	/** The version of a code that has no successor, locked so two revisions cannot both follow it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from BenchmarkEntry e where e.code = ?1 and e.validTo is null")
	Optional<BenchmarkEntry> lockLatest(String code);

	boolean existsByCode(String code);
}
