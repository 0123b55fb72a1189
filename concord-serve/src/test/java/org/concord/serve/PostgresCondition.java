package org.concord.serve;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the PostgreSQL variants of the store tests only when a server is given: the system property
 * {@value #URL_PROPERTY} (a JDBC URL, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}), with
 * {@value #USER_PROPERTY} (default postgres) and {@value #PASSWORD_PROPERTY} (default none). {@code .ci/run} starts
 * a throw-away cluster and passes them; without them (a plain {@code ./mvnw verify}) the variants are skipped with
 * a reason beginning {@value #SKIP_PREFIX}, and {@link PostgresSummary} counts them at the end of the run.
 */
public final class PostgresCondition implements ExecutionCondition {
    static final String URL_PROPERTY = "concord.test.postgres";
    static final String USER_PROPERTY = "concord.test.postgres.user";
    static final String PASSWORD_PROPERTY = "concord.test.postgres.password";
    static final String SKIP_PREFIX = "needs PostgreSQL: ";

    static String url() {
        String u = System.getProperty(URL_PROPERTY);
        return u == null || u.isBlank() || u.startsWith("${") ? null : u.strip();
    }

    static String user() {
        String u = System.getProperty(USER_PROPERTY);
        return u == null || u.isBlank() || u.startsWith("${") ? "postgres" : u.strip();
    }

    static String password() {
        String p = System.getProperty(PASSWORD_PROPERTY);
        return p == null || p.startsWith("${") ? "" : p;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return url() != null ? ConditionEvaluationResult.enabled("PostgreSQL at " + url())
                : ConditionEvaluationResult.disabled(SKIP_PREFIX + "no -D" + URL_PROPERTY + "=jdbc:postgresql://HOST:PORT/DB "
                        + "given (.ci/run starts a throw-away cluster and gives it)");
    }
}
