package org.concord.model;

import java.util.List;

/** The whole analysis: the JSON contract concord.report/1. */
public record Report(String schema, List<Document> documents, List<Story> stories, List<Skipped> skipped) {
    public static final String SCHEMA = "concord.report/1";

    public Report(List<Document> documents, List<Story> stories, List<Skipped> skipped) {
        this(SCHEMA, documents, stories, skipped);
    }
}
