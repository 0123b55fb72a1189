package org.concord.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Sentence;
import org.concord.model.Span;
import org.concord.model.SummarySentence;

/**
 * An extractive, cited summary of a story by concept coverage (Gillick and Favre 2009, "A scalable global model
 * for summarization"; the ICSI summarizer of TAC 2008/2009): the concepts are the stemmed word bigrams of the
 * story (not both function words), each weighted by the number of independent documents that use it, kept when
 * at least {@link #minDf(int)} documents do, and by half a document more for each document title that has it.
 * Sentences are chosen to cover the greatest total concept weight under
 * the word budget, a concept counting once however often it is repeated (which is what keeps outlets' repetitions
 * out): the integer program is solved exactly ({@link ConceptProgram}, started from the greedy choice of the best
 * gain per word), with a prior for a document's first sentence, where news puts the facts (its concepts count
 * {@value #LEAD_PRIOR} times more). Sentences of under {@value #MIN_WORDS} or over {@value #MAX_WORDS} words,
 * quotations (a quotation mark, or a sentence that opens inside a quotation the sentences before it left open, up
 * to a line break), questions and lines without closing punctuation (headlines, datelines) are not candidates; a
 * leading wire dateline ("WASHINGTON (AP) --", "Beijing, June 26 --"), a transcript mark ("[Text]"), a list bullet
 * and a section label ("THE INVASION:") are left out of the sentence, and a sentence opening with a lower-case
 * function word (split mid-sentence) is no candidate. An opening connective, a parenthesis and a closing
 * attribution are left out too ({@link Compression}: the words saved go to more content; the sentence still cites
 * its whole span). A sentence that opens with a pronoun
 * or demonstrative ({@link #anaphoric}) is chosen only together with the sentence before it in its document, which
 * it then follows, so no summary sentence opens with an unresolved pronoun. Sentences are shown in reading order
 * (document order, then position). Each cites its own span and the spans of sentences in other documents that say
 * the same (stem-set Jaccard at least {@value #SUPPORT}).
 * <p>Only the text, the sentence boundaries and the titles are used, so the same selection runs on the pipeline's annotated
 * documents and on plain text split by {@link SentenceSplitter} (the summarization eval).
 */
public final class Summarizer {
    static final double SUPPORT = 0.3;
    static final double REDUNDANT = 0.5;
    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 50;
    /** The extra weight, as a share of its weight, of a concept covered by the first sentence of a document. */
    static final double LEAD_PRIOR = 1.5;
    /**
     * What a concept in a document's title adds to its weight, per such title (a document's count is 1): the
     * headline names what the story is about. On DUC 2002 0.25, 0.5 and 0.75 all add about 0.002 R-1 recall;
     * MultiLing 2011 is unchanged at 0.5.
     */
    static final double TITLE_PRIOR = 0.5;
    /**
     * The search nodes the exact program may visit: on DUC 2002 and MultiLing 2011 ten times more scores the same,
     * a tenth of it does not (at 250 words).
     */
    static final int MAX_NODES = 20_000;
    /** A dateline opening a lead ("WASHINGTON (AP) --"), with the space after it. */
    static final Pattern DATELINE = Pattern.compile(
            "^[A-Z][A-Z.'\\-]+(?:[ ,]+[A-Z0-9][A-Za-z0-9.'\\-]*){0,4}\\s*(?:\\([A-Za-z ]{2,20}\\)\\s*)?"
                    + "(?:--|_|\u2014|\u2013)\\s+");
    /** A transcript mark ("[Text] ") or a list bullet ("_") opening a sentence. */
    static final Pattern OPENER = Pattern.compile("^(?:\\[Text\\]\\s*|_\\s*(?=[A-Z]))");
    /** A dateline in mixed case with a double dash ("Beijing, June 26 -- ", "Berlin -- "). */
    static final Pattern DATELINE_MIXED = Pattern.compile(
            "^[A-Z][A-Za-z.'\\-]+(?:[ ,]+[A-Za-z0-9][A-Za-z0-9.'\\-]*){0,4}\\s*(?:\\([A-Za-z ]{2,20}\\)\\s*)?--\\s+");
    /** A section label in capitals ("THE INVASION: "), or any short label after a bullet ("_Alabama: "). */
    static final Pattern LABEL_CAPS = Pattern.compile("^[A-Z][A-Z.'\\-]*(?: [A-Z][A-Z.'\\-]*){0,3}:\\s+(?=[A-Z])");
    static final Pattern LABEL_ANY = Pattern.compile("^[A-Z][A-Za-z.'\\-]*(?: [A-Za-z.'\\-]+){0,3}:\\s+(?=[A-Z])");
    private final int words;
    private final boolean overflow;

    private Summarizer(int words, boolean overflow) {
        this.words = words;
        this.overflow = overflow;
    }

    /**
     * A summarizer that picks about {@code words} words: it stops when no further sentence fits, then adds one more
     * that may pass the budget by a tenth.
     */
    public static Summarizer create(int words) {
        if (words < 1) {
            throw new IllegalArgumentException("words must be positive, got " + words);
        }
        return new Summarizer(words, false);
    }

    /**
     * A summarizer for a hard word budget that a scorer enforces by cutting (ROUGE's {@code -l}): the last sentence
     * may run past the budget by any length, since only its first words count.
     */
    public static Summarizer forCutoff(int words) {
        if (words < 1) {
            throw new IllegalArgumentException("words must be positive, got " + words);
        }
        return new Summarizer(words, true);
    }

    /**
     * A plain-text document: its id, its text, its sentences ([start, end) offsets into the text) and its title
     * ({@code null} when it has none).
     */
    public record TextDocument(String id, String text, List<SentenceSplitter.Span> sentences, String title) {
        public TextDocument {
            sentences = List.copyOf(sentences);
        }

        /** A document without a title. */
        public TextDocument(String id, String text, List<SentenceSplitter.Span> sentences) {
            this(id, text, sentences, null);
        }

        /** A document split by {@link SentenceSplitter}. */
        public static TextDocument split(String id, String text) {
            return new TextDocument(id, text, SentenceSplitter.split(text));
        }
    }

    /** The summary of a story's annotated members (near-duplicates, {@code duplicateOf() != null}, left out). */
    public List<SummarySentence> summarize(List<AnnotatedDocument> members, Map<String, String> duplicateOf) {
        List<TextDocument> docs = new ArrayList<>();
        for (AnnotatedDocument d : members) {
            if (d.document().duplicateOf() != null) {
                continue;
            }
            List<SentenceSplitter.Span> spans = new ArrayList<>();
            for (Sentence s : d.annotation().sentences()) {
                spans.add(new SentenceSplitter.Span(s.start(), s.end()));
            }
            docs.add(new TextDocument(d.id(), d.text(), spans, d.document().title()));
        }
        return summarizeTexts(docs);
    }

    /** The summary of plain-text documents, given in reading order. */
    public List<SummarySentence> summarizeTexts(List<TextDocument> docs) {
        List<Candidate> all = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        Map<String, Integer> titleDf = new HashMap<>();
        for (int di = 0; di < docs.size(); di++) {
            TextDocument d = docs.get(di);
            Set<String> seen = new HashSet<>();
            if (d.title() != null) {
                for (String c : new HashSet<>(Words.bigrams(Words.stems(d.title())))) {
                    titleDf.merge(c, 1, Integer::sum);
                }
            }
            int position = 0;
            boolean inQuote = false;
            int prevEnd = 0;
            Candidate last = null;
            for (SentenceSplitter.Span sp : d.sentences()) {
                int start = sp.start();
                String raw = d.text().substring(start, sp.end());
                if (d.text().substring(Math.min(prevEnd, start), start).contains("\n")) {
                    inQuote = false;
                }
                prevEnd = sp.end();
                boolean opensInQuote = inQuote;
                inQuote = quoteOpenAfter(raw, inQuote);
                // a transcript mark or list bullet, a dateline (first sentence), a section label: not the sentence's
                int cut = prefix(OPENER, raw);
                boolean bullet = cut > 0 && raw.startsWith("_");
                if (position == 0) {
                    int more = prefix(DATELINE, raw.substring(cut));
                    cut += more > 0 ? more : prefix(DATELINE_MIXED, raw.substring(cut));
                }
                cut += prefix(bullet ? LABEL_ANY : LABEL_CAPS, raw.substring(cut));
                start += cut;
                raw = raw.substring(cut);
                seen.addAll(Words.bigrams(Words.stems(raw)));
                String whole = raw.strip().replaceAll("\\s+", " ");
                // the candidate is the compressed sentence; it still cites the whole sentence's span
                String text = Compression.apply(whole);
                List<String> stems = Words.stems(text);
                List<String> concepts = Words.bigrams(stems);
                int nWords = Words.count(text);
                Candidate made = null;
                if (!opensInQuote && candidate(whole, Words.count(whole)) && nWords >= MIN_WORDS
                        && !midSentence(text)
                        && (!anaphoric(text) || last != null)) {
                    made = new Candidate(di, d.id(), start + leading(raw), sp.end(), text, nWords, stems,
                            new HashSet<>(concepts), position);
                    made.requires = anaphoric(text) ? last : null;
                    all.add(made);
                }
                last = made;
                if (closed(whole)) {
                    position++;
                }
            }
            for (String c : seen) {
                df.merge(c, 1, Integer::sum);
            }
        }
        if (all.isEmpty()) {
            return List.of();
        }
        int minDf = minDf(docs.size());
        Map<String, Double> weight = new HashMap<>();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= minDf) {
                weight.put(e.getKey(), e.getValue() + TITLE_PRIOR * titleDf.getOrDefault(e.getKey(), 0));
            }
        }
        List<Candidate> picked = select(all, weight);
        Candidate cut = null;
        int total = picked.stream().mapToInt(c -> c.words).sum();
        if (overflow && total > words) {
            // the sentence past the budget stays last, so that a cut at the budget falls on it
            cut = picked.remove(picked.size() - 1);
        }
        picked.sort(Comparator.comparingInt((Candidate c) -> c.docIndex).thenComparingInt(c -> c.start));
        if (cut != null) {
            picked.add(cut);
        }
        List<SummarySentence> out = new ArrayList<>();
        for (Candidate c : picked) {
            List<Span> sources = new ArrayList<>();
            sources.add(new Span(c.document, c.start, c.end));
            Set<String> cited = new HashSet<>(Set.of(c.document));
            for (Candidate o : all) {
                if (!cited.contains(o.document) && jaccard(o.content, c.content) >= SUPPORT) {
                    sources.add(new Span(o.document, o.start, o.end));
                    cited.add(o.document);
                }
            }
            out.add(new SummarySentence(c.text, sources));
        }
        return out;
    }

    /** The document frequency a bigram needs to count as a concept: 3 of 6 or more documents, else 2 (1 alone). */
    static int minDf(int docs) {
        return docs >= 6 ? 3 : docs >= 2 ? 2 : 1;
    }

    private List<Candidate> select(List<Candidate> all, Map<String, Double> weight) {
        Set<String> covered = new HashSet<>();
        List<Candidate> picked = new ArrayList<>();
        Set<Candidate> left = new HashSet<>(all);
        int count = 0;
        while (count < words) {
            Candidate best = null;
            double bestRatio = 0;
            for (Candidate c : all) {
                if (!left.contains(c) || count + c.words > words
                        || c.requires != null && !picked.contains(c.requires)) {
                    continue;
                }
                double ratio = gain(c, weight, covered) / c.words;
                if (ratio > bestRatio || (ratio == bestRatio && best != null && ratio > 0 && before(c, best))) {
                    best = c;
                    bestRatio = ratio;
                }
            }
            if (best == null) {
                break;
            }
            left.remove(best);
            if (redundant(best, picked)) {
                continue;
            }
            picked.add(best);
            covered.addAll(best.concepts);
            count += best.words;
        }
        if (!picked.isEmpty()) {
            // the greedy choice is the starting point of the exact program
            picked = new ArrayList<>(ConceptProgram.solve(all, weight, LEAD_PRIOR, words, picked, MAX_NODES));
            covered.clear();
            left = new HashSet<>(all);
            count = 0;
            for (Candidate c : picked) {
                covered.addAll(c.concepts);
                left.remove(c);
                count += c.words;
            }
        }
        if (count < words) {
            // one more sentence past the budget: by gain, as only its first words may count
            int room = words - count;
            Candidate best = null;
            double bestGain = 0;
            for (Candidate c : all) {
                if (!left.contains(c) || redundant(c, picked) || c.requires != null && !picked.contains(c.requires)
                        || (!overflow && c.words - room > words / 10)) {
                    continue;
                }
                double g = gain(c, weight, covered) * Math.min(1.0, room / (double) c.words);
                if (g > bestGain || (g == bestGain && best != null && g > 0 && before(c, best))) {
                    best = c;
                    bestGain = g;
                }
            }
            if (best != null) {
                picked.add(best);
            }
        }
        if (picked.isEmpty()) {
            picked.add(all.get(0));
        }
        return picked;
    }

    static double gain(Candidate c, Map<String, Double> weight, Set<String> covered) {
        double g = 0;
        for (String k : c.concepts) {
            if (!covered.contains(k)) {
                g += weight.getOrDefault(k, 0.0);
            }
        }
        return c.position == 0 ? g * (1 + LEAD_PRIOR) : g;
    }

    /** The length of the match of {@code p} at the start of {@code raw} when a capital follows it, else 0. */
    private static int prefix(Pattern p, String raw) {
        Matcher m = p.matcher(raw);
        return m.find() && m.end() < raw.length() && Character.isUpperCase(raw.charAt(m.end())) ? m.end() : 0;
    }

    /** Whether a sentence opens with a lower-case function word ("and Richard G. Lugar ..."): a split mid-sentence. */
    static boolean midSentence(String text) {
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
            return false;
        }
        List<String> stems = Words.stems(text);
        return !stems.isEmpty() && Words.isStop(stems.get(0));
    }

    static boolean redundant(Candidate c, List<Candidate> picked) {
        for (Candidate p : picked) {
            if (jaccard(p.content, c.content) > REDUNDANT) {
                return true;
            }
        }
        return false;
    }

    private static boolean before(Candidate a, Candidate b) {
        return a.docIndex != b.docIndex ? a.docIndex < b.docIndex : a.start < b.start;
    }

    private static boolean candidate(String text, int nWords) {
        if (nWords < MIN_WORDS || nWords > MAX_WORDS) {
            return false;
        }
        boolean quoted = text.chars().anyMatch(ch -> ch == '"' || ch == '\u201c' || ch == '\u201d')
                || text.contains("``") || text.contains("''") || text.startsWith("'")
                || text.startsWith("\u2018");
        return !quoted && closed(text);
    }

    /**
     * Whether a quotation is open after {@code raw}, given whether one was open before it: {@code ``} and curly
     * double quotes open and close, a straight double quote toggles.
     */
    static boolean quoteOpenAfter(String raw, boolean open) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u201c' || c == '`' && i + 1 < raw.length() && raw.charAt(i + 1) == '`') {
                open = true;
                i += c == '`' ? 1 : 0;
            } else if (c == '\u201d' || c == '\'' && i + 1 < raw.length() && raw.charAt(i + 1) == '\'') {
                open = false;
                i += c == '\'' ? 1 : 0;
            } else if (c == '"') {
                open = !open;
            }
        }
        return open;
    }

    static final Set<String> ANAPHORS = Set.of("he", "she", "it", "they", "his", "her", "its", "their", "him",
            "them", "this", "these", "those", "that", "i", "we", "you", "our", "my", "your", "such");

    /** Whether a sentence opens with a pronoun or a demonstrative whose referent lies before it. */
    static boolean anaphoric(String text) {
        int i = 0;
        while (i < text.length() && !Character.isLetter(text.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return ANAPHORS.contains(text.substring(i, j).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a sentence ends as a statement does (headlines and datelines do not). */
    private static boolean closed(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == ')' || last == '\'' || last == '\u2019';
    }

    private static int leading(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        int inter = 0;
        for (String x : a) {
            if (b.contains(x)) {
                inter++;
            }
        }
        return inter / (double) (a.size() + b.size() - inter);
    }

    static final class Candidate {
        final int docIndex;
        final String document;
        final int start;
        final int end;
        final String text;
        final int words;
        final Set<String> content;
        final Set<String> concepts;
        final int position;
        Candidate requires;

        Candidate(int docIndex, String document, int start, int end, String text, int words, List<String> stems,
                  Set<String> concepts, int position) {
            this.docIndex = docIndex;
            this.document = document;
            this.start = start;
            this.end = end;
            this.text = text;
            this.words = words;
            this.concepts = concepts;
            this.position = position;
            Set<String> content = new HashSet<>();
            for (String s : stems) {
                if (!Words.isStop(s)) {
                    content.add(s);
                }
            }
            this.content = content;
        }
    }
}
