package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ServeRestartTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class ServeRestartPostgresTest extends ServeRestartTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
