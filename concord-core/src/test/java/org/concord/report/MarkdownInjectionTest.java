package org.concord.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.concord.model.Document;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Report;
import org.concord.model.Skipped;
import org.concord.model.Speaker;
import org.concord.model.Span;
import org.concord.model.Story;
import org.concord.model.SummarySentence;
import org.junit.jupiter.api.Test;

/**
 * A record cannot forge Markdown structure (issue 23): titles, outlets, quotes, summary sentences and skipped reasons
 * with line breaks and line-leading markers ({@code -}, {@code >}, {@code ---}, {@code 1.}, {@code #}, {@code |})
 * stay inline in report.md.
 */
class MarkdownInjectionTest {
    private static final String FORGED = "\n- **Forged Wire**: fake line\n---\n# Owned\n> quoted\n1. first\n+ plus\n=====";
    private static final String TEXT = "- The mayor said \u201cwe will talk\u201d on Tuesday.\n2014. A year.";

    private static Report report() {
        Document d = new Document("d1", "d1.txt", "Outlet" + FORGED, "Title" + FORGED, "2023-03-14", false, TEXT,
                List.of(), null);
        int qs = TEXT.indexOf("we will");
        Occurrence o = new Occurrence("d1", qs, qs + "we will talk".length(), "we will talk", "said", true);
        Quote q = new Quote("q1", "we will talk" + FORGED, new Speaker("- Mayor\n> x", null), List.of(o));
        List<SummarySentence> summary = List.of(new SummarySentence("- forged | cell\n---", List.of(
                new Span("d1", 0, TEXT.indexOf('\n')))), new SummarySentence("1. Second", List.of(
                new Span("d1", TEXT.indexOf('\n') + 1, TEXT.length()))));
        Story s = new Story("s1", "Headline" + FORGED, List.of("d1"), List.of(), summary, List.of(), List.of(q),
                List.of(), List.of());
        return new Report(List.of(d), List.of(s), List.of(new Skipped("bad|name\n- x.txt", "reason\n| a | b |")));
    }

    @Test
    void noRecordStartsALineOrACellOfItsOwn() throws IOException {
        Report r = report();
        assertEquals(List.of(), ReportChecks.check(r));
        String md = ReportWritersTest.render(ReportWriters.markdown(), r);
        for (String line : md.split("\n", -1)) {
            assertFalse(line.contains("Forged Wire") && !line.startsWith("## <a id=\"story-s1\"></a>Headline")
                    && !line.startsWith("1. [Headline") && !line.startsWith("- **")
                    && !line.startsWith("#### <a id=\"doc-d1\"></a>Outlet") && !line.startsWith("[^cite-s1-")
                    && !line.startsWith("  - *wording in* [Outlet"),
                    () -> "a forged line: " + line + "\n" + md);
            assertFalse(line.startsWith("---") || line.startsWith("=====") || line.startsWith("> ")
                    || line.startsWith("1. ") && !line.startsWith("1. [Headline") || line.startsWith("+ ") || line.startsWith("# Owned")
                    || line.startsWith("- - ") || line.startsWith("2014. "), () -> "forged structure: " + line
                    + "\n" + md);
        }
        // the document's heading stays one heading, its inline markers escaped
        assertTrue(md.contains("\n#### <a id=\"doc-d1\"></a>Outlet - \\*\\*Forged Wire\\*\\*: fake line --- \\# Owned "
                + "\\> quoted 1. first + plus =====, \u201cTitle - \\*\\*Forged Wire"), md);
        // index, story heading, two footnotes, quote, its other wording, document heading
        assertEquals(7, md.lines().filter(l -> l.contains("Forged Wire")).count(), md);
        // a link's text cannot close the link early
        assertTrue(md.contains("\n1. [Headline - \\*\\*Forged Wire\\*\\*: fake line --- \\# Owned \\> quoted 1. first "
                + "+ plus =====](#story-s1) \u2014 "), md);
        // the quote's speaker cannot open a nested list or a quote block
        assertTrue(md.contains("\n- **- Mayor \\> x**: \u201cwe will talk - "), md);
        // summary paragraph: the leading "-" is escaped, a "|" is escaped once (not "\\|")
        assertTrue(md.contains("\n\\- forged \\| cell ---[^cite-s1-1] 1. Second"), md);
        assertFalse(md.contains("\\\\|"), md);
        // skipped table: one row, two cells
        String row = md.lines().filter(l -> l.startsWith("| bad")).findFirst().orElseThrow();
        assertEquals("| bad\\|name - x.txt | reason \\| a \\| b \\| |", row);
        // the heading stays one heading
        long headings = md.lines().filter(l -> l.startsWith("## ")).count();
        assertEquals(3, headings, md); // the index, the story, the skipped inputs
    }

    @Test
    void lineStartEscapesBlockMarkersOnly() {
        assertEquals("\\- a", mdLineStart("- a"));
        assertEquals("\\+ a", mdLineStart("+ a"));
        assertEquals("\\===", mdLineStart("==="));
        assertEquals("1\\. a", mdLineStart("1. a"));
        assertEquals("12\\) a", mdLineStart("12) a"));
        assertEquals("1,400 crew", mdLineStart("1,400 crew"));
        assertEquals("**Herald**: x", mdLineStart("**Herald**: x"));
        assertEquals("", mdLineStart(""));
    }

    private static String mdLineStart(String s) {
        return MarkdownWriter.lineStartForTest(s);
    }
}
