package org.concord.report;

import java.util.Locale;

/** Named factories for the report formats. */
public final class ReportWriters {
    private ReportWriters() {
    }

    public static ReportWriter json() {
        return new ReportJson();
    }

    public static ReportWriter markdown() {
        return new MarkdownWriter();
    }

    public static ReportWriter html() {
        return new HtmlWriter();
    }

    /** "json", "md" (or "markdown"), "html"; IllegalArgumentException naming the bad format otherwise. */
    public static ReportWriter forFormat(String name) {
        switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "json":
                return json();
            case "md":
            case "markdown":
                return markdown();
            case "html":
                return html();
            default:
                throw new IllegalArgumentException("unknown report format '" + name + "': use json, md or html");
        }
    }
}
