package org.concord.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.TextAnnotator;
import org.concord.annotate.Token;

/**
 * A small annotator for pipeline and server tests (other modules take it from concord-core's test-jar), with no models: sentences end at '.', '!' or '?' before white space, or at
 * a line break; tokens are words, numbers and single symbols; a run of two or more capitalised words not opening
 * a sentence is a PERSON mention. Counts its calls.
 */
public final class PlainAnnotator implements TextAnnotator {
    private static final Pattern TOKEN = Pattern.compile("\\p{L}+(?:'\\p{L}+)?|\\p{N}+|\\S");
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public String name() {
        return "plain-test-1";
    }

    @Override
    public Annotation annotate(String text, LocalDate documentDate) {
        calls.incrementAndGet();
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || text.charAt(i) == '\n'
                    || (".!?".indexOf(text.charAt(i)) >= 0 && (i + 1 == text.length()
                    || Character.isWhitespace(text.charAt(i + 1))));
            if (!end) {
                continue;
            }
            int stop = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
            if (!text.substring(start, stop).isBlank()) {
                sentences.add(sentence(text, start, stop, sentences.size(), mentions));
            }
            start = stop;
        }
        return new Annotation(sentences, mentions, List.of());
    }

    private static Sentence sentence(String text, int start, int end, int index, List<Mention> mentions) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text).region(start, end);
        while (m.find()) {
            String w = m.group();
            boolean cap = Character.isUpperCase(w.charAt(0));
            tokens.add(new Token(tokens.size(), m.start(), m.end(), w, w.toLowerCase(Locale.ROOT),
                    cap ? "NNP" : Character.isLetter(w.charAt(0)) ? "NN" : w, "O"));
        }
        List<Token> named = new ArrayList<>();
        for (int k = 0; k <= tokens.size(); k++) {
            Token t = k < tokens.size() ? tokens.get(k) : null;
            if (t != null && k > 0 && t.pos().equals("NNP")) {
                named.add(t);
                continue;
            }
            if (named.size() >= 2) {
                int s = named.get(0).start();
                int e = named.get(named.size() - 1).end();
                mentions.add(new Mention(s, e, text.substring(s, e), "PERSON", index));
            }
            named.clear();
        }
        return new Sentence(index, start, end, tokens);
    }
}
