package org.concord.eval.timex;

import java.util.List;

/** The documents read from a directory of .tml files and how many files were skipped as unreadable. */
public record TimeMlCorpus(List<TimeMlDocument> documents, int skipped) {
    public TimeMlCorpus {
        documents = List.copyOf(documents);
    }
}
