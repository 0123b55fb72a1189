package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link WebUiPagesTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class WebUiPagesPostgresTest extends WebUiPagesTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
