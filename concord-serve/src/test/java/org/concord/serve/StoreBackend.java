package org.concord.serve;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where a test's store lives: the embedded H2 database in the test's data folder, or a schema of its own in the
 * PostgreSQL server named by {@value PostgresCondition#URL_PROPERTY} (created empty, migrated by the server as any
 * store is, dropped when the test is done). The store tests run once on each ({@code *H2Test} and
 * {@code *PostgresTest}).
 */
abstract class StoreBackend implements AutoCloseable {
    /** "h2" or "postgresql", as /health names the store. */
    abstract String kind();

    /** The server configuration of a test: its data folder, and this store. */
    abstract ServeConfig config(Path data);

    @Override
    public void close() {
    }

    static StoreBackend h2() {
        return new StoreBackend() {
            @Override
            String kind() {
                return "h2";
            }

            @Override
            ServeConfig config(Path data) {
                return ServeConfig.defaults(data);
            }
        };
    }

    /** A new, empty schema in the test PostgreSQL server (the condition has checked one is given). */
    static StoreBackend postgres() {
        return new Postgres(PostgresCondition.url(), PostgresCondition.user(), PostgresCondition.password());
    }

    private static final class Postgres extends StoreBackend {
        private final String url;
        private final String user;
        private final String password;
        private final String schema;

        Postgres(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
            this.schema = "concord_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
                    .toLowerCase(Locale.ROOT);
            run("CREATE SCHEMA " + schema);
        }

        @Override
        String kind() {
            return "postgresql";
        }

        @Override
        ServeConfig config(Path data) {
            return ServeConfig.defaults(data).withDb(url + (url.contains("?") ? "&" : "?") + "currentSchema="
                    + schema, user, password);
        }

        @Override
        public void close() {
            run("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }

        private void run(String sql) {
            try (Connection c = DriverManager.getConnection(url, user, password);
                 Statement st = c.createStatement()) {
                st.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + url + ": " + sql + ": " + e.getMessage(), e);
            }
        }
    }
}
