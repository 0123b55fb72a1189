package org.concord.serve;

/** How many web UI browser tests were skipped because no browser was given ({@link BrowserCondition}). */
public final class BrowserSummary extends SkipSummary {
    public BrowserSummary() {
        super(BrowserCondition.SKIP_PREFIX, "web UI browser test");
    }
}
