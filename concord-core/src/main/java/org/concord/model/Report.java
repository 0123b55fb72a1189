package org.concord.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The whole analysis: the JSON contract concord.report/1. {@code analysis} (added field, may be null in reports of
 * earlier versions and in reports built by hand) says how it was made.
 */
public record Report(String schema, List<Document> documents, List<Story> stories, List<Skipped> skipped,
                     @JsonInclude(JsonInclude.Include.NON_NULL) Provenance analysis) implements java.io.Serializable {
    public static final String SCHEMA = "concord.report/1";

    public Report(List<Document> documents, List<Story> stories, List<Skipped> skipped) {
        this(SCHEMA, documents, stories, skipped, null);
    }

    public Report(List<Document> documents, List<Story> stories, List<Skipped> skipped, Provenance analysis) {
        this(SCHEMA, documents, stories, skipped, analysis);
    }
}
