package org.concord.quote;

import java.util.List;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;

/**
 * One sentence as the reported-speech rules read it: its position in the document, its tokens [first, last] (token
 * indexes of the {@link TokenView}), where its content ends (before a closing ".", "?" or "!"), and the quotations
 * found so far that overlap it: their spans ({@code blocks}) and mentions ({@code quoted}), in the order found.
 */
record SentenceScope(Sentence sentence, int position, int first, int last, int contentEnd, List<int[]> blocks,
                     List<QuoteMention> quoted) {

    /**
     * The sentence at {@code position} with the quotations of {@code spans} and {@code quotations} (same order)
     * that overlap it, or null when it has no tokens.
     */
    static SentenceScope of(TokenView view, int position, List<int[]> spans, List<QuoteMention> quotations) {
        Sentence s = view.sentences().get(position);
        List<Token> ts = s.tokens();
        if (ts.isEmpty()) {
            return null;
        }
        int first = view.firstOf(s);
        int last = first + ts.size() - 1;
        int contentEnd = ts.get(ts.size() - 1).end();
        if (TokenView.isSentenceEnd(ts.get(ts.size() - 1))) {
            contentEnd = ts.size() > 1 ? ts.get(ts.size() - 2).end() : contentEnd;
        }
        List<int[]> blocks = spans.stream().filter(b -> s.start() < b[1] && b[0] < s.end()).toList();
        List<QuoteMention> quoted = quotations.stream()
                .filter(m -> s.start() < m.end() && m.start() < s.end()).toList();
        return new SentenceScope(s, position, first, last, contentEnd, blocks, quoted);
    }

    /** The offset where the sentence starts: its first token's. */
    int start() {
        return sentence.tokens().get(0).start();
    }

    /** The offset where the sentence ends. */
    int end() {
        return sentence.end();
    }

    /** Whether offset {@code pos} lies in a quotation of the sentence or on the marks around it. */
    boolean inBlock(int pos) {
        for (int[] b : blocks) {
            if (b[0] - 1 <= pos && pos < b[1] + 1) {
                return true; // the quotation marks around a block belong to it
            }
        }
        return false;
    }

    /**
     * The content end {@code end} of a clause starting at token {@code cs}, or -1 when a quotation starts inside
     * the clause (left to the quotation).
     */
    int stopAtBlock(TokenView view, int cs, int end) {
        int from = view.token(cs).start();
        for (int[] b : blocks) {
            if (b[0] > from && b[0] - 1 < end) {
                return -1;
            }
        }
        return end;
    }
}
