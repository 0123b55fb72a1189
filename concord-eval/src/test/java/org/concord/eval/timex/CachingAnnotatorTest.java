package org.concord.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.concord.annotate.TextAnnotator;
import org.concord.eval.CachingAnnotator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachingAnnotatorTest {
    private static final LocalDate ANCHOR = LocalDate.of(2023, 3, 15);

    @TempDir
    Path dir;

    @Test
    void withoutAFolderTheAnnotatorIsUsedAsItIs() {
        TextAnnotator fixed = new ConcordTimexTaggerTest.FixedAnnotator();
        assertSame(fixed, CachingAnnotator.wrap("fixed", () -> fixed, null));
        assertSame(fixed, CachingAnnotator.wrap("fixed", () -> fixed, " "));
    }

    @Test
    void storedAnnotationsNeedNoAnnotatorAndTagTheSame() {
        AtomicInteger loads = new AtomicInteger();
        TextAnnotator first = CachingAnnotator.wrap("fixed", () -> {
            loads.incrementAndGet();
            return new ConcordTimexTaggerTest.FixedAnnotator();
        }, dir.toString());
        String text = ConcordTimexTaggerTest.TEXT;
        TimexTagger.Tagged direct = ConcordTimexTagger.create(new ConcordTimexTaggerTest.FixedAnnotator())
                .tag(text, ANCHOR);
        assertEquals(direct, ConcordTimexTagger.create(first).tag(text, ANCHOR));
        assertEquals(direct, ConcordTimexTagger.create(first).tag(text, ANCHOR));
        ConcordTimexTagger.undated(first).tag(text, ANCHOR);
        assertEquals(1, loads.get(), "the annotator is built once, on the first miss");
        assertEquals(2, ((CachingAnnotator) first).store().writes(), "dated and undated are stored apart");
        assertEquals(1, ((CachingAnnotator) first).store().hits());

        // a later run over the same folder never builds the annotator
        TextAnnotator later = CachingAnnotator.wrap("fixed", () -> {
            throw new AssertionError("the annotator was needed");
        }, dir.toString());
        assertEquals(direct, ConcordTimexTagger.create(later).tag(text, ANCHOR));
        ConcordTimexTagger.undated(later).tag(text, ANCHOR);
        assertEquals(2, ((CachingAnnotator) later).store().hits());
    }

    @Test
    void annotationsSavedUnderAnotherVersionAreNotReadBack() {
        AtomicInteger loads = new AtomicInteger();
        TextAnnotator v1 = CachingAnnotator.wrap("fixed", "fixed+v1", () -> {
            loads.incrementAndGet();
            return new ConcordTimexTaggerTest.FixedAnnotator();
        }, dir.toString());
        ConcordTimexTagger.create(v1).tag(ConcordTimexTaggerTest.TEXT, ANCHOR);
        TextAnnotator v2 = CachingAnnotator.wrap("fixed", "fixed+v2", () -> {
            loads.incrementAndGet();
            return new ConcordTimexTaggerTest.FixedAnnotator();
        }, dir.toString());
        ConcordTimexTagger.create(v2).tag(ConcordTimexTaggerTest.TEXT, ANCHOR);
        assertEquals(0, ((CachingAnnotator) v2).store().hits(), "a new annotator version is a miss");
        assertEquals(2, loads.get());
    }

    @Test
    void aWrongNameIsCaughtBeforeAnythingIsStored() {
        TextAnnotator wrong = CachingAnnotator.wrap("corenlp-0", ConcordTimexTaggerTest.FixedAnnotator::new,
                dir.toString());
        assertThrows(IllegalStateException.class, () -> wrong.annotate(ConcordTimexTaggerTest.TEXT, ANCHOR));
        assertEquals(0, ((CachingAnnotator) wrong).store().writes());
    }
}
