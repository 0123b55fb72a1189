package org.concord.serve;

/** {@link WebUiFormsTest} on the embedded H2 store. */
class WebUiFormsH2Test extends WebUiFormsTest {
    @Override
    StoreBackend newStore() {
        return StoreBackend.h2();
    }
}
