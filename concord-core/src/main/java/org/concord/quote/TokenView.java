package org.concord.quote;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.text.Pronouns;

/**
 * One annotated document as the quote rules read it: its tokens in text order (indexed across sentences), the
 * sentence of each token, paragraphs (lines of the text), its mentions looked up by offset, its quoted passages
 * ({@link QuoteMarks}), and the word and token predicates the rules share. Made once per document; what it answers
 * never changes.
 */
final class TokenView {
    /** Words left in lower case in a title ({@link #isTitleCase}). */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "and", "or",
            "for", "to", "with", "by", "from", "de", "la", "von", "van");
    private final AnnotatedDocument doc;
    private final String text;
    private final List<Token> tokens;
    private final int[] sentenceOf;
    /** The index in {@link #tokens} of each sentence's first token, by sentence index. */
    private final Map<Integer, Integer> sentenceFirst = new HashMap<>();
    /** The document's mentions by offset range, and the union of the quoted passages: look-ups made per cue. */
    private final MentionRange mentions;
    private final List<QuoteMarks.Passage> passages;
    private final SpanUnion quoted;
    /** For each token index, the first finite verb at or after it (Integer.MAX_VALUE: none); made on first use. */
    private int[] nextFinite;

    TokenView(AnnotatedDocument doc) {
        this.doc = doc;
        this.text = doc.text();
        List<Token> all = new ArrayList<>();
        List<Integer> sentenceIndex = new ArrayList<>();
        for (Sentence s : doc.annotation().sentences()) {
            sentenceFirst.put(s.index(), all.size());
            for (Token t : s.tokens()) {
                all.add(t);
                sentenceIndex.add(s.index());
            }
        }
        this.tokens = Collections.unmodifiableList(all);
        this.sentenceOf = sentenceIndex.stream().mapToInt(Integer::intValue).toArray();
        this.mentions = new MentionRange(doc.annotation().mentions());
        this.passages = List.copyOf(QuoteMarks.find(text));
        List<int[]> spans = new ArrayList<>();
        for (QuoteMarks.Passage p : passages) {
            spans.add(new int[] {p.start(), p.end()});
        }
        this.quoted = SpanUnion.of(spans);
    }

    AnnotatedDocument doc() {
        return doc;
    }

    String text() {
        return text;
    }

    /** Every token of the document, in text order. */
    List<Token> tokens() {
        return tokens;
    }

    Token token(int k) {
        return tokens.get(k);
    }

    int size() {
        return tokens.size();
    }

    List<Sentence> sentences() {
        return doc.annotation().sentences();
    }

    /** The sentence that holds offset {@code pos}, or null. */
    Sentence sentenceAt(int pos) {
        return doc.annotation().sentenceAt(pos);
    }

    /** The index of the sentence token {@code k} belongs to. */
    int sentenceOf(int k) {
        return sentenceOf[k];
    }

    /** The token index of the first token of {@code s}. */
    int firstOf(Sentence s) {
        return sentenceFirst.get(s.index());
    }

    /** The quoted passages, in text order. */
    List<QuoteMarks.Passage> passages() {
        return passages;
    }

    /** The mentions whose start lies in [from, to], in the document's order. */
    List<Mention> mentionsStartingIn(int from, int to) {
        return mentions.startingIn(from, to);
    }

    /** The first mention that starts at {@code pos}, or null. */
    Mention mentionStartingAt(int pos) {
        return mentions.startingAt(pos);
    }

    /** The first finite verb (VBD, VBZ, VBP) at or after token {@code k}, or Integer.MAX_VALUE. */
    int nextFinite(int k) {
        if (nextFinite == null) {
            // one backward pass, then each cue asks once
            nextFinite = new int[tokens.size() + 1];
            nextFinite[tokens.size()] = Integer.MAX_VALUE;
            for (int j = tokens.size() - 1; j >= 0; j--) {
                String pos = tokens.get(j).pos();
                nextFinite[j] = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") ? j : nextFinite[j + 1];
            }
        }
        return nextFinite[k];
    }

    /** A quotation or statement of this document with the speaker and cue of {@code c} (none when null). */
    QuoteMention mention(int start, int end, Cue c, boolean direct) {
        if (c == null) {
            return new QuoteMention(doc.id(), start, end, text.substring(start, end), null, -1, -1, direct, null,
                    -1, -1, SpeakerKind.NONE);
        }
        return new QuoteMention(doc.id(), start, end, text.substring(start, end), c.verbText(), c.verbStart(),
                c.verbEnd(), direct, c.speaker(), c.speakerStart(), c.speakerEnd(), c.kind());
    }

    /** Whether offset {@code pos} lies in a quoted passage. */
    boolean insideQuote(int pos) {
        return quoted.holds(pos);
    }

    /** Whether token {@code k} is a quotation mark. */
    boolean isQuoteMark(int k) {
        return QuoteMarks.isQuoteChar(tokens.get(k).word().isEmpty() ? ' ' : tokens.get(k).word().charAt(0));
    }

    /** Whether [s, e) holds a quotation mark or overlaps a quoted passage. */
    boolean hasQuoteMark(int s, int e) {
        for (int i = s; i < e; i++) {
            if (QuoteMarks.isQuoteChar(text.charAt(i))) {
                return true;
            }
        }
        for (QuoteMarks.Passage p : passages) {
            if (p.start() < e && s < p.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens {@code k} and {@code k + 1} are "according to". */
    boolean isAccordingTo(int k) {
        return k + 1 < tokens.size() && tokens.get(k).word().equalsIgnoreCase("according")
                && tokens.get(k + 1).word().equalsIgnoreCase("to");
    }

    /** Whether tokens [from, to) hold no letter or digit. */
    boolean onlyPunctuation(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).word();
            if (w.chars().anyMatch(Character::isLetterOrDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The end (exclusive token index) of the clause that starts at token {@code from}: the first punctuation or
     * quotation mark, the first token at or after offset {@code limit}, or 13 tokens on.
     */
    int clauseEnd(int from, int limit) {
        int k = from;
        while (k < tokens.size() && tokens.get(k).start() < limit) {
            String w = tokens.get(k).word();
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("?")
                    || w.equals("!") || QuoteMarks.isQuoteChar(w.charAt(0)) || w.equals("``")
                    || w.equals("''") || k - from > 12) {
                break;
            }
            k++;
        }
        return k;
    }

    /** The number of words (runs of letters and digits) in [start, end). */
    int countWords(int start, int end) {
        int n = 0;
        boolean in = false;
        for (int i = start; i < end; i++) {
            boolean w = Character.isLetterOrDigit(text.charAt(i));
            if (w && !in) {
                n++;
            }
            in = w;
        }
        return n;
    }

    /** Nothing but white space, quotation marks and closing punctuation in [from, to). */
    boolean onlyMarksBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            char ch = text.charAt(k);
            if (!Character.isWhitespace(ch) && !QuoteMarks.isQuoteChar(ch) && ".,!?".indexOf(ch) < 0) {
                return false;
            }
        }
        return true;
    }

    /** "The Salt Marsh in Winter": every word capitalized but the short function words, no sentence end. */
    boolean isTitleCase(int start, int end) {
        String t = text.substring(start, end).strip();
        if (t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0) {
            return false;
        }
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && Character.isLowerCase(w.charAt(0))
                    && !SMALL_WORDS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether nothing but punctuation follows passage {@code p} in its paragraph. */
    boolean endsParagraph(QuoteMarks.Passage p) {
        int i = p.end();
        while (i < text.length() && text.charAt(i) != '\n') {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            i++;
        }
        return true;
    }

    /** The first token starting at or after {@code pos} (tokens are in text order): a binary search. */
    int firstTokenAtOrAfter(int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() >= pos) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** The last token ending at or before {@code pos}, or -1: a binary search. */
    int lastTokenBefore(int pos) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** The start of the sentence holding the character before {@code pos}, or 0. */
    int sentenceStartBefore(int pos) {
        Sentence s = doc.annotation().sentenceAt(Math.max(0, pos - 1));
        return s == null ? 0 : s.start();
    }

    /** The start of the paragraph (line) holding the character before {@code pos}. */
    int paragraphStart(int pos) {
        int i = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return i < 0 ? 0 : i + 1;
    }

    /** The end of the paragraph (line) holding {@code pos}: its newline or the end of the text. */
    int paragraphEnd(int pos) {
        int i = text.indexOf('\n', pos);
        return i < 0 ? text.length() : i;
    }

    /** A verb (by its tag) whose lemma is one of {@code verbs}. */
    static boolean isSpeechVerb(Token t, Set<String> verbs) {
        String pos = t.pos() == null ? "" : t.pos();
        if (!pos.startsWith("VB")) {
            return false;
        }
        String l = t.lemma() == null ? t.word() : t.lemma();
        return verbs.contains(l.toLowerCase(Locale.ROOT));
    }

    static boolean isSentenceEnd(Token t) {
        return t.word().equals(".") || t.word().equals("?") || t.word().equals("!");
    }

    /** "have", "be" or "do" by lemma. */
    static boolean isAuxiliary(Token t) {
        String l = t.lemma() == null ? t.word() : t.lemma();
        return l.equals("have") || l.equals("be") || l.equals("do");
    }

    /** Punctuation that trails a clause: no letter or digit first, but "$" and "%" count as words. */
    static boolean isTrailing(Token t) {
        String w = t.word();
        return w.isEmpty() || !Character.isLetterOrDigit(w.charAt(0)) && !w.equals("$") && !w.equals("%");
    }

    /** A person or an organisation. */
    static boolean isSpeakerType(Mention m) {
        return "PERSON".equals(m.type()) || "ORGANIZATION".equals(m.type());
    }

    /** A mention that is a pronoun ("He" taken for a name). */
    static boolean isPronoun(Mention m) {
        return Pronouns.FORMS.contains(m.text().toLowerCase(Locale.ROOT));
    }
}
