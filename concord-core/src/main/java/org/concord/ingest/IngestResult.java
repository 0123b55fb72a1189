package org.concord.ingest;

import java.util.List;
import org.concord.model.Skipped;

/** What reading a set of inputs produced: the articles, and the inputs that were skipped with their reasons. */
public record IngestResult(List<RawArticle> articles, List<Skipped> skipped) implements java.io.Serializable {
    public IngestResult {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }
}
