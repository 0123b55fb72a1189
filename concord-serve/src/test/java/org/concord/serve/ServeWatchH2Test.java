package org.concord.serve;

/** {@link ServeWatchTest} on the embedded H2 store. */
class ServeWatchH2Test extends ServeWatchTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
