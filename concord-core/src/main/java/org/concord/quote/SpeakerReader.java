package org.concord.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.resolve.RoleWords;
import org.concord.text.Pronouns;
import org.concord.text.Verbs;

/**
 * Reads the speaker of a cue in one document: the subject before a speech verb (within {@value #SUBJECT_WINDOW}
 * tokens), the speaker after an inverted one ("said Lynch"), the owner of a cue noun ("his claim"), the source of
 * "according to X". A speaker is a named person or organisation, a title or description ("the mayor", "the head of
 * the union"), an anonymous source ("a source", "officials who asked not to be named") or a pronoun, resolved to
 * the first person named in the nearest earlier sentence that names one (the usual newspaper referent). Made for
 * one {@link TokenView}; token arguments are its token indexes.
 */
final class SpeakerReader {
    /** An anonymous source: "a senior official", "sources said", "who asked not to be named". */
    private static final Pattern ANON = Pattern.compile("(?i)\\b(?:(?:a|an|one|two|three|several|some|other|"
            + "another|the)\\s+(?:[a-z-]+\\s+){0,4}(?:sources?|officials?|aides?|insiders?|persons?|people|"
            + "attendees?|participants?|members?|officers?|employees?|staffers?|witness(?:es)?|observers?)\\b|"
            + "\\bsources?\\b(?=\\s+(?:said|say|says|told|familiar|close|with|who))|^\\s*sources?\\b|"
            + "\\bwho (?:asked|requested|spoke on condition|declined to be|was not authorized|were not authorized)"
            + "|\\banonymity\\b|^\\s*(?:officials|insiders|aides|people familiar)\\b)");
    /** A title or description with "the": "the mayor", "the police commissioner", "the statement". */
    private static final Pattern TITLE = Pattern.compile("(?i)\\bthe\\s+((?:[a-z'-]+\\s+){0,3}(?:mayor|commissioner|"
            + "president|governor|senator|chief|spokesman|spokeswoman|spokesperson|secretary|minister|director|"
            + "chairman|chairwoman|chair|leader|head|official|judge|prosecutor|sheriff|captain|lawyer|attorney|"
            + "manager|ceo|founder|owner|coach|councilman|councilwoman|representative|congressman|congresswoman|"
            + "inspector|superintendent|detective|sergeant|lieutenant|union|company|department|agency|office|"
            + "ministry|police|statement|report))\\b");
    /** A bare group that speaks for an organisation: "police", "union officials". */
    private static final Pattern BODY = Pattern.compile("(?i)(?:[a-z-]+\\s+)?(police|union|company|council|"
            + "government|ministry|department|agency|prosecutors|authorities|operator)(?:\\s+(?:officials?|officers?|"
            + "spokesm[ae]n|spokeswom[ae]n|leaders?|executives?|representatives?|sources?))?");

    /** An acronym the tagger may leave untagged ("HTU"). */
    /** Subordinating conjunctions tagged IN: the name after one is the subject of its clause ("after Smith said"). */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "because", "while", "if", "although",
            "though", "as", "since", "until", "whereas", "once", "that", "whether", "unless");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");
    /**
     * The most tokens before a speech verb in which its subject is looked for: far more than a news subject clause
     * spans (the quotes regressions and the demo and seed reports are unchanged by it), and it keeps a run of cues
     * linear in its length.
     */
    static final int SUBJECT_WINDOW = 80;

    private final TokenView view;
    private final List<Token> tokens;
    private final String text;
    private final SubjectPhrase phrases;

    SpeakerReader(TokenView view) {
        this.view = view;
        this.tokens = view.tokens();
        this.text = view.text();
        this.phrases = new SubjectPhrase(view);
    }

    /** The speaker before a speech verb, within [from, verb): a name, a pronoun, a title or an anonymous source. */
    Cue subjectBefore(int from, int verb) {
        if (from < 0 || verb <= from) {
            return null;
        }
        // bounded look-back: each cue reads at most SUBJECT_WINDOW tokens, so a run of cues ("said said …")
        // costs time linear in its length, not quadratic
        int clauseStart = Math.max(from, verb - SUBJECT_WINDOW);
        Cue role = roleOf(clauseStart, verb);
        if (role != null) {
            return role;
        }
        Cue named = subjectName(clauseStart, verb);
        if (named != null) {
            return named.at(view, verb);
        }
        for (int k = verb - 1; k >= clauseStart && k >= verb - 3; k--) {
            String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
            if (Pronouns.SPEAKERS.contains(w)) {
                return pronoun(verb, k);
            }
        }
        String phrase = text.substring(tokens.get(clauseStart).start(), tokens.get(verb - 1).end());
        Cue c = phraseCue(verb, phrase, tokens.get(clauseStart).start());
        return c != null ? c : nounPhraseBefore(clauseStart, verb);
    }

    /**
     * The named subject of the speech verb at {@code verb}: the last person named before it with no other verb
     * in between ("…, de Blasio said"), else the first person of the clause ("Lynch, who said …, said"),
     * else an organisation.
     */
    private Cue subjectName(int from, int verb) {
        if (from < 0 || verb <= from) {
            return null;
        }
        int s = tokens.get(from).start();
        int e = tokens.get(verb - 1).end();
        Mention last = null;
        for (Mention m : view.mentionsStartingIn(s, e)) {
            if ("PERSON".equals(m.type()) && m.start() >= s && m.end() <= e && !view.insideQuote(m.start())
                    && !TokenView.isPronoun(m)) {
                last = m;
            }
        }
        if (last != null) {
            boolean verbBetween = false;
            for (int k = verb - 1; k >= from && tokens.get(k).start() >= last.end(); k--) {
                String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
                if (pos.startsWith("VB") || pos.equals("MD")) {
                    verbBetween = true;
                    break;
                }
            }
            if (!verbBetween && !objectOfPreposition(last, verb)) {
                return Cue.ofSpeaker(last.text(), last.start(), last.end(), SpeakerKind.NAME);
            }
        }
        Cue plural = pluralSubject(from, verb);
        return plural != null ? plural : nameIn(from, verb);
    }

    /**
     * A plural common noun phrase that is the subject of the verb ({@link SubjectPhrase#plural}): the phrase itself
     * is the speaker (an anonymous source when it reads as one), not a person named earlier in the sentence.
     */
    private Cue pluralSubject(int from, int verb) {
        SubjectPhrase.Span np = phrases.plural(from, verb);
        if (np == null) {
            return null;
        }
        String phrase = text.substring(np.start(), np.end());
        Cue c = phraseCue(verb, phrase, np.start());
        return c != null ? c : Cue.at(view, verb, phrase, np.start(), np.end(), SpeakerKind.TITLE);
    }

    /**
     * Whether the person named by {@code m} is the object of a preposition and not the subject of the cue at token
     * {@code verb}: a preposition comes right before the name ("the death of Terence Crutcher in Tulsa, arguing"),
     * and something other than adverbs and commas stands between the name and the verb. A subordinating
     * conjunction opens a clause whose subject the name is ("after Smith said"), so it does not count.
     */
    private boolean objectOfPreposition(Mention m, int verb) {
        int before = view.lastTokenBefore(m.start());
        if (before < 0) {
            return false;
        }
        Token p = tokens.get(before);
        String pos = p.pos() == null ? "" : p.pos();
        if (!(pos.equals("IN") || pos.equals("TO"))
                || SUBORDINATORS.contains(p.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = view.firstTokenAtOrAfter(m.end()); k >= 0 && k < verb; k++) {
            String q = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
            if (!(q.startsWith("RB") || tokens.get(k).word().equals(","))) {
                return true;
            }
        }
        return false;
    }

    /** The first named person in tokens [from, to), else the last organisation: the speaker of a clause. */
    private Cue nameIn(int from, int to) {
        if (from < 0 || to <= from) {
            return null;
        }
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        Mention org = null;
        for (Mention m : view.mentionsStartingIn(s, e)) {
            if (m.start() >= s && m.end() <= e && !view.insideQuote(m.start()) && !TokenView.isPronoun(m)) {
                if ("PERSON".equals(m.type())) {
                    return Cue.ofSpeaker(m.text(), m.start(), m.end(), SpeakerKind.NAME);
                }
                if (TokenView.isSpeakerType(m)) {
                    org = m;
                }
            }
        }
        if (org == null) {
            // an acronym the tagger left untagged ("The HTU said"): resolved later against the story's entities
            for (int k = from; k < to; k++) {
                Token t = tokens.get(k);
                if (t.pos() != null && t.pos().startsWith("NNP") && ACRONYM.matcher(t.word()).matches()
                        && !view.insideQuote(t.start())) {
                    return Cue.ofSpeaker(t.word(), t.start(), t.end(), SpeakerKind.NAME);
                }
            }
        }
        if (org != null) {
            Matcher an = ANON.matcher(text.substring(s, e));
            if (an.find()) {
                return null; // "a source at the PBA": the organisation is not the speaker
            }
            return Cue.ofSpeaker(org.text(), org.start(), org.end(), SpeakerKind.NAME);
        }
        return null;
    }

    /** The first person or organisation named in tokens [from, to): the subject of an introducing sentence. */
    Cue firstNameIn(int from, int to) {
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        for (Mention m : view.mentionsStartingIn(s, e)) {
            if (m.start() >= s && m.end() <= e && TokenView.isSpeakerType(m) && !TokenView.isPronoun(m)
                    && !view.insideQuote(m.start())) {
                return Cue.ofSpeaker(m.text(), m.start(), m.end(), SpeakerKind.NAME);
            }
        }
        return null;
    }

    /**
     * The first person or organisation named in tokens [from, to) in subject position (followed by its verb, ", who"
     * or an apposition), else the first one named: the subject of an introducing sentence, not the first name it
     * mentions ("Though she called Wells Fargo's behavior outrageous, Clinton restricted …" is Clinton's).
     */
    Cue subjectNameIn(int from, int to) {
        int s = tokens.get(from).start();
        int e = tokens.get(to - 1).end();
        for (Mention m : view.mentionsStartingIn(s, e)) {
            if (m.start() >= s && m.end() <= e && TokenView.isSpeakerType(m) && !TokenView.isPronoun(m)
                    && !view.insideQuote(m.start()) && isSubject(m)) {
                return Cue.ofSpeaker(m.text(), m.start(), m.end(), SpeakerKind.NAME);
            }
        }
        return firstNameIn(from, to);
    }

    /** A subject that is a role, not a name: "The head of the Patrolmen's Benevolent Association, …, said". */
    private Cue roleOf(int from, int verb) {
        int k = from;
        while (k < verb && !tokens.get(k).word().chars().anyMatch(Character::isLetterOrDigit)) {
            k++;
        }
        if (k < verb && tokens.get(k).word().equalsIgnoreCase("the")) {
            k++;
        }
        if (k + 1 >= verb || !RoleWords.isRole(tokens.get(k).word())
                || !tokens.get(k + 1).word().equals("of")) {
            return null;
        }
        int end = k + 2;
        while (end < verb && !tokens.get(end).word().equals(",")) {
            end++;
        }
        if (end - k > 10) {
            return null;
        }
        int s = tokens.get(k).start();
        int e = tokens.get(end - 1).end();
        return Cue.at(view, verb, text.substring(s, e), s, e, SpeakerKind.TITLE);
    }

    /**
     * The speaker a phrase (starting at offset {@code offset}) describes: an anonymous source, a title ("the
     * mayor") or a group that speaks for an organisation ("police"), or null.
     */
    private Cue phraseCue(int verb, String phrase, int offset) {
        Matcher an = ANON.matcher(phrase);
        if (an.find()) {
            return Cue.at(view, verb, "anonymous source", offset + an.start(), offset + an.end(),
                    SpeakerKind.ANONYMOUS);
        }
        Matcher ti = TITLE.matcher(phrase);
        if (ti.find()) {
            return Cue.at(view, verb, "the " + ti.group(1).toLowerCase(Locale.ROOT).strip(), offset + ti.start(),
                    offset + ti.end(), SpeakerKind.TITLE);
        }
        // a bare group that speaks for an organisation: "police said", "union officials said"
        Matcher body = BODY.matcher(phrase.strip());
        if (body.matches()) {
            int at = phrase.indexOf(body.group(1));
            return Cue.at(view, verb, "the " + body.group(1).toLowerCase(Locale.ROOT), offset + at,
                    offset + at + body.group(1).length(), SpeakerKind.TITLE);
        }
        return null;
    }

    /**
     * A plain noun phrase right before the verb ("The Democratic nominee says", "63 percent said",
     * "Republicans said"): the speaker as written, to be resolved against the story's entities if it can be.
     */
    private Cue nounPhraseBefore(int from, int verb) {
        int k = verb - 1;
        while (k >= from && (tokens.get(k).pos().equals("RB") || tokens.get(k).pos().equals("MD")
                || tokens.get(k).pos().startsWith("VB") && k == verb - 1 && TokenView.isAuxiliary(tokens.get(k)))) {
            k--; // "also said", "has said", "would say"
        }
        int end = k;
        boolean noun = false;
        while (k >= from && end - k < 8) {
            String pos = tokens.get(k).pos();
            if (pos.startsWith("NN") || pos.equals("CD")) {
                noun = true;
            } else if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.equals("PRP$") || pos.equals("POS")
                    || pos.equals("HYPH") || pos.equals("NNP"))) {
                break;
            }
            k--;
        }
        int start = k + 1;
        if (!noun || start > end) {
            return null;
        }
        // the phrase must be the clause's subject: it starts the clause or follows a comma or conjunction
        if (start > from) {
            String before = tokens.get(start - 1).word();
            String bpos = tokens.get(start - 1).pos();
            if (!before.equals(",") && !bpos.equals("CC") && !before.equals(";") && !before.equals(":")
                    && !QuoteMarks.isQuoteChar(before.charAt(0)) && !before.equals("''")) {
                return null;
            }
        }
        int s = tokens.get(start).start();
        int e = tokens.get(end).end();
        return Cue.at(view, verb, text.substring(s, e), s, e, SpeakerKind.TITLE);
    }

    /** The speaker right after a speech verb: "said Lynch", "said the mayor", "said a source". */
    Cue objectAfter(int verb, int limit) {
        int k = verb + 1;
        if (k >= tokens.size() || tokens.get(k).start() >= limit) {
            return null;
        }
        Token t = tokens.get(k);
        String w = t.word().toLowerCase(Locale.ROOT);
        if (Pronouns.SPEAKERS.contains(w)) {
            return pronoun(verb, k);
        }
        // a name may come after a title word or two ("said Sgt. Ed Mullins", "said spokesman Phil Walzak")
        for (int j = k; j < Math.min(k + 4, tokens.size()) && tokens.get(j).start() < limit; j++) {
            Mention m = view.mentionStartingAt(tokens.get(j).start());
            if (m != null && TokenView.isSpeakerType(m)) {
                Mention person = phrases.personModified(m, limit);
                Mention who = person != null ? person : m;
                return Cue.at(view, verb, who.text(), who.start(), who.end(), SpeakerKind.NAME);
            }
            if (tokens.get(j).word().equals(",")) {
                break;
            }
        }
        int end = view.clauseEnd(k, limit);
        if (end > k) {
            String phrase = text.substring(tokens.get(k).start(), tokens.get(end - 1).end());
            Cue c = phraseCue(verb, phrase, tokens.get(k).start());
            if (c != null) {
                return c;
            }
            return nounPhraseAfter(verb, k, end); // "said the ruling"
        }
        return null;
    }

    /** A determiner noun phrase right after an inverted speech verb, as written: "said the ruling". */
    private Cue nounPhraseAfter(int verb, int k, int end) {
        if (!tokens.get(k).pos().equals("DT")) {
            return null;
        }
        int j = k + 1;
        int lastNoun = -1;
        while (j < end && j - k < 6) {
            String pos = tokens.get(j).pos();
            if (pos.startsWith("NN")) {
                lastNoun = j;
            } else if (!pos.startsWith("JJ") && !pos.equals("POS") && !pos.equals("CD") && !pos.equals("HYPH")) {
                break;
            }
            j++;
        }
        if (lastNoun < 0) {
            return null;
        }
        int s0 = tokens.get(k).start();
        int e0 = tokens.get(lastNoun).end();
        return Cue.at(view, verb, text.substring(s0, e0), s0, e0, SpeakerKind.TITLE);
    }

    /**
     * The subject right before a cue verb, as written: the noun phrase, pronoun or relative pronoun ("who",
     * "which") that ends where the verb's adverbs and auxiliaries begin ("Trump has repeatedly criticized",
     * "leaders who want"). Its span is the source; a person or organisation named in it is the speaker's name.
     */
    Cue localSubject(int first, int verb) {
        int j = verb - 1;
        while (j >= first) {
            Token t = tokens.get(j);
            String w = t.word().toLowerCase(Locale.ROOT);
            if (t.pos().equals("RB") || t.pos().equals("MD") || w.equals("not") || w.equals("n't")
                    || t.pos().startsWith("VB") && TokenView.isAuxiliary(t)) {
                j--;
            } else {
                break;
            }
        }
        if (j < first) {
            return null;
        }
        Token t = tokens.get(j);
        String pos = t.pos();
        String w = t.word().toLowerCase(Locale.ROOT);
        if (pos.equals("CC") && j > first) {
            // "X criticized A and called for B": the subject of the first verb
            Cue c = mainSubject(first, j);
            return c == null ? null : c.at(view, verb);
        }
        if (pos.equals("PRP")) {
            Cue c = pronoun(verb, j);
            return c != null ? c : Cue.at(view, verb, null, t.start(), t.end(), SpeakerKind.PRONOUN);
        }
        if (pos.equals("WP")) {
            return Cue.at(view, verb, null, t.start(), t.end(), SpeakerKind.TITLE); // "who": PolNeAR's source
        }
        if (pos.equals("WDT") && (w.equals("that") || w.equals("which"))) {
            // "a program that allows": the noun phrase the relative clause hangs on
            int a = j - 1;
            if (a > first && tokens.get(a).word().equals(",")) {
                a--;
            }
            Cue c = a >= first ? localSubject(first, a + 1) : null;
            return c == null ? null : c.at(view, verb);
        }
        if (!(pos.startsWith("NN") || pos.equals("CD"))) {
            return null;
        }
        int start = j;
        while (start - 1 >= first && j - start < 8) {
            String p = tokens.get(start - 1).pos();
            if (p.startsWith("NN") || p.startsWith("JJ") || p.equals("DT") || p.equals("PRP$")
                    || p.equals("POS") || p.equals("CD") || p.equals("HYPH") || p.equals("NNP")) {
                start--;
            } else {
                break;
            }
        }
        int s0 = tokens.get(start).start();
        int e0 = t.end();
        Mention named = null;
        for (Mention m : view.mentionsStartingIn(s0, e0)) {
            if (m.start() >= s0 && m.end() <= e0 && TokenView.isSpeakerType(m) && !TokenView.isPronoun(m)) {
                named = m;
            }
        }
        if (named != null) {
            return Cue.at(view, verb, named.text(), s0, e0, SpeakerKind.NAME);
        }
        return Cue.at(view, verb, text.substring(s0, e0), s0, e0, SpeakerKind.TITLE);
    }

    /** The owner of a cue noun: "his claim that", "Trump's call for", "the group's demand". */
    Cue possessor(int first, int noun) {
        int j = noun - 1;
        while (j >= first && tokens.get(j).pos().startsWith("JJ")) {
            j--;
        }
        if (j < first) {
            return null;
        }
        Token t = tokens.get(j);
        if (t.pos().equals("PRP$")) {
            Cue c = pronoun(noun, j);
            return c != null && c.speaker() != null ? c : Cue.at(view, noun, null, t.start(), t.end(),
                    SpeakerKind.PRONOUN);
        }
        if (!t.pos().equals("POS") || j - 1 < first) {
            return null;
        }
        Cue owner = localSubject(first, j); // the noun phrase before the "'s"
        return owner == null ? null : owner.at(view, noun);
    }

    /** The subject of the first finite verb in [first, limit): "Authorities announced … and said …". */
    Cue mainSubject(int first, int limit) {
        int j = first + 1 > tokens.size() ? Integer.MAX_VALUE : view.nextFinite(Math.max(0, first + 1));
        return j < limit ? subjectBefore(first, j) : null;
    }

    /** A pronoun subject, resolved to the first person named in the nearest earlier sentence that names one. */
    private Cue pronoun(int verb, int k) {
        Token p = tokens.get(k);
        String form = p.word().toLowerCase(Locale.ROOT);
        String w = Pronouns.subjectForm(form); // "their call" is a "they" speaking
        if (w.equals("i") || w.equals("we")) {
            return Cue.at(view, verb, null, p.start(), p.end(), SpeakerKind.PRONOUN);
        }
        if (w.equals("it") && (verb < 0 || !TokenView.isSpeechVerb(tokens.get(verb), Verbs.REPORT))) {
            return null; // "it shows", "it seems": not an organisation speaking
        }
        Mention antecedent = antecedent(p.start(), w.equals("they") || w.equals("it"));
        return Cue.at(view, verb, antecedent == null ? null : antecedent.text(), p.start(), p.end(),
                SpeakerKind.PRONOUN);
    }

    /**
     * The antecedent of a pronoun at offset {@code pos}: the first fitting mention before it in its sentence, else
     * in the nearest of the six sentences before that names one (a subject there first).
     */
    private Mention antecedent(int pos, boolean plural) {
        Sentence here = view.sentenceAt(pos);
        int si = here == null ? view.sentences().size() : here.index();
        // same sentence, before the pronoun
        Mention best = null;
        if (here != null) {
            for (Mention m : view.mentionsStartingIn(here.start(), pos)) {
                if (m.start() >= here.start() && m.end() <= pos && !view.insideQuote(m.start()) && fits(m, plural)) {
                    best = best == null ? m : best;
                }
            }
            if (best != null) {
                return best;
            }
        }
        for (int s = si - 1; s >= 0 && s >= si - 6; s--) {
            Sentence sent = view.sentences().get(s);
            Mention first = null;
            for (Mention m : view.mentionsStartingIn(sent.start(), sent.end())) {
                if (m.start() >= sent.start() && m.end() <= sent.end() && !view.insideQuote(m.start())
                        && fits(m, plural)) {
                    if (isSubject(m)) {
                        return m;
                    }
                    first = first == null ? m : first;
                }
            }
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    /** A mention in subject position: followed by a verb, ", who" or an apposition (", president of …"). */
    private boolean isSubject(Mention m) {
        int k = view.firstTokenAtOrAfter(m.end());
        if (k >= tokens.size()) {
            return false;
        }
        String pos = tokens.get(k).pos() == null ? "" : tokens.get(k).pos();
        if (pos.startsWith("VB") || pos.equals("MD")) {
            return true;
        }
        if (tokens.get(k).word().equals(",") && k + 1 < tokens.size()) {
            Token n = tokens.get(k + 1);
            String np = n.pos() == null ? "" : n.pos();
            return n.word().equalsIgnoreCase("who") || np.equals("DT") || np.startsWith("NN") || np.equals("JJ")
                    || np.equals("CD");
        }
        return false;
    }

    /** A name a pronoun can stand for: an organisation for "they" and "it", a person otherwise. */
    private static boolean fits(Mention m, boolean plural) {
        if (TokenView.isPronoun(m)) {
            return false;
        }
        return plural ? "ORGANIZATION".equals(m.type()) : "PERSON".equals(m.type());
    }

    /**
     * The source of "according to" at token {@code k}, read from the phrase after it up to the clause end or
     * offset {@code limit}: an anonymous source, else a name, else a title; null when there is none.
     */
    Cue accordingTo(int k, int limit) {
        int start = k + 2;
        if (start >= tokens.size()) {
            return null;
        }
        int end = view.clauseEnd(start, limit);
        if (end <= start) {
            return null;
        }
        Cue named = nameIn(start, end);
        String phrase = text.substring(tokens.get(start).start(), tokens.get(end - 1).end());
        Cue anon = phraseCue(k, phrase, tokens.get(start).start());
        if (anon != null && anon.kind() == SpeakerKind.ANONYMOUS) {
            return anon;
        }
        if (named != null) {
            return Cue.twoWords(view, k, named.speaker(), named.speakerStart(), named.speakerEnd(), named.kind());
        }
        return anon;
    }
}
