package org.concord.report;

import org.concord.model.Report;
import org.concord.model.Story;

/**
 * Pieces of the HTML report for other pages to reuse (the web UI): escaping, the report's style sheet, and one
 * story rendered as an {@code <article>} fragment (headline, links, cited summary, timeline, quote ledger, claims,
 * entities, documents), its links pointing to anchors of the same report ({@link Anchors}).
 */
public final class Html {
    private Html() {
    }

    /** Escapes text for HTML element content and for a double- or single-quoted attribute value. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** The style sheet of the HTML report (no external resources). */
    public static String css() {
        return HtmlSink.CSS;
    }

    /** The story {@code storyId} of {@code report} as an HTML fragment; IllegalArgumentException if it is not there. */
    public static String story(Report report, String storyId) {
        ReportContext ctx = new ReportContext(report);
        Story s = ctx.story(storyId);
        if (s == null) {
            throw new IllegalArgumentException("no story " + storyId + " in the report");
        }
        StringBuilder sb = new StringBuilder();
        new StoryLayout(ctx, s).render(new HtmlSink(sb));
        return sb.toString();
    }

    /** The quote ledger of story {@code storyId} as an HTML fragment ("" when it has no quotes). */
    public static String quoteLedger(Report report, String storyId) {
        ReportContext ctx = new ReportContext(report);
        Story s = ctx.story(storyId);
        if (s == null) {
            throw new IllegalArgumentException("no story " + storyId + " in the report");
        }
        StringBuilder sb = new StringBuilder();
        new QuoteLayout(ctx, s).render(new HtmlSink(sb));
        return sb.toString();
    }
}
