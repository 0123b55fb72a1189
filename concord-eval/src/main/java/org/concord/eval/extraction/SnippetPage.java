package org.concord.eval.extraction;

import java.util.List;

/**
 * A page of the snippet layout ({@code expectations.json} + {@code html/}): snippets its extracted text must hold
 * ({@code with}) and must not hold ({@code without}), and the metadata the annotators recorded (each may be null:
 * not every page has them).
 */
public record SnippetPage(String id, String url, byte[] html, List<String> with, List<String> without, String title,
                          String author, String date, String sitename) {
    public SnippetPage {
        with = List.copyOf(with);
        without = List.copyOf(without);
    }
}
