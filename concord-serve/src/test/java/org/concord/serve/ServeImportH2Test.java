package org.concord.serve;

/** {@link ServeImportTest} on the embedded H2 store. */
class ServeImportH2Test extends ServeImportTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
