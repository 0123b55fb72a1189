package org.concord.ingest.html;

import java.util.List;

/**
 * What a page says about its article: any field may be null (authors empty) when the page does not say it.
 * {@code published} is ISO yyyy-MM-dd; {@code publishedFrom} names where it came from ("json-ld", "meta", "time",
 * "url").
 */
public record HtmlMetadata(String title, String outlet, String published, String publishedFrom, List<String> authors,
                           String canonicalUrl, String language) {
    public HtmlMetadata {
        authors = List.copyOf(authors);
    }
}
