package org.concord.eval.quotes;

import java.util.List;

/** A system whose attributions the quotes task scores. Implementations are safe to call from several threads. */
public interface QuoteSystem {
    /** What the system found in one document, and how many tokens it processed. */
    record Output(List<PredictedQuote> quotes, int tokens) {
        public Output {
            quotes = List.copyOf(quotes);
        }
    }

    /** The system's name, as {@code --system} gives it. */
    String name();

    /** Finds the attributions in {@code text} (document {@code id}). */
    Output extract(String id, String text);
}
