package org.concord.serve;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that runs a server on a fresh store for each test: each subclass names the backend of its variant (H2 or
 * PostgreSQL), and the store is opened before and dropped after every test.
 */
abstract class StoreBackedTest {
    @TempDir
    Path data;

    StoreBackend store;

    /** The store this variant runs on (H2 or PostgreSQL). */
    abstract StoreBackend newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @AfterEach
    void dropStore() {
        if (store != null) {
            store.close();
        }
    }

    /** The server's configuration on this test's store and data folder. */
    ServeConfig config() {
        return store.config(data);
    }
}
