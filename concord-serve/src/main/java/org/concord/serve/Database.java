package org.concord.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The relational store: an embedded H2 file database under the data folder by default, or any JDBC URL
 * ({@code jdbc:postgresql://...}) for a shared deployment. Opening migrates the schema (Flyway, one set of scripts
 * in {@code db/migration} for both). Connections are pooled (H2's pool, over PostgreSQL's pooled data source for
 * PostgreSQL), so a read does not open a connection.
 */
public final class Database implements AutoCloseable {
    private final String url;
    private final String user;
    private final String password;
    private final JdbcConnectionPool pool;

    private Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.pool = pool(url, user, password);
        if (pool != null) {
            pool.setMaxConnections(32);
        }
    }

    /**
     * The pool for {@code url}: H2's, and for PostgreSQL the same pool over the driver's pooled data source (a
     * connection the server drops is closed by the pool on the driver's error event, not handed out again); null
     * for another database, whose connections are opened per use.
     */
    private static JdbcConnectionPool pool(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:")) {
            return JdbcConnectionPool.create(url, user, password);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            org.postgresql.ds.PGConnectionPoolDataSource ds = new org.postgresql.ds.PGConnectionPoolDataSource();
            ds.setURL(url);
            if (!user.isEmpty()) { // else the URL's own user= and password=, if any, stand
                ds.setUser(user);
            }
            if (!password.isEmpty()) {
                ds.setPassword(password);
            }
            return JdbcConnectionPool.create(ds);
        }
        return null;
    }

    /** The JDBC URL of the embedded store in {@code dataDir}: {@code DIR/db/concord.mv.db}. */
    public static String embeddedUrl(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve("db").resolve("concord");
        // DB_CLOSE_ON_EXIT=FALSE: the server closes the store itself, after the worker has stopped.
        // WRITE_DELAY=0: every commit is written to the file before it returns (H2's default writes committed
        // changes up to 500 ms later, so a process killed with SIGKILL lost documents whose post had been
        // acknowledged: `concord bench serve` found 14 of 14 lost before this)
        return "jdbc:h2:file:" + file.toString().replace('\\', '/') + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /**
     * Opens (creating it if needed) and migrates the store at {@code url}; {@code null} means the embedded store in
     * {@code dataDir}.
     * @throws StoreException when the database cannot be reached or migrated, with the reason
     */
    public static Database open(Path dataDir, String url, String user, String password) {
        String jdbc = url;
        if (jdbc == null) {
            try {
                Files.createDirectories(dataDir.resolve("db"));
            } catch (java.io.IOException e) {
                throw new StoreException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
            }
            jdbc = embeddedUrl(dataDir);
        }
        if (!jdbc.startsWith("jdbc:")) {
            throw new StoreException("not a JDBC URL: " + jdbc + " (expected jdbc:h2:... or jdbc:postgresql://...)",
                    null);
        }
        Database db = new Database(jdbc, user == null ? "" : user, password == null ? "" : password);
        try {
            Flyway.configure().dataSource(jdbc, db.user, db.password).locations("classpath:db/migration")
                    .loggers("slf4j").load().migrate();
        } catch (RuntimeException e) {
            db.close();
            throw new StoreException("cannot open the store " + redact(jdbc) + ": " + rootMessage(e), e);
        }
        return db;
    }

    /** A connection (auto-commit on); the caller closes it. */
    public Connection connection() throws SQLException {
        return pool != null ? pool.getConnection() : DriverManager.getConnection(url, user, password);
    }

    /**
     * Makes what {@code c} just committed durable before the caller answers. PostgreSQL's commit already is
     * (synchronous_commit). H2's is not, whatever WRITE_DELAY says: its store writes a commit to the file when no
     * other commit is being written at that moment, so under concurrent posts a committed transaction could stay
     * in memory, and `concord bench serve` lost an acknowledged batch of 5 documents to SIGKILL (1,000 documents,
     * 8 clients). H2's maintainers name CHECKPOINT SYNC as the way to have a commit on disk (h2database#2599).
     */
    void durable(Connection c) throws SQLException {
        if (url.startsWith("jdbc:h2:")) {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("CHECKPOINT SYNC");
            }
        }
    }

    /** Which kind of database this is, for /health: "h2" or "postgresql" (the URL's sub-protocol). */
    public String kind() {
        String rest = url.substring("jdbc:".length());
        int colon = rest.indexOf(':');
        return (colon < 0 ? rest : rest.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.dispose();
        }
        if (url.startsWith("jdbc:h2:")) {
            // an embedded database closes when its last connection does; make it so now, whatever a caller left open
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                c.createStatement().execute("SHUTDOWN");
            } catch (SQLException e) {
                // already closed
            }
        }
    }

    /** The URL without its credentials (a user or password given in the query). */
    static String redact(String url) {
        return url.replaceAll("(?i)(password|user)=[^&;]*", "$1=***");
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** The store could not be opened or used. */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
