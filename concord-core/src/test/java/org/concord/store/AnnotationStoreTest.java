package org.concord.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.TextAnnotator;
import org.concord.annotate.Timex;
import org.concord.annotate.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationStoreTest {
    private static final String TEXT = "WASHINGTON (AP) _ Maria Lopez said on Monday the ferry \"sank\" in 2014.\n"
            + "Officials in Zürich opened an inquiry two weeks ago 🙂. The café closed.";
    private static final LocalDate DATE = LocalDate.of(2014, 12, 30);

    @TempDir
    Path dir;

    /**
     * A tiny annotator that counts its calls: tokens are runs of letters or digits or single other characters,
     * sentences end after '.', capitalized words are NNP and PERSON mentions, "Monday" and years are timexes (Monday
     * with no value), and words are written as CoreNLP writes them ("(" as -LRB-, '"' as `` and '').
     */
    static final class FakeAnnotator implements TextAnnotator {
        final AtomicInteger calls = new AtomicInteger();
        private final String name;

        FakeAnnotator(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Annotation annotate(String text, LocalDate date) {
            calls.incrementAndGet();
            List<Sentence> sentences = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            List<Timex> timexes = new ArrayList<>();
            List<Token> tokens = new ArrayList<>();
            int index = 0;
            int sentenceStart = -1;
            boolean open = true;
            int i = 0;
            while (i < text.length()) {
                int cp = text.codePointAt(i);
                if (Character.isWhitespace(cp)) {
                    i += Character.charCount(cp);
                    continue;
                }
                int end = i + Character.charCount(cp);
                if (Character.isLetterOrDigit(cp)) {
                    while (end < text.length() && Character.isLetterOrDigit(text.codePointAt(end))) {
                        end += Character.charCount(text.codePointAt(end));
                    }
                }
                String surface = text.substring(i, end);
                String word = switch (surface) {
                    case "(" -> "-LRB-";
                    case ")" -> "-RRB-";
                    case "\"" -> (open = !open) ? "''" : "``";
                    default -> surface;
                };
                boolean capital = Character.isUpperCase(cp);
                boolean year = surface.matches("\\d{4}");
                String ner = year || surface.equals("Monday") ? "DATE" : capital ? "PERSON" : "O";
                String lemma = surface.equals("said") ? "say" : surface.equals("sank") ? "sink"
                        : word.toLowerCase(java.util.Locale.ROOT);
                if (sentenceStart < 0) {
                    sentenceStart = i;
                }
                tokens.add(new Token(index++, i, end, word, lemma, capital ? "NNP" : year ? "CD" : "NN", ner));
                if (ner.equals("PERSON")) {
                    mentions.add(new Mention(i, end, surface, "PERSON", sentences.size()));
                } else if (ner.equals("DATE")) {
                    timexes.add(new Timex(i, end, surface, "DATE", year ? surface : null, sentences.size()));
                }
                if (surface.equals(".")) {
                    sentences.add(new Sentence(sentences.size(), sentenceStart, end, tokens));
                    tokens = new ArrayList<>();
                    sentenceStart = -1;
                }
                i = end;
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), sentenceStart, text.length(), tokens));
            }
            return new Annotation(sentences, mentions, timexes);
        }
    }

    private static Annotation sample() {
        Annotation a = new FakeAnnotator("fake-1").annotate(TEXT, DATE);
        List<Mention> mentions = new ArrayList<>(a.mentions());
        // a mention whose text is not the text between its offsets, and one with a null type
        mentions.add(new Mention(18, 29, "Maria  Lopez", "PERSON", 0));
        mentions.add(new Mention(0, 0, "", null, -1));
        List<Sentence> sentences = new ArrayList<>(a.sentences());
        // and an odd last sentence: its end before its start, past the text, an index out of order, a null word
        int past = sentences.get(sentences.size() - 1).end() + 10;
        sentences.add(new Sentence(7, past, past - 5, List.of(new Token(-3, 40, 2, null, null, "", "O"))));
        return new Annotation(sentences, mentions, a.timexes());
    }

    @Test
    void roundTripIsExact() {
        Annotation a = sample();
        assertTrue(a.sentences().size() >= 3 && a.tokenCount() > 20 && a.mentions().size() >= 4);
        assertTrue(a.timexes().stream().anyMatch(t -> t.value() == null));
        AnnotationStore store = AnnotationStore.open(dir, w -> { });
        store.put("doc-1", TEXT, null, "fake-1", a);
        store.put("doc-2", TEXT, DATE, "fake-1", a);
        assertEquals(Optional.of(a), store.get("doc-1", TEXT, null, "fake-1"));
        assertEquals(Optional.of(a), store.get("doc-2", TEXT, DATE, "fake-1"));
        Annotation empty = new Annotation(List.of(), List.of(), List.of());
        store.put("empty", "", null, "fake-1", empty);
        assertEquals(Optional.of(empty), store.get("empty", "", null, "fake-1"));
        // lone surrogates, which UTF-8 cannot carry, in the text, a lemma and the id
        String odd = "Ab\uD800c d\uDC00.";
        Annotation lone = new Annotation(List.of(new Sentence(0, 0, odd.length(), List.of(
                new Token(0, 0, 4, "Ab\uD800c", "ab\uD800c", "NNP", "O"),
                new Token(1, 5, 7, "d\uDC00", "\uDC00", "NN", "O"), new Token(2, 7, 8, ".", ".", ".", "O")))),
                List.of(), List.of());
        store.put("id\uD800", odd, null, "fake-1", lone);
        assertEquals(Optional.of(lone), store.get("id\uD800", odd, null, "fake-1"));
        assertTrue(store.get("id\uD800", odd.replace('\uD800', '\uDBFF'), null, "fake-1").isEmpty());
        assertTrue(store.get("id\uDBFF", odd, null, "fake-1").isEmpty());
        // a second store on the same folder reads what the first wrote
        assertEquals(Optional.of(a), AnnotationStore.open(dir, w -> { }).get("doc-1", TEXT, null, "fake-1"));
    }

    @Test
    void changedTextDateOrAnnotatorIsAMissAndPutOverwrites() throws IOException {
        AnnotationStore store = AnnotationStore.open(dir, w -> { });
        Annotation a = sample();
        store.put("d", TEXT, DATE, "fake-1", a);
        assertTrue(store.get("d", TEXT + " ", DATE, "fake-1").isEmpty());
        assertTrue(store.get("d", TEXT.replace("ferry", "Ferry"), DATE, "fake-1").isEmpty());
        assertTrue(store.get("d", TEXT, DATE.plusDays(1), "fake-1").isEmpty());
        assertTrue(store.get("d", TEXT, null, "fake-1").isEmpty());
        assertTrue(store.get("d", TEXT, DATE, "fake-2").isEmpty());
        assertTrue(store.get("e", TEXT, DATE, "fake-1").isEmpty());
        assertTrue(store.get("d", TEXT, DATE, "fake-1").isPresent());

        String other = "Another text.";
        Annotation b = new FakeAnnotator("fake-1").annotate(other, null);
        store.put("d", other, null, "fake-1", b);
        assertTrue(store.get("d", TEXT, DATE, "fake-1").isEmpty());
        assertEquals(Optional.of(b), store.get("d", other, null, "fake-1"));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(1, files.filter(Files::isRegularFile).count(), "one file per id and annotator");
        }
    }

    @Test
    void damagedFilesAreMisses() throws IOException {
        AnnotationStore store = AnnotationStore.open(dir, w -> { });
        Annotation a = sample();
        store.put("d", TEXT, DATE, "fake-1", a);
        Path f = store.file("d", "fake-1");
        byte[] good = Files.readAllBytes(f);
        for (int n = 0; n < good.length; n++) {
            Files.write(f, java.util.Arrays.copyOf(good, n));
            assertTrue(store.get("d", TEXT, DATE, "fake-1").isEmpty(), "truncated to " + n);
        }
        for (int i = 0; i < good.length; i++) {
            byte[] bad = good.clone();
            bad[i] ^= (byte) (1 << (i % 8));
            Files.write(f, bad);
            assertTrue(store.get("d", TEXT, DATE, "fake-1").isEmpty(), "bit flipped at " + i);
        }
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 1);
        Files.write(f, longer);
        assertTrue(store.get("d", TEXT, DATE, "fake-1").isEmpty(), "trailing byte");
        Files.writeString(f, "S\t0\t0\t10\n");
        assertTrue(store.get("d", TEXT, DATE, "fake-1").isEmpty(), "another format");
        Files.delete(f);
        Files.createDirectory(f);
        assertTrue(store.get("d", TEXT, DATE, "fake-1").isEmpty(), "a folder where the file should be");
        Files.delete(f);
        store.put("d", TEXT, DATE, "fake-1", a);
        assertEquals(Optional.of(a), store.get("d", TEXT, DATE, "fake-1"));
    }

    @Test
    void oddIdsGetDistinctSafeFiles() {
        AnnotationStore store = AnnotationStore.open(dir, w -> { });
        List<String> ids = List.of("a/b", "a:b", "a_b", "A_B", "../../etc/passwd", "", ".", "..", ".hidden",
                "http://example.com/news?id=1&x=2", "C:\\docs\\x.txt", "ü/中文/🙂", "tab\tnew\nline", "nul\u0000",
                "x".repeat(1000), "x".repeat(1001));
        Set<Path> files = new HashSet<>();
        for (String id : ids) {
            Path f = store.file(id, "corenlp-4.5.10");
            assertTrue(f.startsWith(dir.toAbsolutePath().normalize().resolve("corenlp-4.5.10")), f.toString());
            String name = f.getFileName().toString();
            assertTrue(name.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}-[0-9a-f]{16}\\.ann"), name);
            assertTrue(files.add(f), "collision for " + id);
        }
        for (int i = 0; i < ids.size(); i++) {
            String text = "Text number " + i + " of Maria.";
            store.put(ids.get(i), text, DATE, "odd/name:1", new FakeAnnotator("x").annotate(text, DATE));
        }
        for (int i = 0; i < ids.size(); i++) {
            String text = "Text number " + i + " of Maria.";
            assertEquals(Optional.of(new FakeAnnotator("x").annotate(text, DATE)),
                    store.get(ids.get(i), text, DATE, "odd/name:1"), ids.get(i));
        }
        assertEquals(ids.size(), store.writes());
        assertEquals(ids.size(), store.hits());
        assertNotEquals(store.file("d", "a/b").getParent().getParent(), store.file("d", "a:b").getParent().getParent());
    }

    @Test
    void annotateCallsTheAnnotatorOnMissesOnlyAndCounts() {
        AnnotationStore store = AnnotationStore.open(dir, w -> { });
        FakeAnnotator fake = new FakeAnnotator("fake-1");
        Annotation first = store.annotate("d1", TEXT, DATE, fake);
        assertEquals(1, fake.calls.get());
        assertEquals(first, store.annotate("d1", TEXT, DATE, fake));
        assertEquals(1, fake.calls.get());
        store.annotate("d1", TEXT, null, fake);
        store.annotate("d2", TEXT, DATE, fake);
        store.annotate("d2", TEXT, DATE, new FakeAnnotator("fake-2"));
        assertEquals(3, fake.calls.get());
        assertEquals(1, store.hits());
        assertEquals(4, store.misses());
        assertEquals(4, store.writes());

        AnnotationStore none = AnnotationStore.none();
        long before = none.misses();
        none.put("d1", TEXT, DATE, "fake-1", first);
        assertEquals(first, none.annotate("d1", TEXT, DATE, fake));
        assertEquals(4, fake.calls.get());
        assertTrue(none.get("d1", TEXT, DATE, "fake-1").isEmpty());
        assertEquals(0, none.hits());
        assertEquals(0, none.writes());
        assertEquals(before + 2, none.misses());
        assertTrue(none.dir().isEmpty());
    }

    @Test
    void concurrentPutsAndGetsOfManyDocuments() throws Exception {
        AnnotationStore store = AnnotationStore.open(dir, w -> { });
        FakeAnnotator fake = new FakeAnnotator("fake-1");
        int docs = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int round = 0; round < 6; round++) {
                for (int d = 0; d < docs; d++) {
                    String id = "doc/" + d;
                    String text = TEXT + " Story " + d + " of Maria.";
                    results.add(pool.submit(() -> {
                        Annotation a = store.annotate(id, text, DATE, fake);
                        Optional<Annotation> back = store.get(id, text, DATE, "fake-1");
                        return back.isEmpty() || back.get().equals(a); // empty only if a write was lost
                    }));
                }
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdown();
        }
        for (int d = 0; d < docs; d++) {
            String text = TEXT + " Story " + d + " of Maria.";
            assertEquals(Optional.of(fake.annotate(text, DATE)), store.get("doc/" + d, text, DATE, "fake-1"));
        }
        assertEquals(6 * docs * 2 + docs, store.hits() + store.misses());
        assertEquals(store.misses(), store.writes(), store.toString());
        assertTrue(store.writes() >= docs);
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> left = files.filter(Files::isRegularFile).toList();
            assertEquals(docs, left.size(), "no temporary files left: " + left);
        }
    }

    @Test
    void anUnwritableFolderWarnsOnceAndTheRunGoesOn() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        List<String> warnings = new ArrayList<>();
        AnnotationStore store = AnnotationStore.open(file.resolve("cache"), warnings::add);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("not writable"), warnings.get(0));
        FakeAnnotator fake = new FakeAnnotator("fake-1");
        Annotation a = store.annotate("d", TEXT, DATE, fake);
        assertEquals(a, store.annotate("d", TEXT, DATE, fake));
        assertEquals(2, fake.calls.get());
        assertEquals(0, store.writes());
        assertEquals(1, warnings.size());

        // a folder that goes away after opening: the first failed write warns, later ones are silent
        Path gone = dir.resolve("gone");
        List<String> later = new ArrayList<>();
        AnnotationStore store2 = AnnotationStore.open(gone, later::add);
        assertTrue(later.isEmpty());
        Files.delete(gone);
        Files.writeString(gone, "now a file");
        store2.put("d", TEXT, DATE, "fake-1", a);
        store2.put("e", TEXT, DATE, "fake-1", a);
        assertEquals(1, later.size());
        assertFalse(store2.get("d", TEXT, DATE, "fake-1").isPresent());
    }
}
