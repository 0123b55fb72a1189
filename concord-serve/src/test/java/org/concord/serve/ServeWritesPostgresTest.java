package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ServeWritesTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class ServeWritesPostgresTest extends ServeWritesTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
