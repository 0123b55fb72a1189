package org.concord.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What one document may cost the {@code annotate} stage: a time budget (wall-clock seconds for its annotation) and
 * a token budget (the tokens the annotator would see, estimated by a linear scan before it runs). A document past
 * either budget is skipped with a reason naming the budget, and the batch goes on; a hostile or accidental input
 * (a book, 500 KB of quote marks) cannot hang or exhaust a run.
 *
 * <p>Defaults ({@link #defaults()}): 120 seconds and 200,000 tokens. A news article is 300 to 3,000 tokens and
 * annotates in about a second; CoreNLP handles some 2,000 tokens a second per core, so 200,000 tokens (the length of
 * a novel, ten times the longest article in the evaluation corpora) is about 100 seconds of work, within the time
 * budget even on a loaded machine; 120 seconds is a hundred times a normal document's time, so only a document
 * that makes the annotator go pathological reaches it. {@link #none()} sets no limit (the library's default).
 *
 * @param time   the longest a document's annotation may take; null for no limit
 * @param tokens the most tokens a document may have; 0 for no limit
 */
public record DocumentBudget(Duration time, int tokens) implements java.io.Serializable {
    /** Default seconds per document ({@code --max-document-seconds}). */
    public static final int DEFAULT_SECONDS = 120;
    /** Default tokens per document ({@code --max-document-tokens}). */
    public static final int DEFAULT_TOKENS = 200_000;

    public DocumentBudget {
        if (time != null && (time.isNegative() || time.isZero())) {
            throw new IllegalArgumentException("document time budget must be positive, got " + time);
        }
        if (tokens < 0) {
            throw new IllegalArgumentException("document token budget must be at least 0, got " + tokens);
        }
    }

    /** No limit on time or tokens. */
    public static DocumentBudget none() {
        return new DocumentBudget(null, 0);
    }

    /** The defaults: {@value #DEFAULT_SECONDS} seconds and {@value #DEFAULT_TOKENS} tokens per document. */
    public static DocumentBudget defaults() {
        return new DocumentBudget(Duration.ofSeconds(DEFAULT_SECONDS), DEFAULT_TOKENS);
    }

    /** A budget of {@code time} (null: none) and {@code tokens} (0: none). */
    public static DocumentBudget of(Duration time, int tokens) {
        return new DocumentBudget(time, tokens);
    }

    /**
     * The tokens a tokenizer would make of {@code text}, estimated in one pass: a run of letters and digits (with
     * inner apostrophes, hyphens and dots: "don't", "U.S.", "3.5") is one token, any other character that is not
     * white space is one token. Close to CoreNLP's count on prose, and never far below it on punctuation.
     */
    public static long estimateTokens(CharSequence text) {
        Objects.requireNonNull(text, "text");
        long n = 0;
        boolean inWord = false;
        for (int i = 0, len = text.length(); i < len; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    n++;
                    inWord = true;
                }
            } else if (inWord && (c == '\'' || c == '-' || c == '.' || c == '\u2019') && i + 1 < len
                    && Character.isLetterOrDigit(text.charAt(i + 1))) {
                // stays inside the word
            } else {
                inWord = false;
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The reason a document over the token budget is skipped. */
    String tokensReason(long estimated) {
        return String.format(Locale.ROOT, "over the per-document token budget: about %d tokens, more than %d "
                + "(--max-document-tokens)", estimated, tokens);
    }

    /** The reason a document over the time budget is skipped. */
    String timeReason() {
        return String.format(Locale.ROOT, "over the per-document time budget: annotation took longer than %s "
                + "(--max-document-seconds); its partial result was discarded", seconds(time));
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : String.format(Locale.ROOT, "%.3f s", ms / 1000.0);
    }
}
