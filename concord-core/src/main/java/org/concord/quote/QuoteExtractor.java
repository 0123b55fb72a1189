package org.concord.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.resolve.RoleWords;
import org.concord.text.Pronouns;
import org.concord.text.Verbs;

/**
 * Finds quotations and reported speech in one annotated document and reads their speakers from the cue.
 *
 * <p>Direct quotes come from quotation marks ({@link QuoteMarks}). The speaker is read from a speech verb next to
 * the quote: after it ("…," Lynch said / said the mayor) or before it (Lynch said: "…"), else from the cue of the
 * quote just before it in the paragraph (a split quote), else from the paragraph before (a quote running over
 * paragraphs, or a statement introduced by "X said:" / "released a statement"). Subjects are named people and
 * organisations, pronouns (resolved to the subject of the nearest earlier sentence that names a person, the
 * usual newspaper referent), titles ("the mayor", resolved later against the story's entities) and anonymous
 * sources ("a source", "officials who asked not to be named").
 *
 * <p>Reported speech without marks: "X said (that) …", "…, X said." and "according to X". This follows the
 * cue-based attribution pattern of Pareti's PARC work (Pareti 2012, "A Database of Attribution Relations") and
 * the rule-based baselines of Pouliquen et al. (2007, "Automatic detection of quotations in multilingual news"),
 * kept to patterns that hold across English news.
 */
public final class QuoteExtractor {
    /** A transcript speaker label: "WALLACE: ", "SEN. KAINE: ". */
    private static final Pattern LABEL = Pattern.compile("([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):\\s+");
    /** Prepositions and complementizers that can open reported content ("that …", "whether …", "for …"). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "if", "whether", "for", "to", "about", "on",
            "against", "because");
    /** Subordinating conjunctions that open an adverbial clause ("after two officers were killed"). */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "while", "because", "since",
            "although", "though", "as", "if", "until", "once", "whereas");
    /** Words that coordinate a second attribution with a reported clause: "…, but he said …". */
    private static final Set<String> COORDINATORS = Set.of("but", "and", "while", "though", "although", "whereas");
    /** Reported content shorter than this many words is not kept (a bare object is rarely a statement). */
    static final int MIN_WORDS = 4;
    /** A word this likely to be a cue proposes an {@link AttributionCandidate#EXTRA} candidate for the filter. */
    static final double EXTRA_CUE_PROBABILITY = 0.15;

    private final boolean attributions;
    private final CueLexicon lexicon;
    private final AttributionFilter filter;

    private QuoteExtractor(boolean attributions, CueLexicon lexicon, AttributionFilter filter) {
        this.attributions = attributions;
        this.lexicon = lexicon;
        this.filter = filter;
    }

    /**
     * Statements: quotations and reported speech after speech verbs ("said", "told", "argued"): what the
     * report's quote ledger holds.
     */
    public static QuoteExtractor create() {
        return new QuoteExtractor(false, CueLexicon.standard(), null);
    }

    /**
     * Attributions in PolNeAR's sense: statements plus the claims, beliefs, findings and positions that a source is
     * credited with through any verb the learned {@link CueLexicon} marks as a cue ("polls show", "called for",
     * "blasted him for"). This is what {@code concord eval quotes} scores against PolNeAR.
     */
    public static QuoteExtractor attributions() {
        return new QuoteExtractor(true, CueLexicon.standard(), AttributionFilter.standard());
    }

    /**
     * Attributions with another cue lexicon and filter (training and ablations). With a null filter the rules'
     * mentions are kept as they are: no {@link AttributionCandidate#EXTRA} clause and no mixed alternative, which
     * exist only for a filter to choose among.
     */
    public static QuoteExtractor attributions(CueLexicon lexicon, AttributionFilter filter) {
        return new QuoteExtractor(true, Objects.requireNonNull(lexicon, "lexicon"), filter);
    }

    /** Every quotation and reported statement in the document, in text order. */
    public List<QuoteMention> extract(AnnotatedDocument doc) {
        Run run = new Run(doc, attributions, lexicon);
        if (!attributions) {
            return run.extract();
        }
        if (filter == null) {
            return run.extract();
        }
        return filter.select(run.candidates());
    }

    /**
     * The candidates the filter chooses among, with their features ({@link #attributions} only): the rules'
     * quotations and reported clauses, and clauses after any word the lexicon gives at least
     * {@value #EXTRA_CUE_PROBABILITY} cue probability. What {@code concord train quotes} learns from.
     */
    public List<AttributionCandidate> candidates(AnnotatedDocument doc) {
        if (!attributions) {
            throw new IllegalStateException("candidates are proposed in attributions() mode only");
        }
        return new Run(doc, true, lexicon).candidates();
    }

    /** The state of one extraction: the document, its tokens in order and its quoted passages. */
    private static final class Run {
        private final TokenView view;
        private final SpeakerReader speakers;
        private final CueWords cueWords;
        private final AnnotatedDocument doc;
        private final String text;
        private final List<Token> tokens;
        private final List<QuoteMarks.Passage> passages;

        Run(AnnotatedDocument doc, boolean learnedCues, CueLexicon cues) {
            this.cueWords = new CueWords(cues, learnedCues);
            this.view = new TokenView(doc);
            this.speakers = new SpeakerReader(view);
            this.doc = doc;
            this.text = view.text();
            this.tokens = view.tokens();
            this.passages = view.passages();
        }

        List<QuoteMention> extract() {
            List<QuoteMention> out = new ArrayList<>();
            Cue[] cueOf = new Cue[passages.size()];
            for (int i = 0; i < passages.size(); i++) {
                cueOf[i] = cueFor(i);
            }
            // a quote with no cue of its own borrows one: the split quote's, then the paragraph's before
            for (int i = 0; i < passages.size(); i++) {
                if (cueOf[i] != null) {
                    continue;
                }
                QuoteMarks.Passage p = passages.get(i);
                if (i > 0 && passages.get(i - 1).paragraph() == p.paragraph() && cueOf[i - 1] != null) {
                    cueOf[i] = cueOf[i - 1].asBorrowed();
                } else if (p.opensParagraph() && i > 0 && cueOf[i - 1] != null
                        && passages.get(i - 1).paragraph() == p.paragraph() - 1 && view.endsParagraph(passages.get(i - 1))) {
                    cueOf[i] = cueOf[i - 1].asBorrowed();
                } else if (p.opensParagraph()) {
                    cueOf[i] = introducedBy(p);
                } else {
                    cueOf[i] = precededBy(p);
                }
            }
            // a quote running over paragraphs: a later part's cue also names the earlier parts' speaker
            for (int i = passages.size() - 2; i >= 0; i--) {
                QuoteMarks.Passage p = passages.get(i);
                QuoteMarks.Passage next = passages.get(i + 1);
                if (cueOf[i] == null && cueOf[i + 1] != null && !p.closed() && next.opensParagraph()
                        && next.paragraph() == p.paragraph() + 1) {
                    cueOf[i] = cueOf[i + 1].asBorrowed();
                }
            }
            Cue transcript = null; // the speaker of the last transcript line, while its paragraphs follow
            for (int i = 0; i < passages.size(); i++) {
                QuoteMarks.Passage p = passages.get(i);
                Cue c = cueOf[i];
                if (transcript != null && (i == 0 || !view.onlyMarksBetween(passages.get(i - 1).end(), p.start()))) {
                    transcript = null;
                }
                if (c == null && transcript != null && p.opensParagraph()) {
                    c = transcript; // a transcript answer running over paragraphs: "PENCE: …" then "Well, …"
                }
                int words = view.countWords(p.start(), p.end());
                if (words == 0 || (words < 4 && (c == null || c.borrowed()))
                        || (c == null && view.isTitleCase(p.start(), p.end()))) {
                    continue; // scare quotes and titles of works in marks, not speech
                }
                Matcher label = LABEL.matcher(text.substring(p.start(), p.end()));
                if (label.lookingAt() && label.end() < p.end() - p.start()) {
                    // a transcript line in marks: "WALLACE: Let's start with …"
                    int ls = p.start() + label.start(1);
                    int le = p.start() + label.end(1);
                    Cue speaker = Cue.ofSpeaker(text.substring(ls, le), ls, le, SpeakerKind.NAME);
                    transcript = speaker.asBorrowed();
                    out.add(view.mention(p.start() + label.end(), p.end(), speaker, true));
                    continue;
                }
                out.add(view.mention(p.start(), p.end(), c, true));
            }
            List<int[]> blocks = new ArrayList<>();
            for (QuoteMention m : out) {
                blocks.add(new int[] {m.start(), m.end()});
            }
            List<QuoteMention> statements = blockStatements(blocks);
            out.addAll(statements);
            for (QuoteMention m : statements) {
                blocks.add(new int[] {m.start(), m.end()});
            }
            out.addAll(reportedSpeech(blocks, out));
            out.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : Integer.compare(a.end(), b.end()));
            return out;
        }

        /**
         * The rules' mentions ({@link AttributionCandidate#DIRECT}, {@link AttributionCandidate#RULE}) and, for
         * every verb or common noun the lexicon gives at least {@link #EXTRA_CUE_PROBABILITY} cue probability that
         * no rule used, the clause after it ({@link AttributionCandidate#EXTRA}): up to the sentence end and up to
         * the first comma, as two alternatives of one group. Each with its features for the filter.
         */
        List<AttributionCandidate> candidates() {
            List<QuoteMention> base = extract();
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
                    if (p < EXTRA_CUE_PROBABILITY || view.insideQuote(t.start()) || covered.holds(t.start())) {
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
            return new QuoteMention(doc.id(), start, end, text.substring(start, end), m.cue(), m.cueStart(),
                    m.cueEnd(), false, m.speaker(), m.speakerStart(), m.speakerEnd(), m.speakerKind());
        }

        /** A subordinating conjunction that opens an adverbial clause: "after", "when", "because", … */
        private static boolean isSubordinator(Token t) {
            return t.pos().equals("IN") && SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT));
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
                    lastKept[i] = !TokenView.isTrailing(tokens.get(first + i)) ? first + i : i == 0 ? first - 1 : lastKept[i - 1];
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
                f.add("label=" + (LABEL.matcher(text.substring(view.paragraphStart(m.start()), m.start())).lookingAt()));
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

        /** The cue of passage i: a speech verb right after it, else right before it in the same sentence. */
        private Cue cueFor(int i) {
            QuoteMarks.Passage p = passages.get(i);
            Cue credit = dashCredit(p);
            if (credit != null) {
                return credit;
            }
            int after = view.firstTokenAtOrAfter(p.end());
            int limit = i + 1 < passages.size() ? passages.get(i + 1).start() : text.length();
            int paraEnd = view.paragraphEnd(p.end());
            limit = Math.min(limit, paraEnd);
            // after: within the rest of the sentence, up to the next quote
            Cue relay = null; // "according to X" after a quote: used when no speech verb names the speaker
            for (int k = after; k < tokens.size() && k < after + 20 && tokens.get(k).start() < limit; k++) {
                Token t = tokens.get(k);
                if (k > after && view.sentenceOf(k) != view.sentenceOf(after) && !view.isQuoteMark(k)) {
                    break;
                }
                if (cueWords.isQuoteCue(view, k)) {
                    boolean inverted = view.onlyPunctuation(after, k);
                    Cue c = inverted ? speakers.objectAfter(k, limit) : null;
                    if (c == null) {
                        c = speakers.subjectBefore(after, k);
                        // the subject of an after-quote cue opens the clause: '," Lynch said' not '," after ... said'
                        if (c != null && !opensClause(after, c.speakerStart())) {
                            c = null;
                        }
                    }
                    if (c != null) {
                        return c;
                    }
                }
                if (t.word().equals(".") || t.word().equals("?") || t.word().equals("!")) {
                    if (!view.isAccordingTo(k + 1)) {
                        break;
                    }
                }
                if (view.isAccordingTo(k) && relay == null) {
                    relay = speakers.accordingTo(k, limit);
                }
            }
            // before: from the previous quote (or the sentence start) to the opening mark
            int prevEnd = i > 0 ? passages.get(i - 1).end() : 0;
            int from = Math.max(prevEnd, view.sentenceStartBefore(p.start()));
            from = Math.max(from, view.paragraphStart(p.start()));
            int to = view.lastTokenBefore(p.start());
            int fromTok = view.firstTokenAtOrAfter(from);
            for (int k = to; k >= fromTok && k >= 0; k--) {
                if (view.isAccordingTo(k)) {
                    Cue c = speakers.accordingTo(k, p.start());
                    if (c != null) {
                        return c; // "According to Limbaugh, “…”"
                    }
                }
                if (cueWords.isQuoteCue(view, k)) {
                    Cue c = speakers.subjectBefore(fromTok, k);
                    if (c == null && view.onlyPunctuation(fromTok, k)) {
                        c = speakers.objectAfter(k, p.start()); // "Said Ellis: “…”"
                    }
                    if (c != null) {
                        return c;
                    }
                }
            }
            return relay;
        }

        /** A quote credited after a dash: '"…" ― Krystal Correa', '"…" — Ed Mullins, union president'. */
        private Cue dashCredit(QuoteMarks.Passage p) {
            int i = p.end();
            while (i < text.length() && (QuoteMarks.isQuoteChar(text.charAt(i)) || text.charAt(i) == ','
                    || text.charAt(i) == '.' || text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
                i++;
            }
            if (i >= text.length() || "\u2015\u2014\u2013-".indexOf(text.charAt(i)) < 0) {
                return null;
            }
            int k = view.firstTokenAtOrAfter(i + 1);
            if (k >= tokens.size() || text.substring(i + 1, tokens.get(k).start()).contains("\n")) {
                return null;
            }
            Mention m = view.mentionStartingAt(tokens.get(k).start());
            if (m != null && TokenView.isSpeakerType(m)) {
                return Cue.ofSpeaker(m.text(), m.start(), m.end(), SpeakerKind.NAME);
            }
            int e = k;
            while (e < tokens.size() && e - k < 4 && "NNP".equals(tokens.get(e).pos())
                    && !text.substring(tokens.get(k).start(), tokens.get(e).end()).contains("\n")) {
                e++;
            }
            if (e == k) {
                return null;
            }
            int s0 = tokens.get(k).start();
            int e0 = tokens.get(e - 1).end();
            return Cue.ofSpeaker(text.substring(s0, e0), s0, e0, SpeakerKind.NAME);
        }

        /**
         * A quotation inside a paragraph that opens a sentence right after one whose last verb is a speech verb:
         * "…, Schiff said. “The other factor …”". Newswriting continues the speaker of the sentence before.
         */
        private Cue precededBy(QuoteMarks.Passage p) {
            int to = view.lastTokenBefore(p.start());
            while (to >= 0 && (view.isQuoteMark(to)
                    || tokens.get(to).word().equals("``"))) {
                to--;
            }
            if (to < 0 || !TokenView.isSentenceEnd(tokens.get(to)) || tokens.get(to).end() < view.paragraphStart(p.start())) {
                return null;
            }
            int from = to;
            while (from > 0 && view.sentenceOf(from - 1) == view.sentenceOf(to)) {
                from--;
            }
            if (tokens.get(from).start() < view.paragraphStart(p.start()) || view.insideQuote(tokens.get(from).start())) {
                return null;
            }
            int verb = -1;
            for (int k = to - 1; k >= from; k--) {
                if (tokens.get(k).pos().startsWith("VB") || tokens.get(k).pos().equals("MD")) {
                    verb = TokenView.isSpeechVerb(tokens.get(k), Verbs.SPEECH) ? k : -2;
                    break;
                }
            }
            if (verb < 0 || to - verb > 4) {
                return null; // the sentence ends in "… Schiff said." or "… said Schiff.", nothing else
            }
            Cue c = verb + 1 < to ? speakers.objectAfter(verb, tokens.get(to).start()) : null;
            if (c == null) {
                c = speakers.subjectBefore(from, verb);
            }
            return c == null ? null : c.asBorrowed();
        }

        /** A quote block opening a paragraph, introduced by the paragraph before ("X said:", "a statement"). */
        private Cue introducedBy(QuoteMarks.Passage p) {
            int ps = view.paragraphStart(p.start());
            if (ps == 0) {
                return null;
            }
            int prevEnd = ps - 1;
            while (prevEnd > 0 && Character.isWhitespace(text.charAt(prevEnd - 1))) {
                prevEnd--;
            }
            int prevStart = view.paragraphStart(prevEnd == 0 ? 0 : prevEnd - 1);
            String prev = text.substring(prevStart, prevEnd);
            String lower = prev.toLowerCase(Locale.ROOT);
            boolean introduces = prev.endsWith(":") || lower.contains("statement") || lower.contains("said")
                    || lower.contains("says");
            int from = view.firstTokenAtOrAfter(Math.max(prevStart, view.sentenceStartBefore(Math.max(prevStart, prevEnd - 1))));
            int to = view.lastTokenBefore(prevEnd);
            if (from < 0 || to < from) {
                return null;
            }
            for (int k = from; k <= to && !introduces; k++) {
                introduces = TokenView.isSpeechVerb(tokens.get(k), Verbs.SPEECH);
            }
            if (!introduces) {
                return null;
            }
            Cue c = speakers.firstNameIn(from, to + 1);
            if (c == null) {
                // "He said:": the subject of the introducing sentence's speech verb
                for (int k = from; k <= to && c == null; k++) {
                    if (TokenView.isSpeechVerb(tokens.get(k), Verbs.SPEECH)) {
                        c = speakers.subjectBefore(from, k);
                    }
                }
            }
            return c == null ? null : c.asBorrowed();
        }

        /**
         * Whether the speaker starting at {@code speakerStart} opens the clause after a quote: only punctuation and
         * title words come before it ('," general secretary Marta Ilves said'), no verb or preposition
         * ('," after two officers were killed, said').
         */
        private boolean opensClause(int from, int speakerStart) {
            for (int k = from; k < tokens.size() && tokens.get(k).start() < speakerStart; k++) {
                String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
                if (pos.startsWith("VB") || pos.equals("MD") || pos.equals("IN") || pos.equals("TO")
                        || pos.equals("WDT") || pos.equals("WP")) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Statements quoted as a block without marks: a paragraph introduced by a sentence that ends in a colon
         * and speaks ("Lynch told reporters after the meeting:", "The statement read:"). The block counts as
         * direct speech; its speaker is read from the introducing sentence.
         */
        private List<QuoteMention> blockStatements(List<int[]> blocks) {
            List<QuoteMention> out = new ArrayList<>();
            int ps = 0;
            while (ps < text.length()) {
                int pe = view.paragraphEnd(ps);
                String para = text.substring(ps, pe).strip();
                int next = pe + 1;
                if (para.endsWith(":") && next < text.length()) {
                    int bs = next;
                    while (bs < text.length() && Character.isWhitespace(text.charAt(bs))) {
                        bs++;
                    }
                    int be = view.paragraphEnd(bs);
                    while (be > bs && Character.isWhitespace(text.charAt(be - 1))) {
                        be--;
                    }
                    Cue c = introducingCue(ps, pe);
                    if (be > bs && !view.hasQuoteMark(bs, be) && view.countWords(bs, be) >= 4 && c != null) {
                        blocks.add(new int[] {bs, be});
                        out.add(view.mention(bs, be, c.kind() == SpeakerKind.NONE ? null : c, true));
                    }
                }
                ps = next;
            }
            return out;
        }

        /** The cue of a sentence that introduces a quoted block, or null when it does not speak. */
        private Cue introducingCue(int ps, int pe) {
            int from = view.firstTokenAtOrAfter(Math.max(ps, view.sentenceStartBefore(Math.max(ps, pe - 1))));
            int to = view.lastTokenBefore(pe);
            boolean statement = false;
            for (int k = from; k <= to && k >= 0 && k < tokens.size(); k++) {
                Token t = tokens.get(k);
                String lemma = t.lemma() == null ? t.word() : t.lemma();
                if (TokenView.isSpeechVerb(t, Verbs.SPEECH) || lemma.equalsIgnoreCase("read")) {
                    Cue c = k - 1 > from && tokens.get(k - 1).pos().equals("CC") ? speakers.mainSubject(from, k - 1) : null;
                if (c == null) {
                    c = speakers.subjectBefore(from, k);
                } else {
                    c = c.at(view, k);
                }
                    if (c == null) {
                        c = speakers.objectAfter(k, pe);
                    }
                    if (c != null) {
                        return c;
                    }
                    statement = true;
                }
                statement |= lemma.equalsIgnoreCase("statement");
            }
            return statement ? Cue.ofSpeaker(null, -1, -1, SpeakerKind.NONE) : null;
        }

        /**
         * Reported speech: clauses introduced by a reporting verb, outside the quoted blocks already found. In a
         * sentence that also holds a quotation the reported clause stops where the quotation starts, and a
         * participle cue (", adding that …") takes the speaker of the quotation or clause before it.
         */
        private List<QuoteMention> reportedSpeech(List<int[]> blocks, List<QuoteMention> quoted) {
            List<QuoteMention> out = new ArrayList<>();
            for (Sentence s : view.sentences()) {
                if (s.tokens().isEmpty()) {
                    continue;
                }
                List<int[]> inSentence = blocks.stream().filter(b -> s.start() < b[1] && b[0] < s.end()).toList();
                List<QuoteMention> before = quoted.stream()
                        .filter(m -> s.start() < m.end() && m.start() < s.end()).toList();
                out.addAll(reported(s, inSentence, before));
            }
            return out;
        }

        private List<QuoteMention> reported(Sentence s, List<int[]> blocks, List<QuoteMention> quoted) {
            List<QuoteMention> found = new ArrayList<>();
            List<Token> ts = s.tokens();
            int first = view.firstOf(s);
            int last = first + ts.size() - 1;
            int contentEnd = ts.get(ts.size() - 1).end();
            if (TokenView.isSentenceEnd(ts.get(ts.size() - 1))) {
                contentEnd = ts.size() > 1 ? ts.get(ts.size() - 2).end() : contentEnd;
            }
            // "according to X, CLAUSE" / "CLAUSE, according to X."
            for (int k = first; k <= last && blocks.isEmpty(); k++) {
                if (view.isAccordingTo(k)) {
                    Cue c = speakers.accordingTo(k, s.end());
                    if (c == null) {
                        break; // "according to the report": no speaker here; a verb cue may still hold one
                    }
                    int phraseEnd = view.clauseEnd(k + 2, s.end());
                    int cs;
                    int ce;
                    if (k == first) {
                        cs = phraseEnd < tokens.size() ? tokens.get(Math.min(phraseEnd + 1, last)).start() : s.end();
                        ce = contentEnd;
                    } else {
                        cs = ts.get(0).start();
                        int before = k - 1;
                        while (before > first && tokens.get(before).word().equals(",")) {
                            before--;
                        }
                        ce = tokens.get(before).end();
                    }
                    addIfAny(found, reportedMention(cs, ce, c));
                    break;
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            int floor = first; // after a coordinated second cue ("…, but he said …"): where its clause starts
            for (int k = first; k <= last; k++) {
                Token t = tokens.get(k);
                if (!cueWords.isReportingVerb(view, k, last) || inBlock(blocks, t.start())) {
                    continue;
                }
                if (t.pos().equals("VBG") && k > first && tokens.get(k - 1).word().equals(",")) {
                    // ", adding that …", ", saying …": the speaker of the clause or quotation before
                    QuoteMention prior = null;
                    for (QuoteMention m : quoted) {
                        if (m.end() <= t.start() && m.speaker() != null) {
                            prior = m;
                        }
                    }
                    for (QuoteMention m : found) {
                        if (m.speaker() != null) {
                            prior = m;
                        }
                    }
                    if (prior != null) {
                        int cs = k + 1;
                        while (cs <= last && tokens.get(cs).word().equalsIgnoreCase("that")) {
                            cs++;
                        }
                        int ce = stopAtBlock(blocks, cs, contentEnd);
                        if (cs <= last && !inBlock(blocks, tokens.get(cs).start())) {
                            addIfAny(found, reportedMention(tokens.get(cs).start(), ce, Cue.at(view, k, prior.speaker(),
                                    prior.speakerStart(), prior.speakerEnd(), prior.speakerKind())));
                        }
                        continue;
                    }
                    // no quotation before it: the participle shares the subject of the sentence's main verb
                    Cue subject = speakers.mainSubject(first, k);
                    int cs = k + 1;
                    while (cs <= last && tokens.get(cs).word().equalsIgnoreCase("that")) {
                        cs++;
                    }
                    if (subject != null && cs <= last && !inBlock(blocks, tokens.get(cs).start())) {
                        addIfAny(found, reportedMention(tokens.get(cs).start(), stopAtBlock(blocks, cs, contentEnd),
                                subject.at(view, k)));
                    }
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
                    if (comma > first + 3 && blocks.stream().noneMatch(b -> b[0] < commaStart
                            && ts.get(0).start() < b[1])) {
                        Cue c = speakers.subjectBefore(comma + 1, k);
                        if (c == null) {
                            c = speakers.objectAfter(k, s.end());
                        }
                        if (c != null) {
                            addIfAny(found, reportedMention(ts.get(0).start(), tokens.get(comma - 1).end(), c));
                            return found;
                        }
                    }
                    continue;
                }
                // "X said (that) CLAUSE"; in a sentence with a quotation the subject comes after it, and a verb
                // right after a quotation is that quotation's cue
                int from = floor;
                int afterBlock = -1;
                for (int[] b : blocks) {
                    if (b[1] <= t.start()) {
                        afterBlock = Math.max(afterBlock, view.firstTokenAtOrAfter(b[1] + 1));
                    }
                }
                from = Math.max(from, afterBlock);
                if (afterBlock > first && from == afterBlock && (view.onlyPunctuation(from, k)
                        || view.countWords(tokens.get(from).start(), t.start()) <= 4 && !hasConjunction(from, k))) {
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
                while (cs <= last && (tokens.get(cs).word().equalsIgnoreCase("that")
                        || tokens.get(cs).word().equals(",") || tokens.get(cs).word().equals(":"))) {
                    complementizer |= tokens.get(cs).word().equalsIgnoreCase("that");
                    cs++;
                }
                if (cs > last || last - cs < 3) {
                    continue;
                }
                String next = tokens.get(cs).pos();
                // "called for …", "asked about …": the preposition is part of a learned cue, not the start of an
                // adjunct ("said in a statement")
                boolean framed = cueWords.learned() && cs == k + 1 && cueWords.probability(t.word(), null) < CueWords.CUE_PROBABILITY
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
                if (inBlock(blocks, tokens.get(cs).start())) {
                    continue;
                }
                int ce = stopAtBlock(blocks, cs, contentEnd);
                int[] second = cueWords.learned() && ce > 0 ? coordinatedCue(cs, last) : null;
                if (second != null) {
                    int e = second[0] - 1;
                    while (e > cs && tokens.get(e).word().equals(",")) {
                        e--;
                    }
                    ce = tokens.get(e).end();
                }
                QuoteMention m = reportedMention(tokens.get(cs).start(), ce, c);
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
         * A second reporting verb coordinated with the clause that starts at token {@code cs}: "…, but he said",
         * "… and said", "…, while 73 percent said". Answers {coordinator, verb} token indexes, or null.
         */
        private int[] coordinatedCue(int cs, int last) {
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
        private boolean isFragment(int start, int end) {
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

        private static boolean inBlock(List<int[]> blocks, int pos) {
            for (int[] b : blocks) {
                if (b[0] - 1 <= pos && pos < b[1] + 1) {
                    return true; // the quotation marks around a block belong to it
                }
            }
            return false;
        }

        /** The content end {@code end}, or -1 when a quoted block starts inside the clause (left to the quotation). */
        private int stopAtBlock(List<int[]> blocks, int cs, int end) {
            int from = tokens.get(cs).start();
            for (int[] b : blocks) {
                if (b[0] > from && b[0] - 1 < end) {
                    return -1;
                }
            }
            return end;
        }

        private boolean hasConjunction(int from, int to) {
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

        private QuoteMention reportedMention(int start, int end, Cue c) {
            if (end < 0 || end <= start || view.countWords(start, end) < MIN_WORDS || isFragment(start, end)) {
                return null;
            }
            return view.mention(start, end, c, false);
        }

    }
}
