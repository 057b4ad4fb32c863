package org.chengguan.system;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the cluster lives; blank means a throw-away directory (tests)
 * @param durable fsync, synchronous_commit and full_page_writes on: required when the data is real work
 * @param poolSize the application's connections to it
 * @param statementStatistics load {@code pg_stat_statements}, planning tracked too (the intake benchmark counts the
 *        statements per request)
 */
@ConfigurationProperties("chengguan.local-db")
record LocalDatabaseProperties(@Nullable String dataDir, @DefaultValue("true") boolean durable,
		@DefaultValue("20") int poolSize, @DefaultValue("false") boolean statementStatistics) {
}
