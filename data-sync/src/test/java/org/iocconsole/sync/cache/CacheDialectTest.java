package org.iocconsole.sync.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Each dialect tells a conflict over rows, wherever it sits among the causes, from a failure that would fail again. */
class CacheDialectTest {
    @Test
    void lockConflictsAreKnownByTheirSqlStateAmongTheCauses() {
        CacheException h2Timeout =
                new CacheException("write", new SQLException("Timeout trying to lock", "HYT00", 50200));
        CacheException pgLock = new CacheException("write", new RuntimeException(new SQLException("lock", "55P03")));
        CacheException duplicate = new CacheException("write", new SQLException("duplicate key", "23505"));

        assertThat(CacheDialect.H2.isLockConflict(h2Timeout)).isTrue();
        assertThat(CacheDialect.POSTGRESQL.isLockConflict(pgLock)).isTrue();
        assertThat(CacheDialect.POSTGRESQL.isLockConflict(h2Timeout)).isFalse();
        assertThat(CacheDialect.H2.isLockConflict(duplicate)).isFalse();
        assertThat(CacheDialect.H2.isLockConflict(new CacheException("closed"))).isFalse();
    }
}
