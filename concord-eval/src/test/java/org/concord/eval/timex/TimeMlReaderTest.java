package org.concord.eval.timex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.concord.eval.EvalOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimeMlReaderTest {
    private static final String TEXT =
            "\nThe Harbour & Bridge Board met yesterday for three hours.\nIt meets every month since 1998.\n";

    @TempDir
    Path tmp;

    private static String fixture() throws IOException {
        try (InputStream in = TimeMlReaderTest.class.getResourceAsStream("sample.tml")) {
            if (in == null) {
                throw new IllegalStateException("test resource sample.tml missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String relative, String content) throws IOException {
        Path p = tmp.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void readsTextGoldSpansAndAnchor() throws IOException {
        TimeMlDocument d = TimeMlReader.create().read(write("a/sample.tml", fixture()));
        assertEquals("sample_0001", d.id());
        assertEquals(TEXT, d.text());
        assertEquals("2003-04-15T09:30:00", d.dctValue());
        assertEquals(LocalDate.of(2003, 4, 15), d.anchor());
        // the DCT TIMEX3 and the empty anchored duration t5 are not gold spans
        assertEquals(List.of(
                TimexSpan.of(32, 41, "DATE", "2003-04-14"),
                TimexSpan.of(46, 57, "DURATION", "PT3H"),
                TimexSpan.of(68, 79, "SET", "P1M"),
                TimexSpan.of(86, 90, "DATE", "1998")), d.timexes());
        assertEquals("yesterday", d.timexes().get(0).textIn(d.text()));
        assertEquals("every month", d.timexes().get(2).textIn(d.text()));
    }

    @Test
    void crlfFilesGiveTheSameTextAndOffsets() throws IOException {
        String crlf = fixture().replace("\r\n", "\n").replace("\n", "\r\n");
        TimeMlDocument lf = TimeMlReader.create().read(write("lf.tml", fixture().replace("\r\n", "\n")));
        TimeMlDocument cr = TimeMlReader.create().read(write("crlf.tml", crlf));
        assertEquals(lf.text(), cr.text());
        assertEquals(lf.timexes(), cr.timexes());
        assertEquals(TEXT, cr.text());
    }

    @Test
    void unreadableFilesAreReportedAndSkipped() throws IOException {
        write("x/good.tml", fixture());
        write("x/deeper/broken.tml", "<?xml version=\"1.0\" ?>\n<TimeML><TEXT>oops</TimeML>\n");
        write("x/notext.tml", "<?xml version=\"1.0\" ?>\n<TimeML><DOCID>n</DOCID></TimeML>\n");
        write("x/readme.txt", "not TimeML");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        TimeMlCorpus c = TimeMlReader.create().readCorpus(tmp.resolve("x"), 0, log);
        assertEquals(1, c.documents().size());
        assertEquals("sample_0001", c.documents().get(0).id());
        assertEquals(2, c.skipped());
        String logged = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(logged.contains("broken.tml") && logged.contains("malformed TimeML"), logged);
        assertTrue(logged.contains("notext.tml") && logged.contains("no <TEXT> element"), logged);
    }

    @Test
    void filesAreSearchedRecursivelyInPathOrderAndLimited() throws IOException {
        write("y/b/two.tml", fixture().replace("sample_0001", "second"));
        write("y/a/one.tml", fixture().replace("sample_0001", "first"));
        write("y/c.tml", fixture().replace("sample_0001", "third"));
        TimeMlReader r = TimeMlReader.create();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(List.of("first", "second", "third"),
                r.readCorpus(tmp.resolve("y"), 0, quiet).documents().stream().map(TimeMlDocument::id).toList());
        assertEquals(List.of("first", "second"),
                r.readCorpus(tmp.resolve("y"), 2, quiet).documents().stream().map(TimeMlDocument::id).toList());
    }

    @Test
    void directoryWithoutTmlFilesIsRejectedByName() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        write("empty/notes.txt", "nothing");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimexEval().run(empty, "empty", "concord", EvalOptions.defaults()));
        assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
        Path file = write("plain.tml", fixture());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class,
                () -> TimeMlReader.listFiles(file));
        assertTrue(f.getMessage().contains(file.toString()), f.getMessage());
    }

    @Test
    void unknownSystemIsRejectedByName() throws IOException {
        write("z/s.tml", fixture());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TimexEval().run(tmp.resolve("z"), "z", "heideltime", EvalOptions.defaults()));
        assertTrue(e.getMessage().contains("heideltime"), e.getMessage());
    }

    @Test
    void anchorDateNeedsAFullDate() {
        assertEquals(LocalDate.of(1998, 2, 6), TimeMlReader.anchorDate("1998-02-06T22:19:00"));
        assertEquals(LocalDate.of(1989, 11, 1), TimeMlReader.anchorDate("1989-11-01"));
        assertNull(TimeMlReader.anchorDate("1989-11"));
        assertNull(TimeMlReader.anchorDate("1989-13-45"));
        assertNull(TimeMlReader.anchorDate(null));
    }
}
