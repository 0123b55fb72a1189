package org.concord.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.concord.annotate.Annotation;
import org.concord.ingest.RawArticle;
import org.concord.model.Report;
import org.concord.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.concord.store.AnnotationStore;
import java.nio.file.Path;

/**
 * Adding documents to an analysed corpus: only the new documents are annotated, only the stories they touch are
 * analysed again, and every other story comes back as it was, with its id.
 */
class IncrementalAnalysisTest {
    private static final LocalDate DAY0 = LocalDate.of(2024, 3, 1);

    @TempDir
    Path cacheDir;

    @Test
    void tenNewDocumentsInACorpusOfAThousand() {
        Corpus corpus = new Corpus(42);
        List<RawArticle> first = new ArrayList<>();
        for (int topic = 0; topic < 100; topic++) {
            for (int k = 0; k < 10; k++) {
                first.add(corpus.article("t" + topic + "-" + k, topic, k));
            }
        }
        PlainAnnotator annotator = new PlainAnnotator();
        AnnotationStore store = AnnotationStore.open(cacheDir, w -> { throw new AssertionError(w); });
        Concord concord = Concord.builder().annotator(annotator).threads(2).annotationCache(AnnotationCache.of(store))
                .build();

        Analysis a = concord.analyzeArticles(first, List.of());
        assertEquals(1000, a.report().documents().size());
        assertEquals(100, a.report().stories().size());
        assertEquals(1000, annotator.calls.get());
        assertEquals(1000, a.counts().annotated());
        assertEquals(a.report().stories().size(), a.counts().storiesAnalysed());

        // five new articles on five existing topics, five on new ones
        List<RawArticle> added = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            added.add(corpus.article("late-" + i, i * 17, 10));
            added.add(corpus.article("fresh-" + i, 100 + i, 0));
        }
        Analysis b = concord.update(a.report(), added, List.of());
        Report r = b.report();
        assertEquals(1010, r.documents().size());
        assertEquals(1010, annotator.calls.get(), "only the ten new documents are annotated");
        assertEquals(10, b.counts().annotated());
        assertEquals(1000, store.hits(), "the earlier documents' annotations are read back");

        Set<String> newIds = new HashSet<>();
        added.forEach(x -> newIds.add(x.id()));
        Map<String, Story> before = new HashMap<>();
        a.report().stories().forEach(s -> before.put(s.id(), s));
        int touched = 0;
        for (Story s : r.stories()) {
            boolean hasNew = s.documents().stream().anyMatch(newIds::contains);
            Story old = before.get(s.id());
            boolean same = old != null && old.documents().equals(s.documents());
            if (hasNew || !same) {
                touched++;
            } else {
                assertEquals(old, s, "an untouched story comes back as it was: " + s.id());
            }
        }
        assertEquals(10, touched, "five stories grown, five new ones");
        assertEquals(touched, b.counts().storiesAnalysed(), "only the touched stories are analysed");
        assertEquals(r.stories().size() - touched, b.counts().storiesReused());
        for (String id : before.keySet()) {
            assertTrue(r.stories().stream().anyMatch(s -> s.id().equals(id)), "story id kept: " + id);
        }
    }

    @Test
    void otherSettingsReanalyseEverythingAndABadNewVersionKeepsTheEarlierDocument() {
        Corpus corpus = new Corpus(11);
        List<RawArticle> docs = new ArrayList<>();
        for (int topic = 0; topic < 5; topic++) {
            for (int k = 0; k < 3; k++) {
                docs.add(corpus.article("x" + topic + "-" + k, topic, k));
            }
        }
        PlainAnnotator annotator = new PlainAnnotator();
        Report first = Concord.builder().annotator(annotator).threads(2).build().analyzeArticles(docs, List.of())
                .report();
        assertEquals(120, first.analysis().summaryWords());

        List<String> warnings = new ArrayList<>();
        Concord shorter = Concord.builder().annotator(annotator).threads(2).summaryWords(40)
                .warnings(warnings::add).build();
        // a new version of x0-0 that has no text once cleaned: the earlier x0-0 must stay
        RawArticle empty = new RawArticle("x0-0", "x0-0.txt", null, null, "2024-03-01", "   \n  ");
        Analysis b = shorter.update(first, List.of(empty), List.of());
        assertEquals(first.documents().size(), b.report().documents().size());
        assertTrue(b.report().documents().stream().anyMatch(d -> d.id().equals("x0-0")));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("x0-0: the new version was skipped")), warnings.toString());
        assertEquals(0, b.counts().storiesReused(), "another summary budget: every story is analysed again");
        assertEquals(first.stories().size(), b.counts().storiesAnalysed());
        assertEquals(ids(first).size(), b.report().stories().size());
    }

    @Test
    void sameInputTwiceGivesTheSameReportAndAnnotatesNothingTheSecondTime() {
        Corpus corpus = new Corpus(7);
        List<RawArticle> docs = new ArrayList<>();
        for (int topic = 0; topic < 6; topic++) {
            for (int k = 0; k < 4; k++) {
                docs.add(corpus.article("d" + topic + "-" + k, topic, k));
            }
        }
        PlainAnnotator annotator = new PlainAnnotator();
        Map<String, Annotation> saved = new ConcurrentHashMap<>();
        Concord concord = Concord.builder().annotator(annotator).threads(2).annotationCache(memory(saved)).build();
        Report one = concord.analyzeArticles(docs, List.of()).report();
        List<RawArticle> reversed = new ArrayList<>(docs);
        java.util.Collections.reverse(reversed);
        Analysis two = concord.analyzeArticles(reversed, List.of());
        assertEquals(24, annotator.calls.get());
        assertEquals(0, two.counts().annotated());
        assertEquals(ids(one), ids(two.report()), "story ids do not depend on input order");
    }

    private static List<String> ids(Report r) {
        List<String> out = new ArrayList<>();
        for (Story s : r.stories()) {
            out.add(s.id() + s.documents() + s.entities().stream().map(e -> e.id()).sorted().toList()
                    + s.quotes().stream().map(q -> q.id()).sorted().toList());
        }
        out.sort(String::compareTo);
        return out;
    }

    private static AnnotationCache memory(Map<String, Annotation> saved) {
        return (id, text, date, compute, name) -> saved.computeIfAbsent(name + "|" + id + "|" + date + "|" + text,
                k -> compute.apply(text, date));
    }

    /** Synthetic news: each topic has its own rare words, names and days; common words are shared. */
    static final class Corpus {
        private final long seed;
        private static final String[] COMMON = ("officials report council city people plan meeting week local "
                + "public group members talks statement update office service area news").split(" ");

        Corpus(long seed) {
            this.seed = seed;
        }

        RawArticle article(String id, int topic, int k) {
            Random t = new Random(seed * 1000 + topic);
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                words.add(word(t));
            }
            String person = cap(word(t)) + " " + cap(word(t));
            String place = cap(word(t)) + "ville";
            Random r = new Random(seed * 1_000_003L + id.hashCode());
            StringBuilder sb = new StringBuilder();
            sb.append(place).append(" ").append(words.get(0)).append(" ").append(words.get(1)).append(" ")
                    .append(COMMON[r.nextInt(COMMON.length)]).append(" ").append(words.get(2)).append(".\n");
            for (int s = 0; s < 6; s++) {
                sb.append(cap(words.get(r.nextInt(words.size())))).append(' ');
                for (int w = 0; w < 9; w++) {
                    sb.append(r.nextInt(3) == 0 ? COMMON[r.nextInt(COMMON.length)] : words.get(r.nextInt(words.size())))
                            .append(' ');
                }
                sb.append(place).append(".\n");
            }
            sb.append("\u201cThe ").append(words.get(3)).append(" will ").append(words.get(4)).append(" the ")
                    .append(words.get(5)).append(",\u201d said ").append(person).append(".\n");
            String date = DAY0.plusDays(topic * 20L + k / 3).toString();
            return new RawArticle(id, id + ".txt", "Outlet " + (k % 4), cap(words.get(0)) + " " + words.get(1)
                    + " in " + place, date, sb.toString());
        }

        private static String word(Random r) {
            String c = "bdfgklmnprstvz";
            String v = "aeiou";
            StringBuilder w = new StringBuilder();
            int syllables = 3 + r.nextInt(2);
            for (int i = 0; i < syllables; i++) {
                w.append(c.charAt(r.nextInt(c.length()))).append(v.charAt(r.nextInt(v.length())));
            }
            return w.toString();
        }

        private static String cap(String w) {
            return Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
    }
}
