package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ServeApiTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class ServeApiPostgresTest extends ServeApiTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
