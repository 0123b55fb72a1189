package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ServeWatchTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class ServeWatchPostgresTest extends ServeWatchTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
