package org.concord.serve;

/** {@link ServeApiTest} on the embedded H2 store. */
class ServeApiH2Test extends ServeApiTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
