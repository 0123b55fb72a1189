package org.concord.quote;

import java.util.List;
import java.util.Locale;
import org.concord.annotate.Mention;
import org.concord.annotate.Token;
import org.concord.text.Verbs;

/**
 * Direct quotation: each passage in quotation marks ({@link QuoteMarks}) with the cue that credits it. The cue is a
 * speech verb next to the passage, after it ("…," Lynch said / said the mayor) or before it in the same sentence
 * (Lynch said: "…"), a dash credit ("…" — Ed Mullins) or "according to X". A passage with no cue of its own
 * borrows one: from the passage before it in the paragraph (a split quote), from the last passage of the paragraph
 * before (a quote running over paragraphs), from a paragraph that introduces it ("X said:", "a statement"), from a
 * sentence just before it that ends in a speech verb ("…, Schiff said. “…”"), or from the next part of a quote
 * running over paragraphs. Scare quotes and titles of works in marks are not speech ({@link #speechless}).
 *
 * <p>Sets {@link Found#passageCues()} and the passages' mentions; {@link TranscriptLabel} reads and refines them.
 */
final class DirectQuotation implements QuoteRule {
    /**
     * The most tokens after a closing mark in which its cue is looked for, within the sentence: room for a named
     * subject with a long apposition ('," Scott Pruitt, the Republican attorney general of Oklahoma, one of the states
     * suing the EPA, said').
     */
    private static final int AFTER_WINDOW = 30;
    /** Within this many tokens after the closing mark, any subject the speaker reader finds is taken. */
    private static final int NEAR_WINDOW = 20;

    private final CueWords cueWords;

    DirectQuotation(CueWords cueWords) {
        this.cueWords = cueWords;
    }

    @Override
    public void find(TokenView view, SpeakerReader speakers, Found found) {
        List<QuoteMarks.Passage> passages = view.passages();
        Cue[] cueOf = found.passageCues();
        for (int i = 0; i < passages.size(); i++) {
            cueOf[i] = cueFor(view, speakers, i);
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
                    && passages.get(i - 1).paragraph() == p.paragraph() - 1
                    && view.endsParagraph(passages.get(i - 1))) {
                cueOf[i] = cueOf[i - 1].asBorrowed();
            } else if (p.opensParagraph()) {
                cueOf[i] = introducedBy(view, speakers, p);
            } else {
                cueOf[i] = precededBy(view, speakers, p);
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
        for (int i = 0; i < passages.size(); i++) {
            QuoteMarks.Passage p = passages.get(i);
            if (!speechless(view, p, cueOf[i])) {
                found.putPassage(i, view.mention(p.start(), p.end(), cueOf[i], true));
            }
        }
    }

    /**
     * Scare quotes and titles of works in marks, not speech: a passage of no words, of under four words with no cue
     * of its own (none or borrowed), or in title case with no cue.
     */
    static boolean speechless(TokenView view, QuoteMarks.Passage p, Cue c) {
        int words = view.countWords(p.start(), p.end());
        return words == 0 || (words < 4 && (c == null || c.borrowed()))
                || (c == null && view.isTitleCase(p.start(), p.end()));
    }

    /** The cue of passage i: a speech verb right after it, else right before it in the same sentence. */
    private Cue cueFor(TokenView view, SpeakerReader speakers, int i) {
        List<Token> tokens = view.tokens();
        String text = view.text();
        List<QuoteMarks.Passage> passages = view.passages();
        QuoteMarks.Passage p = passages.get(i);
        Cue credit = dashCredit(view, p);
        if (credit != null) {
            return credit;
        }
        int after = view.firstTokenAtOrAfter(p.end());
        int limit = i + 1 < passages.size() ? passages.get(i + 1).start() : text.length();
        int paraEnd = view.paragraphEnd(p.end());
        limit = Math.min(limit, paraEnd);
        // after: within the rest of the sentence, up to the next quote
        Cue relay = null; // "according to X" after a quote: used when no speech verb names the speaker
        for (int k = after; k < tokens.size() && k < after + AFTER_WINDOW && tokens.get(k).start() < limit; k++) {
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
                    if (c != null && !opensClause(view, after, c.speakerStart())) {
                        c = null;
                    }
                }
                // past the usual reach only a name opening the clause, with its apposition, is the subject
                if (c != null && k >= after + NEAR_WINDOW && (c.kind() != SpeakerKind.NAME
                        || !view.onlyPunctuation(after, view.firstTokenAtOrAfter(c.speakerStart())))) {
                    c = null;
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

    /**
     * Whether the speaker starting at {@code speakerStart} opens the clause after a quote: only punctuation and
     * title words come before it ('," general secretary Marta Ilves said'), no verb or preposition
     * ('," after two officers were killed, said').
     */
    private static boolean opensClause(TokenView view, int from, int speakerStart) {
        List<Token> tokens = view.tokens();
        for (int k = from; k < tokens.size() && tokens.get(k).start() < speakerStart; k++) {
            String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
            if (pos.startsWith("VB") || pos.equals("MD") || pos.equals("IN") || pos.equals("TO")
                    || pos.equals("WDT") || pos.equals("WP")) {
                return false;
            }
        }
        return true;
    }

    /** A quote credited after a dash: '"…" ― Krystal Correa', '"…" — Ed Mullins, union president'. */
    private static Cue dashCredit(TokenView view, QuoteMarks.Passage p) {
        List<Token> tokens = view.tokens();
        String text = view.text();
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
    private static Cue precededBy(TokenView view, SpeakerReader speakers, QuoteMarks.Passage p) {
        List<Token> tokens = view.tokens();
        int to = view.lastTokenBefore(p.start());
        while (to >= 0 && (view.isQuoteMark(to)
                || tokens.get(to).word().equals("``"))) {
            to--;
        }
        if (to < 0 || !TokenView.isSentenceEnd(tokens.get(to))
                || tokens.get(to).end() < view.paragraphStart(p.start())) {
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
    private static Cue introducedBy(TokenView view, SpeakerReader speakers, QuoteMarks.Passage p) {
        List<Token> tokens = view.tokens();
        String text = view.text();
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
        int from = view.firstTokenAtOrAfter(Math.max(prevStart,
                view.sentenceStartBefore(Math.max(prevStart, prevEnd - 1))));
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
        Cue c = speakers.subjectNameIn(from, to + 1);
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
}
