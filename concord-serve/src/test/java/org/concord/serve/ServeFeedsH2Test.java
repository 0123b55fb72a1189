package org.concord.serve;

/** {@link ServeFeedsTest} on the embedded H2 store. */
class ServeFeedsH2Test extends ServeFeedsTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
