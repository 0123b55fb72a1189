package org.concord.pipeline;

import java.util.Set;
import org.concord.clean.CleanedArticle;
import org.concord.clean.Cleaner;
import org.concord.ingest.RawArticle;
import org.concord.model.Document;

/** {@code clean}: boilerplate, headline, byline, dateline and outlet taken from a raw article ({@link Cleaner}). */
final class CleanStage implements DocumentStage {
    static final String NAME = "clean";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of();
    }

    @Override
    public String failure() {
        return "cleaning failed";
    }

    @Override
    public DocumentWork apply(DocumentWork in) {
        if (in.document() != null) {
            return in; // entered clean (an earlier report's document)
        }
        RawArticle raw = in.raw();
        CleanedArticle c = Cleaner.create().clean(raw);
        if (c.text().isBlank()) {
            throw new Rejected("no article text left after cleaning");
        }
        return in.withDocument(new Document(raw.id(), raw.source(), c.outlet(), c.title(), c.published(), false,
                c.text(), c.removed(), null));
    }
}
