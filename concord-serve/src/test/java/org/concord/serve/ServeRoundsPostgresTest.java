package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ServeRoundsTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class ServeRoundsPostgresTest extends ServeRoundsTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
