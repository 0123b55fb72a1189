package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ServeFeedsTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class ServeFeedsPostgresTest extends ServeFeedsTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
