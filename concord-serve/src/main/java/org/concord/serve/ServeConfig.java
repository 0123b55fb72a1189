package org.concord.serve;

import java.nio.file.Path;

/**
 * How {@code concord serve} runs. {@code db} null means the embedded H2 store under {@code data}; the password of
 * another database comes from the environment ({@code CONCORD_DB_PASSWORD}), never from the command line.
 * {@code worker} false accepts documents without analysing them (a restart with it true resumes the queue).
 * {@code openReads} lets non-loopback clients read without a token.
 */
public record ServeConfig(Path data, String db, String dbUser, String dbPassword, String bind, int port,
                          long maxBodyBytes, int threads, int batchSize, int summaryWords, boolean worker,
                          boolean openReads) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
    public static final int DEFAULT_BATCH = 500;

    public ServeConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        if (threads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batchSize must be at least 1");
        }
    }

    /** The defaults: embedded store in {@code data}, 127.0.0.1:8080, 16 MiB bodies, all processors. */
    public static ServeConfig defaults(Path data) {
        return new ServeConfig(data, null, null, null, DEFAULT_BIND, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES,
                Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH, 120, true, false);
    }

    public ServeConfig withPort(int p) {
        return new ServeConfig(data, db, dbUser, dbPassword, bind, p, maxBodyBytes, threads, batchSize, summaryWords,
                worker, openReads);
    }

    public ServeConfig withBind(String b) {
        return new ServeConfig(data, db, dbUser, dbPassword, b, port, maxBodyBytes, threads, batchSize, summaryWords,
                worker, openReads);
    }

    public ServeConfig withDb(String url, String user, String password) {
        return new ServeConfig(data, url, user, password, bind, port, maxBodyBytes, threads, batchSize, summaryWords,
                worker, openReads);
    }

    public ServeConfig withMaxBodyBytes(long n) {
        return new ServeConfig(data, db, dbUser, dbPassword, bind, port, n, threads, batchSize, summaryWords, worker,
                openReads);
    }

    public ServeConfig withThreads(int n) {
        return new ServeConfig(data, db, dbUser, dbPassword, bind, port, maxBodyBytes, n, batchSize, summaryWords,
                worker, openReads);
    }

    public ServeConfig withBatchSize(int n) {
        return new ServeConfig(data, db, dbUser, dbPassword, bind, port, maxBodyBytes, threads, n, summaryWords,
                worker, openReads);
    }

    public ServeConfig withWorker(boolean on) {
        return new ServeConfig(data, db, dbUser, dbPassword, bind, port, maxBodyBytes, threads, batchSize,
                summaryWords, on, openReads);
    }

    public ServeConfig withOpenReads(boolean open) {
        return new ServeConfig(data, db, dbUser, dbPassword, bind, port, maxBodyBytes, threads, batchSize,
                summaryWords, worker, open);
    }

    /** Opens the relational store this configuration names (migrated). */
    public Database openDatabase() {
        return Database.open(data, db, dbUser, dbPassword);
    }

    Path indexDir() {
        return data.resolve("index");
    }

    Path annotationsDir() {
        return data.resolve("annotations");
    }
}
