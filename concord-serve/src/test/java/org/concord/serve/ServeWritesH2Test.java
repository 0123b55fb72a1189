package org.concord.serve;

/** {@link ServeWritesTest} on the embedded H2 store. */
class ServeWritesH2Test extends ServeWritesTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
