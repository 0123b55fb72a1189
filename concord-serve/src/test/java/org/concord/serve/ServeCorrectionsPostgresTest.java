package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ServeCorrectionsTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class ServeCorrectionsPostgresTest extends ServeCorrectionsTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
