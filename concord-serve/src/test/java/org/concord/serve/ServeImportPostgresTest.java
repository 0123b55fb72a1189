package org.concord.serve;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ServeImportTest} on PostgreSQL (skipped unless a server is given: {@link PostgresCondition}). */
@ExtendWith(PostgresCondition.class)
class ServeImportPostgresTest extends ServeImportTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.postgres();
    }
}
