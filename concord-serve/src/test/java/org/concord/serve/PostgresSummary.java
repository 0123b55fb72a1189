package org.concord.serve;

/** How many PostgreSQL variants were skipped because no server was given ({@link PostgresCondition}). */
public final class PostgresSummary extends SkipSummary {
    public PostgresSummary() {
        super(PostgresCondition.SKIP_PREFIX, "PostgreSQL store test");
    }
}
