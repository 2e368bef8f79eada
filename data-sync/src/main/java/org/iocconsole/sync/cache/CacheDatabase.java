package org.iocconsole.sync.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 file that every view reads and the sync engine writes: opened once per process, migrated by Flyway, shared
 * through a small connection pool. Thread-safe.
 */
public final class CacheDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CacheDatabase.class);
    private static final int MAX_CONNECTIONS = 8;

    private final Path file;
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;
    private final CacheDialect dialect;

    private CacheDatabase(Path file, JdbcConnectionPool pool, CacheDialect dialect) {
        this.file = file;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.dialect = dialect;
    }

    /**
     * Opens (creating if needed) the cache {@code name} in {@code directory} and brings its schema up to date.
     *
     * @throws CacheException with a message for the user when the file is in use by another process, damaged or not
     *     writable
     */
    public static CacheDatabase open(Path directory, String name) {
        return open(directory, name, null);
    }

    /**
     * Opens (creating if needed) the cache {@code name} in {@code directory} encrypted with AES under {@code key}, so
     * that the file alone reveals nothing.
     *
     * @throws CacheException also when the key is not the file's, or the file is not encrypted
     */
    public static CacheDatabase openEncrypted(Path directory, String name, CacheKey key) {
        return open(directory, name, key);
    }

    private static CacheDatabase open(Path directory, String name, CacheKey key) {
        Path file = directory.resolve(name + ".mv.db");
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new CacheException("Cannot create the cache folder " + directory + ": " + e.getMessage(), e);
        }
        // WRITE_DELAY=0: a commit reaches the file before it returns, so an operator action or a page with its cursor
        // survives the process being killed right after.
        String url = "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0" + (key == null ? "" : ";CIPHER=AES");
        // With a cipher, H2 takes the file's key before the user's password, separated by a space.
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "ioc", key == null ? "" : key.hex() + " ");
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            pool.getConnection().close();
            migrate(pool, CacheDialect.H2);
        } catch (SQLException | FlywayException e) {
            pool.dispose();
            throw explain(file, key != null, e);
        }
        LOG.info("Cache open at {}", file);
        return new CacheDatabase(file, pool, CacheDialect.H2);
    }

    private static void migrate(JdbcConnectionPool pool, CacheDialect dialect) {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .placeholders(dialect.placeholders())
                .load()
                .migrate();
    }

    private static CacheException explain(Path file, boolean encrypted, Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        if (cause instanceof SQLException sql) {
            if (sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new CacheException(
                        "The cache " + file + " is in use by another IOC Console or sync agent. "
                                + "Close it, or start with --cache pointing to another folder.",
                        e);
            }
            if (encrypted && sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || sql.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                return new CacheException(
                        "The cache " + file + " cannot be opened with this password: it is encrypted with another "
                                + "one, or not encrypted.",
                        e);
            }
            if (sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return new CacheException(
                        "The cache " + file + " is damaged. Move it aside; the console then builds a new cache "
                                + "from its sources.",
                        e);
            }
        }
        return new CacheException("Cannot open the cache " + file + ": " + e.getMessage(), e);
    }

    /** The JDBI entry point for queries and transactions. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The SQL dialect of this cache. */
    public CacheDialect dialect() {
        return dialect;
    }

    /** The cache file, for messages and the about box. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Cache closed: {}", file);
    }
}
