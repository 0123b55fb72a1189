package org.concord.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the {@link QuoteRule}s have found in one document so far. Quotations come first: one slot per quoted passage
 * (in text order), with the cue each passage got, then the statements quoted as blocks without marks (in the order
 * found). Reported speech is held by sentence (its position in the document), at most one rule's clauses per
 * sentence. {@link #all()} lists them in that order, the order {@link QuoteExtractor} sorts stably by offsets.
 */
final class Found {
    private final Cue[] passageCues;
    private final QuoteMention[] passages;
    private final List<QuoteMention> statements = new ArrayList<>();
    private final Map<Integer, List<QuoteMention>> reported = new TreeMap<>();

    Found(int passages) {
        this.passageCues = new Cue[passages];
        this.passages = new QuoteMention[passages];
    }

    /** The cue of each quoted passage, null where none was found; what {@link DirectQuotation} reads and sets. */
    Cue[] passageCues() {
        return passageCues;
    }

    /** The mention passage {@code i} gave, or null. */
    QuoteMention passage(int i) {
        return passages[i];
    }

    /** Sets (or replaces, or with null clears) the mention of passage {@code i}. */
    void putPassage(int i, QuoteMention m) {
        passages[i] = m;
    }

    /** Adds a statement quoted as a block without marks. */
    void addStatement(QuoteMention m) {
        statements.add(m);
    }

    /** Adds reported speech found in the sentence at position {@code sentence} of the document. */
    void addReported(int sentence, QuoteMention m) {
        reported.computeIfAbsent(sentence, k -> new ArrayList<>()).add(m);
    }

    /** Whether a rule has found reported speech in the sentence at position {@code sentence}. */
    boolean hasReported(int sentence) {
        return reported.containsKey(sentence);
    }

    /** The quotations: the passages' mentions in passage order, then the block statements. */
    List<QuoteMention> quotations() {
        List<QuoteMention> out = new ArrayList<>();
        for (QuoteMention m : passages) {
            if (m != null) {
                out.add(m);
            }
        }
        out.addAll(statements);
        return out;
    }

    /** The spans {start, end} of {@link #quotations()}, in its order. */
    List<int[]> quotationSpans() {
        List<int[]> out = new ArrayList<>();
        for (QuoteMention m : quotations()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** Everything found: the quotations, then reported speech sentence by sentence. */
    List<QuoteMention> all() {
        List<QuoteMention> out = quotations();
        for (List<QuoteMention> ms : reported.values()) {
            out.addAll(ms);
        }
        return out;
    }
}
