package org.concord.serve;

/** {@link ServeSearchTest} on the embedded H2 store. */
class ServeSearchH2Test extends ServeSearchTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
