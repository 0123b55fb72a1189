package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link WebUiFormsTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class WebUiFormsPostgresTest extends WebUiFormsTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
