package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ServeSearchTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class ServeSearchPostgresTest extends ServeSearchTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
