package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearReaderTest {
    static Path fixture() throws URISyntaxException {
        return Path.of(PolnearReaderTest.class.getResource("mini/split").toURI());
    }

    private static String text(PolnearDocument d, List<Fragment> fs) {
        StringBuilder sb = new StringBuilder();
        for (Fragment f : fs) {
            sb.append(sb.length() > 0 ? "|" : "").append(d.text(), f.start(), f.end());
        }
        return sb.toString();
    }

    @Test
    void readsThePrimaryAnnotatorsAttributions() throws Exception {
        PolnearReader.Split split = PolnearReader.read(fixture(), 0);
        assertEquals(1, split.documents().size());
        PolnearDocument d = split.documents().get(0);
        assertEquals("alpha_2016-01-01_bridge", d.name());
        assertEquals("alpha_2016-01-01_bridge_aaaa.ann", d.annFile(), "the smallest annotator id is gold");
        // E5 has no content; orphan and Discard T records are ignored
        assertEquals(List.of("E1", "E2", "E3", "E4"), d.attributions().stream().map(GoldAttribution::eventId)
                .toList());
        GoldAttribution e1 = d.attributions().get(0);
        assertEquals("that the bridge would reopen in May", text(d, e1.content()));
        assertEquals("Mayor Ana Ruiz", e1.sourceText());
        assertEquals("said", text(d, e1.cue()));
        GoldAttribution e2 = d.attributions().get(1);
        assertEquals("\u201cWe are ready,\u201d|\u201cThe work is done.\u201d", text(d, e2.content()),
                "Content and Content2 are joined, in text order");
        assertEquals("Ruiz", e2.sourceText());
        assertEquals(List.of("Ana Ruiz", "Ruiz"), e2.silver().chainNames());
        assertEquals("Ruiz", e2.silver().headText());
        assertEquals(d.text().indexOf("Ruiz", d.text().indexOf("ready")), e2.silver().headStart());
        assertEquals(SilverSource.NONE, e1.silver());
        GoldAttribution e4 = d.attributions().get(3);
        assertFalse(e4.hasSource());
        assertEquals("", e4.sourceText());
        assertEquals("costs doubled", text(d, e4.content()));
        assertTrue(split.silverFile().endsWith(Path.of("silver_source_coref", "split.tsv")));
    }

    @Test
    void reportsAnArticleWithoutAnnotation() throws Exception {
        PolnearReader.Split split = PolnearReader.read(fixture(), 0);
        assertEquals(1, split.problems().size());
        PolnearReader.Problem p = split.problems().get(0);
        assertTrue(p.file().endsWith("beta_2016-01-02_missing.txt"), p.file());
        assertTrue(p.reason().startsWith("missing .ann"), p.reason());
    }

    @Test
    void limitBoundsTheArticles(@TempDir Path tmp) throws Exception {
        Path split = tmp.resolve("s");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        for (String a : List.of("a", "b", "c")) {
            Files.writeString(split.resolve("text").resolve(a + ".txt"), "X said it.");
            Files.writeString(split.resolve("attributions").resolve(a + "_0001.ann"),
                    "T1\tSource 0 1\tX\nT2\tCue 2 6\tsaid\nT3\tContent 7 9\tit\nE1\tAttribution:T2 Source:T1 "
                            + "Cue:T2 Content:T3\n");
        }
        assertEquals(List.of("a", "b"), PolnearReader.read(split, 2).documents().stream()
                .map(PolnearDocument::name).toList());
        assertEquals(3, PolnearReader.read(split, 0).documents().size());
        assertEquals(null, PolnearReader.read(split, 0).silverFile());
    }

    @Test
    void malformedAnnotationIsReportedWithFileAndReason(@TempDir Path tmp) throws Exception {
        Path split = tmp.resolve("s");
        Files.createDirectories(split.resolve("text"));
        Files.createDirectories(split.resolve("attributions"));
        Files.writeString(split.resolve("text").resolve("a.txt"), "short");
        Files.writeString(split.resolve("attributions").resolve("a_0001.ann"), "T1\tContent 0 99\tshort\n");
        Files.writeString(split.resolve("text").resolve("b.txt"), "ok");
        Files.write(split.resolve("attributions").resolve("b_0001.ann"), new byte[] {(byte) 0xC3, (byte) 0x28});
        PolnearReader.Split s = PolnearReader.read(split, 0);
        assertEquals(0, s.documents().size());
        assertEquals(2, s.problems().size());
        assertTrue(s.problems().get(0).file().endsWith("a_0001.ann"));
        assertTrue(s.problems().get(0).reason().contains("outside the text"), s.problems().get(0).reason());
        assertTrue(s.problems().get(1).file().endsWith("b_0001.ann"));
        assertTrue(s.problems().get(1).reason().contains("not UTF-8"), s.problems().get(1).reason());
    }

    @Test
    void parseRejectsUnknownReferences() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolnearReader.parseAnn("E1\tAttribution:T9 Content:T9\n", "text", "x_0001.ann"));
        assertTrue(e.getMessage().contains("x_0001.ann") && e.getMessage().contains("T9"), e.getMessage());
    }

    @Test
    void rejectsADirectoryOutsideTheLayout(@TempDir Path tmp) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolnearReader.read(tmp, 0));
        assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
    }
}
