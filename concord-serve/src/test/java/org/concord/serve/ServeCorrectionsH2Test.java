package org.concord.serve;

/** {@link ServeCorrectionsTest} on the embedded H2 store. */
class ServeCorrectionsH2Test extends ServeCorrectionsTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
