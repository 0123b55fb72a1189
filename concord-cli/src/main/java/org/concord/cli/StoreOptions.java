package org.concord.cli;

import java.nio.file.Path;
import org.concord.serve.ServeConfig;
import picocli.CommandLine.Option;

/**
 * {@code --data DIR}, {@code --db URL} and {@code --db-user USER}: where {@code concord serve} keeps its store (a
 * picocli mixin of serve and token). The password of a {@code --db} database is read from the environment
 * variable {@code CONCORD_DB_PASSWORD}, so it never shows in a process listing.
 */
final class StoreOptions {
    static final String PASSWORD_VARIABLE = "CONCORD_DB_PASSWORD";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "concord-data",
            description = "The server's data folder: the embedded database, the search index and saved annotations "
                    + "(default: ${DEFAULT-VALUE}, created if missing).")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Keep the relational store in this database instead of the embedded one "
                    + "(jdbc:postgresql://HOST/DB; password from $" + PASSWORD_VARIABLE + ").")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "The --db database user.")
    String dbUser;

    /** The default server configuration with this store. */
    ServeConfig config() {
        return ServeConfig.defaults(data).withDb(db, dbUser, db == null ? null : System.getenv(PASSWORD_VARIABLE));
    }

    /** The hint for an embedded store that another process holds open. */
    static String hint(String message) {
        return message != null && message.contains("already in use")
                ? " (is a concord serve using this --data folder? stop it first)" : "";
    }
}
