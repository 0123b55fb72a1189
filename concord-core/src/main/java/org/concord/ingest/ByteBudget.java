package org.concord.ingest;

/**
 * Bytes that decompression may still produce, counted down as records or entries inflate: one per input (its limit
 * is {@link IngestOptions#maxDecompressedBytes()}), optionally drawing as well on a larger one shared by the whole
 * batch ({@link #within}). {@link #take} refuses a count past what is left of either, naming the flag that sets the
 * exhausted limit; {@link #reset} starts it again (a batch budget, at each batch). Not thread-safe.
 */
final class ByteBudget {
    private final long limit;
    private final String flag;
    private final ByteBudget parent;
    private long used;

    /** A budget of {@code limit} bytes, set by {@code flag} (named in the refusal). */
    ByteBudget(long limit, String flag) {
        this(limit, flag, null);
    }

    private ByteBudget(long limit, String flag, ByteBudget parent) {
        if (limit < 0) {
            throw new IllegalArgumentException("budget must not be negative, got " + limit);
        }
        this.limit = limit;
        this.flag = flag;
        this.parent = parent;
    }

    /** A budget of {@code limit} bytes whose takes also count against {@code parent} (may be null: none). */
    static ByteBudget within(ByteBudget parent, long limit, String flag) {
        return new ByteBudget(limit, flag, parent);
    }

    /** Nothing used: the whole limit allowed again. */
    void reset() {
        used = 0;
    }

    /** The limit this budget was made with. */
    long limit() {
        return limit;
    }

    /** Bytes still allowed: the least of what is left here and in the budgets this one draws on. */
    long remaining() {
        long left = limit - used;
        return parent == null ? left : Math.min(left, parent.remaining());
    }

    /**
     * Counts {@code bytes} as produced; IllegalArgumentException (nothing counted) when that is more than
     * {@link #remaining()}, naming the limit and its flag.
     */
    void take(long bytes, String what) {
        if (bytes > limit - used) {
            throw new IllegalArgumentException(what + " inflates past the limit of " + limit + " bytes ("
                    + (limit - used) + " left; " + flag + ")");
        }
        if (parent != null) {
            parent.take(bytes, what);
        }
        used += bytes;
    }
}
