package org.concord.serve.web;

/** The web package's escaper, for tests in other packages. */
public final class WebUiAccess {
    private WebUiAccess() {
    }

    public static String escape(String s) {
        return Html.escape(s);
    }
}
