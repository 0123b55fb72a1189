package org.concord.serve;

/** {@link ServeRoundsTest} on the embedded H2 store. */
class ServeRoundsH2Test extends ServeRoundsTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
