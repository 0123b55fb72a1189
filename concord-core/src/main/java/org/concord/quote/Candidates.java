package org.concord.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;

/**
 * The attribution candidates of one document that {@link AttributionFilter} chooses among, each with the features
 * it scores: the rules' mentions, a mixed alternative for a quotation embedded in its cue's clause ("called her
 * “disgusting”"), and the clauses after cue words no rule used ({@link AttributionCandidate#EXTRA}). Made for one
 * document ({@link TokenView}).
 */
final class Candidates {
    private final TokenView view;
    private final SpeakerReader speakers;
    private final CueWords cueWords;
    private final List<Token> tokens;
    private final String text;

    Candidates(TokenView view, SpeakerReader speakers, CueWords cueWords) {
        this.view = view;
        this.speakers = speakers;
        this.cueWords = cueWords;
        this.tokens = view.tokens();
        this.text = view.text();
    }

    /**
     * The rules' mentions {@code base} ({@link AttributionCandidate#DIRECT}, {@link AttributionCandidate#RULE})
     * and, for every verb or common noun the lexicon gives at least {@link QuoteExtractor#EXTRA_CUE_PROBABILITY}
     * cue probability that no rule used, the clause after it ({@link AttributionCandidate#EXTRA}): up to the
     * sentence end and up to the first comma, as two alternatives of one group. Each with its features for the
     * filter.
     */
    List<AttributionCandidate> propose(List<QuoteMention> base) {
        List<AttributionCandidate> out = new ArrayList<>();
        int group = 0;
        for (QuoteMention m : base) {
            String origin = m.direct() ? AttributionCandidate.DIRECT : AttributionCandidate.RULE;
            out.add(new AttributionCandidate(m, origin, features(m, origin, "rule"), group));
            QuoteMention mixed = m.direct() ? mixed(m) : null;
            if (mixed != null) {
                out.add(new AttributionCandidate(mixed, origin, features(mixed, origin, "mixed"), group));
            }
            group++;
        }
        List<int[]> contents = new ArrayList<>();
        List<int[]> contentsAndCues = new ArrayList<>();
        for (QuoteMention m : base) {
            contents.add(new int[] {m.start(), m.end()});
            contentsAndCues.add(new int[] {m.start(), m.end()});
            contentsAndCues.add(new int[] {m.cueStart(), m.cueEnd()});
        }
        SpanUnion inBase = SpanUnion.of(contents);
        SpanUnion covered = SpanUnion.of(contentsAndCues);
        for (Sentence s : view.sentences()) {
            List<Token> ts = s.tokens();
            if (ts.isEmpty()) {
                continue;
            }
            int first = view.firstOf(s);
            int last = first + ts.size() - 1;
            // one pass per sentence, so that each cue finds its clause's ends in constant time (linear in all)
            Clauses clauses = new Clauses(first, last, inBase);
            for (int k = first; k < last; k++) {
                Token t = tokens.get(k);
                String pos = t.pos();
                boolean verb = pos.startsWith("VB");
                if (!verb && !(pos.equals("NN") || pos.equals("NNS"))) {
                    continue;
                }
                double p = cueWords.probability(t.word(), tokens.get(k + 1).word());
                if (p < QuoteExtractor.EXTRA_CUE_PROBABILITY || view.insideQuote(t.start())
                        || covered.holds(t.start())) {
                    continue;
                }
                int cs = k + 1;
                while (cs <= last && (tokens.get(cs).word().equalsIgnoreCase("that")
                        || tokens.get(cs).word().equals(",") || tokens.get(cs).word().equals(":"))) {
                    cs++;
                }
                if (cs > last || view.insideQuote(tokens.get(cs).start()) || covered.holds(tokens.get(cs).start())) {
                    continue;
                }
                // the clause runs to the token before the first stop, then the one before the first break
                int longEnd = clauses.trimmed(cs, clauses.stop(cs + 1) - 1);
                int shortEnd = clauses.trimmed(cs, Math.min(clauses.clauseBreak(cs + 1), longEnd + 1) - 1);
                if (TokenView.isTrailing(tokens.get(cs))) {
                    continue;
                }
                Cue c = verb ? speakers.localSubject(first, k) : speakers.possessor(first, k);
                if (c == null && verb) {
                    c = speakers.subjectBefore(first, k);
                }
                if (c == null || c.speaker() == null && c.speakerStart() < 0) {
                    continue; // an attribution with no source found is not proposed: the ledger needs one
                }
                int start = tokens.get(cs).start();
                QuoteMention longM = view.mention(start, tokens.get(longEnd).end(), c, false);
                if (shortEnd == longEnd) {
                    out.add(new AttributionCandidate(longM, AttributionCandidate.EXTRA,
                            features(longM, AttributionCandidate.EXTRA, "same"), group++));
                } else {
                    QuoteMention shortM = view.mention(start, tokens.get(shortEnd).end(), c, false);
                    out.add(new AttributionCandidate(longM, AttributionCandidate.EXTRA,
                            features(longM, AttributionCandidate.EXTRA, "long"), group));
                    out.add(new AttributionCandidate(shortM, AttributionCandidate.EXTRA,
                            features(shortM, AttributionCandidate.EXTRA, "short"), group++));
                }
            }
        }
        return out;
    }

    /**
     * A quotation embedded in the clause of the cue before it, as a mixed attribution: "called a former Miss
     * Universe “disgusting”", "cited his remarks as “Miss Piggy”". The content runs from the word after the cue
     * (and its "that") to the end of the quotation, all in one sentence; null when the quotation follows its
     * cue directly or the words between are not one short stretch of the same sentence.
     */
    private QuoteMention mixed(QuoteMention m) {
        if (m.cueStart() < 0 || m.cueEnd() > m.start()) {
            return null;
        }
        int k = view.firstTokenAtOrAfter(m.cueEnd());
        while (k < tokens.size() && tokens.get(k).end() <= m.start()
                && (tokens.get(k).word().equalsIgnoreCase("that") || tokens.get(k).word().equals(","))) {
            k++;
        }
        int q = view.firstTokenAtOrAfter(m.start());
        int cue = view.firstTokenAtOrAfter(m.cueStart());
        if (k >= tokens.size() || q >= tokens.size() || tokens.get(k).start() >= m.start()
                || view.sentenceOf(k) != view.sentenceOf(cue) || view.sentenceOf(k) != view.sentenceOf(q)) {
            return null;
        }
        int words = view.countWords(tokens.get(k).start(), m.start());
        if (words < 1 || words > 15) {
            return null;
        }
        if (m.hasSpeakerSpan() && m.speakerStart() < m.start() && tokens.get(k).start() < m.speakerEnd()) {
            return null; // '“…,” said Smith, “…”': the words before the piece are its speaker, not content
        }
        for (int j = k; j < q; j++) {
            String w = tokens.get(j).word();
            if (TokenView.isSentenceEnd(tokens.get(j)) || w.equals(":") || w.equals(";")) {
                return null;
            }
        }
        int end = Math.min(text.length(), m.end());
        if (end < text.length() && QuoteMarks.isQuoteChar(text.charAt(end))) {
            end++;
        }
        int start = tokens.get(k).start();
        return new QuoteMention(view.doc().id(), start, end, text.substring(start, end), m.cue(), m.cueStart(),
                m.cueEnd(), false, m.speaker(), m.speakerStart(), m.speakerEnd(), m.speakerKind());
    }

    /** An extra clause stops before a quotation mark or another mention ({@code base}: the mentions' contents). */
    private boolean stopsExtra(SpanUnion base, Token t) {
        String w = t.word();
        return w.isEmpty() || QuoteMarks.isQuoteChar(w.charAt(0)) || w.equals("``") || w.equals("''")
                || view.insideQuote(t.start()) || base.holds(t.start());
    }

    /**
     * Where the extra clauses of one sentence (tokens [first, last]) can end, found in one pass: for each token
     * the next that stops a clause ({@link #stopsExtra}) and the next clause break at or after it, and the last
     * token at or before it that is not trailing punctuation.
     */
    private final class Clauses {
        private final int first;
        private final int last;
        private final int[] nextStop;
        private final int[] nextBreak;
        private final int[] lastKept;

        Clauses(int first, int last, SpanUnion base) {
            this.first = first;
            this.last = last;
            int n = last - first + 1;
            nextStop = new int[n + 1];
            nextBreak = new int[n + 1];
            lastKept = new int[n];
            nextStop[n] = last + 1;
            nextBreak[n] = last + 1;
            for (int i = n - 1; i >= 0; i--) {
                Token t = tokens.get(first + i);
                nextStop[i] = stopsExtra(base, t) ? first + i : nextStop[i + 1];
                nextBreak[i] = isClauseBreak(t) ? first + i : nextBreak[i + 1];
            }
            for (int i = 0; i < n; i++) {
                lastKept[i] = !TokenView.isTrailing(tokens.get(first + i)) ? first + i
                        : i == 0 ? first - 1 : lastKept[i - 1];
            }
        }

        /** The first token at or after {@code k} that stops a clause, or last + 1. */
        int stop(int k) {
            return k > last ? last + 1 : nextStop[k - first];
        }

        /** The first clause break at or after {@code k}, or last + 1. */
        int clauseBreak(int k) {
            return k > last ? last + 1 : nextBreak[k - first];
        }

        /** {@code end} with trailing punctuation dropped, never before {@code start}. */
        int trimmed(int start, int end) {
            return Math.max(start, lastKept[end - first]);
        }
    }

    private static boolean isClauseBreak(Token t) {
        String w = t.word();
        return w.equals(",") || w.equals(";") || w.equals(":") || w.equals("--") || w.equals("—")
                || w.equals("–") || w.equals("-LRB-") || w.equals("(");
    }

    /** The filter's view of a candidate: its origin, cue, speaker, length and the shape of its content. */
    private List<String> features(QuoteMention m, String origin, String variant) {
        List<String> f = new ArrayList<>();
        f.add("o=" + origin);
        f.add("v=" + variant);
        int words = view.countWords(m.start(), m.end());
        String len = words <= 3 ? Integer.toString(words) : words <= 6 ? "4-6" : words <= 12 ? "7-12"
                : words <= 25 ? "13-25" : "26+";
        f.add("len=" + len);
        f.add("o&len=" + origin + "&" + len);
        f.add("sk=" + m.speakerKind().json());
        f.add("o&sk=" + origin + "&" + m.speakerKind().json());
        String cuePos = "none";
        if (m.cueStart() >= 0) {
            int k = view.firstTokenAtOrAfter(m.cueStart());
            if (k < tokens.size()) {
                Token t = tokens.get(k);
                String next = k + 1 < tokens.size() ? tokens.get(k + 1).word() : null;
                double p = cueWords.probability(t.word(), next);
                String bucket = String.format(Locale.ROOT, "%.1f", Math.floor(p * 10) / 10);
                cuePos = t.pos();
                f.add("cw=" + t.word().toLowerCase(Locale.ROOT));
                f.add("cl=" + (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT));
                f.add("cpos=" + cuePos);
                f.add("cp=" + bucket);
                f.add("o&cp=" + origin + "&" + bucket);
                f.add("cn=" + CueLexicon.contextOf(next));
                f.add("cprev=" + (k > 0 ? classOf(tokens.get(k - 1)) : "^"));
                f.add("cside=" + (m.cueStart() < m.start() ? "before" : "after"));
            }
        } else {
            f.add("cue=none");
        }
        f.add("o&cpos=" + origin + "&" + cuePos);
        int a = view.firstTokenAtOrAfter(m.start());
        int b = view.lastTokenBefore(m.end());
        if (a < tokens.size() && b >= a) {
            String fc = classOf(tokens.get(a));
            f.add("f=" + fc);
            f.add("cpos&f=" + cuePos + "&" + fc);
            f.add("l=" + classOf(tokens.get(b)));
            boolean finite = false;
            for (int j = a; j <= b && !finite; j++) {
                String pos = tokens.get(j).pos();
                finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
            }
            f.add("fin=" + finite);
            f.add("o&fin=" + origin + "&" + finite);
            f.add("multi=" + (view.sentenceOf(a) != view.sentenceOf(b)));
        }
        if (!m.direct()) {
            f.add("q=" + view.hasQuoteMark(m.start(), m.end()));
        } else {
            f.add("tc=" + view.isTitleCase(m.start(), m.end()));
            String c = text.substring(m.start(), m.end()).strip();
            f.add("punct=" + (!c.isEmpty() && ".?!,—-".indexOf(c.charAt(c.length() - 1)) >= 0));
            String lineBefore = text.substring(view.paragraphStart(m.start()), m.start());
            f.add("label=" + (TranscriptLabel.LABEL.matcher(lineBefore).lookingAt()));
        }
        return f;
    }

    /** A closed-class word as itself, punctuation as itself, anything else as its part of speech. */
    private static String classOf(Token t) {
        String pos = t.pos() == null ? "" : t.pos();
        String w = t.word().toLowerCase(Locale.ROOT);
        if (Set.of("DT", "IN", "TO", "PRP", "PRP$", "WDT", "WP", "WRB", "CC", "MD", "EX", "RP").contains(pos)
                || w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0))) {
            return w;
        }
        return pos;
    }
}
