package org.concord.eval.timex;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One TimeML document: its id (DOCID, or the file name without .tml), the plain text of {@code <TEXT>} (inline tags
 * removed, entities decoded, line ends normalized to LF by the XML parser), the gold TIMEX3 spans in that text in
 * document order (the document-creation-time TIMEX3 excluded), the DCT's value and the anchor date taken from it
 * (null when the DCT is missing or its value does not start with a full date).
 */
public record TimeMlDocument(String id, Path file, String text, String dctValue, LocalDate anchor,
                             List<TimexSpan> timexes) {
    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }
}
