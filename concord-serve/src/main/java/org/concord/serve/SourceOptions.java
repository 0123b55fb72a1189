package org.concord.serve;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How the server takes documents by itself: the watched folder ({@code watch}, null for none, scanned every
 * {@code watchEvery}) and feeds (disabled after {@code feedMaxFailures} consecutive failures; each fetch given
 * {@code feedTimeout} and at most {@code feedMaxBytes}). {@code background} false runs neither the folder scan nor
 * the feed schedule on threads of their own (tests call the steps; refresh-now still fetches). {@code clock} says
 * when feeds are due.
 */
public record SourceOptions(Path watch, Duration watchEvery, int feedMaxFailures, long feedMaxBytes,
                            Duration feedTimeout, boolean background, Clock clock) {
    public static final int DEFAULT_FEED_MAX_FAILURES = 5;
    public static final long DEFAULT_FEED_MAX_BYTES = 16L * 1024 * 1024;

    public SourceOptions {
        if (feedMaxFailures < 1) {
            throw new IllegalArgumentException("feedMaxFailures must be at least 1, got " + feedMaxFailures);
        }
        if (feedMaxBytes < 1 || watchEvery.isNegative() || watchEvery.isZero() || feedTimeout.isNegative()
                || feedTimeout.isZero()) {
            throw new IllegalArgumentException("feedMaxBytes, watchEvery and feedTimeout must be positive");
        }
    }

    /** No watched folder; feeds disabled after 5 failures, 16 MiB and 30 s a fetch; threads on; the system clock. */
    public static SourceOptions defaults() {
        return new SourceOptions(null, Duration.ofSeconds(2), DEFAULT_FEED_MAX_FAILURES, DEFAULT_FEED_MAX_BYTES,
                Duration.ofSeconds(30), true, Clock.systemUTC());
    }

    public SourceOptions withWatch(Path dir) {
        return new SourceOptions(dir, watchEvery, feedMaxFailures, feedMaxBytes, feedTimeout, background, clock);
    }

    public SourceOptions withWatchEvery(Duration d) {
        return new SourceOptions(watch, d, feedMaxFailures, feedMaxBytes, feedTimeout, background, clock);
    }

    public SourceOptions withFeedMaxFailures(int n) {
        return new SourceOptions(watch, watchEvery, n, feedMaxBytes, feedTimeout, background, clock);
    }

    public SourceOptions withFeedMaxBytes(long n) {
        return new SourceOptions(watch, watchEvery, feedMaxFailures, n, feedTimeout, background, clock);
    }

    public SourceOptions withFeedTimeout(Duration d) {
        return new SourceOptions(watch, watchEvery, feedMaxFailures, feedMaxBytes, d, background, clock);
    }

    public SourceOptions withBackground(boolean on) {
        return new SourceOptions(watch, watchEvery, feedMaxFailures, feedMaxBytes, feedTimeout, on, clock);
    }

    public SourceOptions withClock(Clock c) {
        return new SourceOptions(watch, watchEvery, feedMaxFailures, feedMaxBytes, feedTimeout, background, c);
    }
}
