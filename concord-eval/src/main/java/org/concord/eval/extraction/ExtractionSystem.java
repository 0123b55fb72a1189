package org.concord.eval.extraction;

/** An article extractor scored by {@code concord eval extraction}: page text in, article body out. */
public interface ExtractionSystem {
    String name();

    /** The article body of the page (paragraphs separated by blank lines or newlines); never null. */
    String extract(String html, String url) throws Exception;

    /**
     * The text a report would hold for the page, when the system is part of a pipeline that cleans what it extracts
     * (Concord: ingestion, then the clean stage), or null.
     */
    default String reportText(String id, String html, String url) {
        return null;
    }

    /** The page's metadata as the system reads it (scored on the snippet layout's pages that carry gold), or null. */
    default org.concord.ingest.html.HtmlMetadata metadata(String html, String url) {
        return null;
    }
}
