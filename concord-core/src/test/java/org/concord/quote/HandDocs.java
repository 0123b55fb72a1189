package org.concord.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Token;
import org.concord.model.Document;

/**
 * Hand-annotated documents for the quote rule tests, built without CoreNLP. Each argument of {@link #doc} is one
 * paragraph (a line of the text) of space-separated tokens:
 * <ul>
 * <li>{@code word/TAG}, {@code word/TAG=lemma}, {@code word/TAG/NER} or {@code word/TAG=lemma/NER}: a word with its
 * part of speech, lemma (default: the word in lower case) and entity type (a run of one type in a sentence is one
 * mention of that type, and a run of DATE or TIME also a time expression);</li>
 * <li>punctuation alone ({@code ,} {@code .} {@code :} {@code “} {@code ”} {@code —}): tagged as CoreNLP does
 * ({@code ``} and {@code ''} for the marks);</li>
 * <li>any other bare word: a common noun ({@code NN}), for quoted content whose tags no rule reads;</li>
 * <li>{@code |}: a sentence break with no text.</li>
 * </ul>
 * A sentence also ends after ".", "?" or "!" (and the closing marks right after it) and at the end of a paragraph.
 * The text is spaced as news prints it: no space before closing punctuation, none after an opening mark.
 */
final class HandDocs {
    private static final Set<String> NO_SPACE_BEFORE = Set.of(",", ".", ":", ";", "?", "!", "”", "'s", "n't", ")",
            "%");
    private static final Set<String> NO_SPACE_AFTER = Set.of("“", "(", "$");
    private static final Set<String> ENDS = Set.of(".", "?", "!");

    private HandDocs() {
    }

    /** The document of the given paragraphs, with id "d". */
    static AnnotatedDocument doc(String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Token> sentence = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (int p = 0; p < paragraphs.length; p++) {
            if (p > 0) {
                text.append('\n');
            }
            boolean glue = true; // no space before the first token of a paragraph
            String[] items = paragraphs[p].trim().split(" +");
            for (int i = 0; i < items.length; i++) {
                String item = items[i];
                if (item.equals("|")) {
                    close(text, sentence, types, sentences, mentions);
                    continue;
                }
                String[] t = parse(item);
                if (!glue && !NO_SPACE_BEFORE.contains(t[0])) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(t[0]);
                sentence.add(new Token(sentence.size(), start, text.length(), t[0], t[2], t[1], t[3]));
                types.add(t[3]);
                glue = NO_SPACE_AFTER.contains(t[0]);
                boolean end = ENDS.contains(t[0]) || t[0].equals("”") && !sentence.isEmpty() && sentence.size() > 1
                        && ENDS.contains(sentence.get(sentence.size() - 2).word());
                boolean closingMarkNext = i + 1 < items.length && items[i + 1].equals("”");
                if (end && !closingMarkNext) {
                    close(text, sentence, types, sentences, mentions);
                }
            }
            close(text, sentence, types, sentences, mentions);
        }
        Document d = new Document("d", "d.txt", "test", null, null, false, text.toString(), List.of(), null);
        // a run tagged DATE or TIME is also a time expression, as SUTime gives them
        List<org.concord.annotate.Timex> timexes = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.type().equals("DATE") || m.type().equals("TIME")) {
                timexes.add(new org.concord.annotate.Timex(m.start(), m.end(), m.text(), m.type(), null,
                        m.sentence()));
            }
        }
        return new AnnotatedDocument(d, new Annotation(sentences, mentions, timexes));
    }

    /** {word, tag, lemma, ner} of one item. */
    private static String[] parse(String item) {
        String[] parts = item.split("/");
        String word = parts[0].replace('_', ' ');
        if (parts.length == 1) {
            String tag = switch (word) {
                case "“" -> "``";
                case "”" -> "''";
                case "—", "–", "--" -> ":";
                default -> Character.isLetterOrDigit(word.charAt(0)) ? "NN" : word;
            };
            return new String[] {word, tag, word.toLowerCase(Locale.ROOT), "O"};
        }
        String tag = parts[1];
        String lemma = word.toLowerCase(Locale.ROOT);
        int eq = tag.indexOf('=');
        if (eq > 0) {
            lemma = tag.substring(eq + 1);
            tag = tag.substring(0, eq);
        }
        return new String[] {word, tag, lemma, parts.length > 2 ? parts[2] : "O"};
    }

    /** Ends the sentence being built, if any: adds it and its mentions. */
    private static void close(StringBuilder text, List<Token> tokens, List<String> types, List<Sentence> sentences,
                              List<Mention> mentions) {
        if (tokens.isEmpty()) {
            return;
        }
        int index = sentences.size();
        for (int i = 0; i < tokens.size(); i++) {
            String type = types.get(i);
            if (type.equals("O")) {
                continue;
            }
            int j = i;
            while (j + 1 < tokens.size() && types.get(j + 1).equals(type)) {
                j++;
            }
            int s = tokens.get(i).start();
            int e = tokens.get(j).end();
            mentions.add(new Mention(s, e, text.substring(s, e), type, index));
            i = j;
        }
        sentences.add(new Sentence(index, tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
                List.copyOf(tokens)));
        tokens.clear();
        types.clear();
    }

    /** What a list of rules finds in {@code doc}, in the order {@link Found#all()} lists it (statement mode). */
    static List<QuoteMention> run(AnnotatedDocument doc, QuoteRule... rules) {
        TokenView view = new TokenView(doc);
        SpeakerReader speakers = new SpeakerReader(view);
        Found found = new Found(view.passages().size());
        for (QuoteRule rule : rules) {
            rule.find(view, speakers, found);
        }
        return found.all();
    }

    /** The cue words of statement mode: speech and reporting verbs only, no learned cue. */
    static CueWords statementCues() {
        return new CueWords(CueLexicon.standard(), false);
    }

    /** A mention as "content | speaker | kind | cue" for compact assertions. */
    static String show(QuoteMention m) {
        return m.text() + " | " + m.speaker() + " | " + m.speakerKind().json() + " | " + m.cue();
    }

    /** {@link #show} of each mention. */
    static List<String> show(List<QuoteMention> ms) {
        return ms.stream().map(HandDocs::show).toList();
    }
}
