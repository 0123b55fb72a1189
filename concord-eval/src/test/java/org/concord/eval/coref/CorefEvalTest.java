package org.concord.eval.coref;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.TextAnnotator;
import org.concord.annotate.Token;
import org.concord.eval.EvalOptions;
import org.concord.eval.EvalResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The eval gives the system no gold information: not the mention types, not the topics, not the sentence split.
 * A small ECB+ directory, and a stand-in annotator (capitalised words are names, "." ends a sentence) so that the
 * test needs no CoreNLP models.
 */
class CorefEvalTest {
    /** Tokens on word characters and punctuation; a capitalised run is a PERSON; a sentence ends at ".". */
    static final class StubAnnotator implements TextAnnotator {
        final List<String> texts = new ArrayList<>();

        @Override
        public String name() {
            return "stub";
        }

        @Override
        public synchronized Annotation annotate(String text, LocalDate date) {
            texts.add(text);
            List<Sentence> sentences = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            List<Token> toks = new ArrayList<>();
            Matcher m = Pattern.compile("\\w+|[^\\w\\s]").matcher(text);
            int index = 0;
            while (m.find()) {
                String w = m.group();
                boolean cap = Character.isUpperCase(w.charAt(0)) && !toks.isEmpty();
                String pos = w.equals(".") ? "." : w.equals("he") || w.equals("she") ? "PRP"
                        : cap ? "NNP" : "NN";
                toks.add(new Token(index++, m.start(), m.end(), w, w.toLowerCase(java.util.Locale.ROOT), pos,
                        cap ? "PERSON" : "O"));
                if (w.equals(".") || text.indexOf('\n', m.end()) == m.end()) {
                    int si = sentences.size();
                    sentences.add(new Sentence(si, toks.get(0).start(), toks.get(toks.size() - 1).end(), toks));
                    names(text, toks, si, mentions);
                    toks = new ArrayList<>();
                }
            }
            if (!toks.isEmpty()) {
                int si = sentences.size();
                sentences.add(new Sentence(si, toks.get(0).start(), toks.get(toks.size() - 1).end(), toks));
                names(text, toks, si, mentions);
            }
            return new Annotation(sentences, mentions, List.of());
        }

        private static void names(String text, List<Token> toks, int sentence, List<Mention> out) {
            for (int i = 0; i < toks.size(); i++) {
                if (!toks.get(i).ner().equals("PERSON")) {
                    continue;
                }
                int j = i;
                while (j + 1 < toks.size() && toks.get(j + 1).ner().equals("PERSON")) {
                    j++;
                }
                out.add(new Mention(toks.get(i).start(), toks.get(j).end(),
                        text.substring(toks.get(i).start(), toks.get(j).end()), "PERSON", sentence));
                i = j;
            }
        }
    }

    private static final String[][] DOCS = {
        {"1", "1_1ecb", "Tara Reid checked into rehab at Promises in Malibu .", "Reid entered rehab on Tuesday ."},
        {"1", "1_2ecb", "Actress Tara Reid entered Promises , a rehab clinic in Malibu .", "Reid checked in ."},
        {"1", "1_3ecb", "Reid checked into Promises in Malibu , her publicist said .", "Tara Reid is in rehab ."},
        {"2", "2_1ecb", "A storm hit the coast of Texas and flooded Houston streets .", "Houston closed schools ."},
        {"2", "2_2ecb", "Floods closed Houston schools after the storm hit Texas .", "The storm hit Texas hard ."},
    };

    /** Writes the documents: tokens, one mention per capitalised run (gold cluster: its last word). */
    private static Path write(Path root, Map<String, String> topicOf, boolean otherTags) throws IOException {
        for (String[] d : DOCS) {
            Path dir = root.resolve("ECB+").resolve(topicOf.getOrDefault(d[1], d[0]));
            Files.createDirectories(dir);
            StringBuilder tokens = new StringBuilder();
            StringBuilder markables = new StringBuilder();
            StringBuilder relations = new StringBuilder();
            int t = 0;
            int mid = 0;
            for (int s = 2; s < d.length; s++) {
                String[] words = d[s].split(" ");
                for (int i = 0; i < words.length; i++) {
                    t++;
                    tokens.append("<token t_id=\"").append(t).append("\" sentence=\"").append(s - 2)
                            .append("\" number=\"").append(i).append("\">").append(words[i]).append("</token>\n");
                    boolean cap = Character.isUpperCase(words[i].charAt(0)) && i > 0;
                    boolean verb = words[i].equals("checked") || words[i].equals("entered") || words[i].equals("hit");
                    if (cap || verb) {
                        mid++;
                        String tag = verb ? "ACTION_OCCURRENCE" : otherTags ? "NON_HUMAN_PART" : "HUMAN_PART_PER";
                        markables.append("<").append(tag).append(" m_id=\"").append(mid).append("\">")
                                .append("<token_anchor t_id=\"").append(t).append("\"/></").append(tag).append(">\n");
                        String instance = (verb ? "ACT" : "HUM") + d[0] + words[i].toLowerCase(java.util.Locale.ROOT);
                        relations.append("<CROSS_DOC_COREF r_id=\"").append(mid).append("\" note=\"")
                                .append(instance).append("\"><source m_id=\"").append(mid).append("\"/>")
                                .append("</CROSS_DOC_COREF>\n");
                    }
                }
            }
            Files.writeString(dir.resolve(d[1] + ".xml"), "<Document doc_name=\"" + d[1] + ".xml\">\n" + tokens
                    + "<Markables>\n" + markables + "</Markables>\n<Relations>\n" + relations
                    + "</Relations>\n</Document>\n", StandardCharsets.UTF_8);
        }
        return root;
    }

    private static EvalResult run(CorefEval task, Path data, String system, StubAnnotator a) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        return task.withAnnotator(() -> a).run(data, "test", system,
                new EvalOptions(0, 1, new PrintStream(log, true, StandardCharsets.UTF_8)));
    }

    @Test
    void goldMentionTypesDoNotReachTheSystem(@TempDir Path tmp) throws IOException {
        Path persons = write(tmp.resolve("a"), Map.of(), false);
        Path things = write(tmp.resolve("b"), Map.of(), true);
        EvalResult a = run(CorefEval.entities(), persons, "concord", new StubAnnotator());
        EvalResult b = run(CorefEval.entities(), things, "concord", new StubAnnotator());
        assertEquals(a.metrics(), b.metrics());
        assertTrue(a.metrics().get("muc_f1") > 0, "the names are resolved: " + a.metrics());
    }

    @Test
    void goldTopicsDoNotReachTheSystemButTheReferenceBaselineUsesThem(@TempDir Path tmp) throws IOException {
        Path given = write(tmp.resolve("a"), Map.of(), false);
        Path moved = write(tmp.resolve("b"), Map.of("1_3ecb", "7"), false);
        for (CorefEval task : List.of(CorefEval.entities(), CorefEval.events())) {
            for (String system : List.of("concord", "lemma")) {
                assertEquals(run(task, given, system, new StubAnnotator()).metrics(),
                        run(task, moved, system, new StubAnnotator()).metrics(), task.name() + " " + system);
            }
        }
        assertNotEquals(run(CorefEval.events(), given, "lemma-gold-topics", new StubAnnotator()).metrics(),
                run(CorefEval.events(), moved, "lemma-gold-topics", new StubAnnotator()).metrics());
    }

    @Test
    void theSystemReadsRunningTextNotTheCorpusSentences(@TempDir Path tmp) throws IOException {
        StubAnnotator a = new StubAnnotator();
        run(CorefEval.events(), write(tmp, Map.of(), false), "concord", a);
        assertEquals(DOCS.length, a.texts.size());
        assertTrue(a.texts.contains("Tara Reid checked into rehab at Promises in Malibu. Reid entered rehab on "
                + "Tuesday."), a.texts.toString());
    }
}
