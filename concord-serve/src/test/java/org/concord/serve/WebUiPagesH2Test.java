package org.concord.serve;

/** {@link WebUiPagesTest} on the embedded H2 store. */
class WebUiPagesH2Test extends WebUiPagesTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
