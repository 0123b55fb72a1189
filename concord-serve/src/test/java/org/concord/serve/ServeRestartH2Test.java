package org.concord.serve;

/** {@link ServeRestartTest} on the embedded H2 store. */
class ServeRestartH2Test extends ServeRestartTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
