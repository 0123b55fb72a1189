package org.concord.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.annotate.Token;
import org.concord.text.Verbs;

/**
 * Reported speech without marks, after a reporting verb ({@link CueWords#isReportingVerb}), outside the quotations
 * found before it: "X said (that) CLAUSE" (the clause after the cue, up to the sentence end or a quotation),
 * "CLAUSE, X said." (the cue closes the clause before it), and a second cue coordinated with
 * the first ("…, but he said …"). It walks each sentence's cues in order and keeps one clause per cue; a clause
 * nested in another is left to the outer one. Participle cues (", adding that …") on the way are read by
 * {@link Participle}. Sentences where {@link AccordingTo} found a clause are left alone.
 */
final class ReportedSpeech implements QuoteRule {
    /** Reported content shorter than this many words is not kept (a bare object is rarely a statement). */
    static final int MIN_WORDS = 4;
    /** Prepositions and complementizers that can open reported content ("that …", "whether …", "for …"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "if", "whether", "for", "to", "about", "on",
            "against", "because");
    /** Subordinating conjunctions that open an adverbial clause ("after two officers were killed"). */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since",
            "although", "though", "as", "if", "until", "once", "whereas");
    /** Words that coordinate a second attribution with a reported clause: "…, but he said …". */
    private static final Set<String> COORDINATORS = Set.of("but", "and", "while", "though", "although", "whereas");

    private final CueWords cueWords;

    ReportedSpeech(CueWords cueWords) {
        this.cueWords = cueWords;
    }

    @Override
    public void find(TokenView view, SpeakerReader speakers, Found found) {
        List<QuoteMention> quoted = found.quotations();
        List<int[]> spans = found.quotationSpans();
        for (int i = 0; i < view.sentences().size(); i++) {
            SentenceScope s = SentenceScope.of(view, i, spans, quoted);
            if (s == null || found.hasReported(i)) {
                continue;
            }
            for (QuoteMention m : walk(view, speakers, s)) {
                found.addReported(i, m);
            }
        }
    }

    /**
     * The reported clauses of one sentence: its reporting verbs in order, each read as a participle, a closing cue
     * or an opening cue, up to the first clause found (or past it to a coordinated second cue).
     */
    private List<QuoteMention> walk(TokenView view, SpeakerReader speakers, SentenceScope s) {
        List<Token> tokens = view.tokens();
        List<QuoteMention> found = new ArrayList<>();
        int first = s.first();
        int last = s.last();
        int floor = first; // after a coordinated second cue ("…, but he said …"): where its clause starts
        for (int k = first; k <= last; k++) {
            Token t = tokens.get(k);
            if (!cueWords.isReportingVerb(view, k, last) || s.inBlock(t.start())) {
                continue;
            }
            if (Participle.at(view, s, k)) {
                // ", adding that …", ", saying …": the speaker of the clause or quotation before
                Participle.read(view, speakers, s, k, found);
                continue;
            }
            // "CLAUSE, X said." / "CLAUSE, X said, CLAUSE": the cue closes the reported clause
            boolean midCue = k + 1 <= last && tokens.get(k + 1).word().equals(",");
            if ((last - k <= 2 || midCue) && k - first >= 5) {
                int comma = -1;
                for (int j = k - 1; j > first; j--) {
                    if (tokens.get(j).word().equals(",")) {
                        comma = j;
                        break;
                    }
                }
                int commaStart = comma < 0 ? 0 : tokens.get(comma).start();
                if (comma > first + 3 && s.blocks().stream().noneMatch(b -> b[0] < commaStart
                        && s.start() < b[1])) {
                    Cue c = speakers.subjectBefore(comma + 1, k);
                    if (c == null) {
                        c = speakers.objectAfter(k, s.end());
                    }
                    if (c != null) {
                        addIfAny(found, clause(view, s.start(), tokens.get(comma - 1).end(), c));
                        return found;
                    }
                }
                continue;
            }
            // "X said (that) CLAUSE"; in a sentence with a quotation the subject comes after it, and a verb
            // right after a quotation is that quotation's cue
            int from = floor;
            int afterBlock = -1;
            for (int[] b : s.blocks()) {
                if (b[1] <= t.start()) {
                    afterBlock = Math.max(afterBlock, view.firstTokenAtOrAfter(b[1] + 1));
                }
            }
            from = Math.max(from, afterBlock);
            if (afterBlock > first && from == afterBlock && (view.onlyPunctuation(from, k)
                    || view.countWords(tokens.get(from).start(), t.start()) <= 4 && !hasConjunction(view, from, k))) {
                continue; // the quotation's own cue: "…," Palladino told the group
            }
            Cue c = k - 1 > from && tokens.get(k - 1).pos().equals("CC") ? speakers.mainSubject(from, k - 1) : null;
            if (c == null && from == afterBlock && from > first && isSubordinator(tokens.get(from))) {
                // "Lynch, who said … “…” after two officers were killed, said that …": the stretch after the
                // quotation is an adverbial clause; the subject opens the sentence
                c = speakers.mainSubject(first, k);
            }
            if (c == null) {
                c = speakers.subjectBefore(from, k);
            } else {
                c = c.at(view, k);
            }
            if (c == null) {
                continue;
            }
            int cs = k + 1;
            if (t.lemma().equals("tell")) {
                int that = -1;
                for (int j = k + 1; j <= Math.min(last, k + 6); j++) {
                    if (tokens.get(j).word().equalsIgnoreCase("that")) {
                        that = j;
                        break;
                    }
                }
                cs = that < 0 ? k + 2 : that;
            }
            boolean complementizer = false;
            int afterTime = afterTimeExpression(view, cs, last);
            if (afterTime > cs && afterTime <= last && tokens.get(afterTime).word().equalsIgnoreCase("that")) {
                cs = afterTime; // "said Friday that …", "said Tuesday night that …": when, not what was said
            }
            while (cs <= last && (tokens.get(cs).word().equalsIgnoreCase("that")
                    || tokens.get(cs).word().equals(",") || tokens.get(cs).word().equals(":"))) {
                complementizer |= tokens.get(cs).word().equalsIgnoreCase("that");
                cs++;
            }
            if (cs > last || last - cs < 3) {
                continue;
            }
            if (!complementizer && Verbs.CLAUSE.contains(t.lemma().toLowerCase(Locale.ROOT))
                    && !(k + 1 <= last && tokens.get(k + 1).word().equals(":"))) {
                continue; // "prosecutors charged him with …", "promised a bonus": the subject's act, not speech
            }
            String next = tokens.get(cs).pos();
            // "called for …", "asked about …": the preposition is part of a learned cue, not the start of an
            // adjunct ("said in a statement")
            boolean framed = cueWords.learned() && cs == k + 1
                    && cueWords.probability(t.word(), null) < CueWords.CUE_PROBABILITY
                    && cueWords.probability(t.word(), tokens.get(cs).word()) >= CueWords.CUE_PROBABILITY
                    && !CueLexicon.contextOf(tokens.get(cs).word()).equals("_");
            if (!complementizer && !framed && (next.equals("IN") || next.equals("TO") || next.equals("RP"))) {
                // "said in a statement that …", "told reporters on Tuesday that …"
                int that = -1;
                for (int j = cs; j <= Math.min(last, cs + 8); j++) {
                    String w = tokens.get(j).word();
                    if (w.equalsIgnoreCase("that")) {
                        that = j;
                        break;
                    }
                    if (w.equals(",") || w.equals(";") || TokenView.isSpeechVerb(tokens.get(j), Verbs.SPEECH)) {
                        break;
                    }
                }
                if (that < 0 || last - that < 4) {
                    continue; // "added to", "said in a statement.": not a clause
                }
                cs = that + 1;
            }
            if (s.inBlock(tokens.get(cs).start())) {
                continue;
            }
            int ce = s.stopAtBlock(view, cs, s.contentEnd());
            int[] second = ce > 0 ? coordinatedCue(view, cs, last) : null;
            if (second != null) {
                int e = second[0] - 1;
                while (e > cs && tokens.get(e).word().equals(",")) {
                    e--;
                }
                ce = tokens.get(e).end();
            }
            QuoteMention m = clause(view, tokens.get(cs).start(), ce, c);
            if (m != null) {
                // one reported clause per cue; a clause nested in it ("he said she told him …") is left to
                // the outer one: scoring nested clauses cost precision on PolNeAR dev. A second cue
                // coordinated with the first ("X did A, but Y said B") starts a clause of its own.
                found.add(m);
                if (second == null) {
                    return found;
                }
                floor = second[1] - 1 > second[0] ? second[0] + 1 : first;
                k = second[1] - 1;
            }
        }
        return found;
    }

    /**
     * A reported clause [start, end) with cue {@code c}, or null when it is empty, cut by a quotation (end -1),
     * shorter than {@value #MIN_WORDS} words or a fragment.
     */
    static QuoteMention clause(TokenView view, int start, int end, Cue c) {
        if (end < 0 || end <= start || view.countWords(start, end) < MIN_WORDS || isFragment(view, start, end)) {
            return null;
        }
        return view.mention(start, end, c, false);
    }

    /**
     * A second reporting verb coordinated with the clause that starts at token {@code cs}: "…, but he said",
     * "… and said", "…, while 73 percent said". Answers {coordinator, verb} token indexes, or null.
     */
    private int[] coordinatedCue(TokenView view, int cs, int last) {
        List<Token> tokens = view.tokens();
        for (int j = cs + 2; j <= last - 3; j++) {
            Token v = tokens.get(j);
            if (!cueWords.isReportingVerb(view, j, last) || view.insideQuote(v.start())) {
                continue;
            }
            for (int c = j - 1; c >= Math.max(cs + 1, j - 5); c--) {
                String w = tokens.get(c).word().toLowerCase(Locale.ROOT);
                if (COORDINATORS.contains(w)) {
                    return new int[] {c, j};
                }
                String pos = tokens.get(c).pos();
                boolean subjectPart = pos.equals("PRP") || pos.startsWith("NN") || pos.equals("DT")
                        || pos.equals("RB") || pos.equals("MD") || pos.equals("CD") || pos.equals("JJ")
                        || (pos.startsWith("VB") && TokenView.isAuxiliary(tokens.get(c)));
                if (!subjectPart) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * Not a reported clause: it opens with a preposition or a subordinating adverbial ("during his years in
     * office", "to requests for comment", "as a phone rang") or stops on a function word.
     */
    private static boolean isFragment(TokenView view, int start, int end) {
        List<Token> tokens = view.tokens();
        int a = view.firstTokenAtOrAfter(start);
        int b = view.lastTokenBefore(end);
        if (a >= tokens.size() || b < a) {
            return true;
        }
        Token first = tokens.get(a);
        String w = first.word().toLowerCase(Locale.ROOT);
        if ((first.pos().equals("IN") || first.pos().equals("TO")) && !CLAUSE_OPENERS.contains(w)) {
            return true;
        }
        String lastPos = tokens.get(b).pos();
        return lastPos.equals("DT") || lastPos.equals("IN") || lastPos.equals("CC") || lastPos.equals("TO")
                || lastPos.equals("WDT") || lastPos.equals("PRP$");
    }

    private static boolean hasConjunction(TokenView view, int from, int to) {
        List<Token> tokens = view.tokens();
        for (int j = from; j < to; j++) {
            if (tokens.get(j).pos().equals("CC")) {
                return true;
            }
        }
        return false;
    }

    private static void addIfAny(List<QuoteMention> out, QuoteMention m) {
        if (m != null) {
            out.add(m);
        }
    }

    /** A subordinating conjunction that opens an adverbial clause: "after", "when", "because", … */
    private static boolean isSubordinator(Token t) {
        return t.pos().equals("IN") && SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * The first token after a time expression (a TIMEX of the annotation) that starts at token {@code k}; {@code k}
     * itself when none starts there.
     */
    static int afterTimeExpression(TokenView view, int k, int last) {
        if (k > last) {
            return k;
        }
        int at = view.token(k).start();
        for (org.concord.annotate.Timex t : view.doc().annotation().timexes()) {
            if (t.start() == at) {
                int j = k;
                while (j <= last && view.token(j).start() < t.end()) {
                    j++;
                }
                return j;
            }
        }
        return k;
    }
}
