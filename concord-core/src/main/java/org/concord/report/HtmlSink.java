package org.concord.report;

import java.util.List;

/**
 * The HTML form of the layout: landmarks (header, nav, main, one article per story), folding parts as
 * {@code <details>} (they work without scripts; a browser unfolds one when a link leads into it), tables in a scrolling container so a phone's width never overflows
 * the page, footnotes as an ordered list. Every text is escaped ({@link Html#escape}); anchors come from
 * {@link Anchors} and are escaped as well.
 */
final class HtmlSink implements Sink {
    static final String CSS = "*{box-sizing:border-box}"
            + "body{font-family:Georgia,'Times New Roman',serif;max-width:62rem;margin:0 auto;padding:0 .75rem 2rem;"
            + "line-height:1.5;color:#1d1d1d;background:#fff;overflow-wrap:break-word}"
            + "h1,h2,h3,h4,summary,nav,table{font-family:Helvetica,Arial,sans-serif}"
            + "h1{font-size:1.6rem;margin:1rem 0 .25rem}h2{font-size:1.35rem;margin:.25rem 0}"
            + "h3{font-size:1.1rem;margin:.75rem 0 .25rem}h4{font-size:1rem;margin:.75rem 0 .1rem}"
            + "a{color:#0b57a4}a:focus,summary:focus,.scroll:focus{outline:2px solid #0b57a4;outline-offset:2px}"
            + ".skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.25rem}"
            + "nav ol{padding-left:1.6rem}nav li{margin:.35rem 0}"
            + "article{border-top:3px solid #d7d7d7;margin-top:1.5rem;padding-top:.75rem}"
            + "details{margin:.4rem 0}summary{cursor:pointer}summary h3,summary h2{display:inline}"
            + "details.text summary,details.notes summary{font-size:.9rem;color:#444}.doctext{font-size:.95rem;border-left:3px solid #eee;"
            + "padding-left:.75rem}"
            + ".scroll{overflow-x:auto;max-width:100%;margin:.5rem 0 1rem}"
            + "table{border-collapse:collapse;width:100%;font-size:.92rem}caption{text-align:left;position:absolute;"
            + "left:-9999px}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left;"
            + "min-width:5.5rem}th{background:#f3f3f3}"
            + "sup.cite{color:#0b57a4;cursor:help}sup.cite a{text-decoration:none}"
            + "ins{background:#dfd;text-decoration:none}del{background:#fdd}"
            + "li.variant{list-style:none;margin-left:1.25rem;color:#444}ol.notes{font-size:.85rem;color:#333}";

    private final StringBuilder sb;

    HtmlSink(StringBuilder sb) {
        this.sb = sb;
    }

    @Override
    public void begin(String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the stories</a>\n");
    }

    @Override
    public void open(Region region, String id) {
        String idAttr = id == null ? "" : " id=\"" + Html.escape(id) + "\"";
        switch (region) {
            case HEADER -> sb.append("<header>\n");
            case NAV -> sb.append("<nav").append(idAttr).append(" aria-label=\"Stories\">\n");
            case MAIN -> sb.append("<main id=\"main\">\n");
            case STORY -> sb.append("<article").append(idAttr).append(">\n");
            default -> throw new IllegalArgumentException(region.name());
        }
    }

    @Override
    public void close(Region region) {
        sb.append(switch (region) {
            case HEADER -> "</header>\n";
            case NAV -> "</nav>\n";
            case MAIN -> "</main>\n";
            case STORY -> "</article>\n";
        });
    }

    @Override
    public void heading(int level, String text, String id) {
        sb.append("<h").append(level);
        if (id != null) {
            sb.append(" id=\"").append(Html.escape(id)).append('"');
        }
        sb.append('>').append(Html.escape(text)).append("</h").append(level).append(">\n");
    }

    @Override
    public void paragraph(List<Inline> runs) {
        sb.append("<p>").append(inline(runs)).append("</p>\n");
    }

    @Override
    public void bullets(List<List<Inline>> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("<ul>\n");
        for (List<Inline> item : items) {
            boolean variant = !item.isEmpty() && item.get(0).text().startsWith("  ");
            sb.append(variant ? "<li class=\"variant\">" : "<li>").append(inline(item)).append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    @Override
    public void numbered(List<List<Inline>> items) {
        if (items.isEmpty()) {
            return;
        }
        sb.append("<ol>\n");
        for (List<Inline> item : items) {
            sb.append("<li>").append(inline(item)).append("</li>\n");
        }
        sb.append("</ol>\n");
    }

    @Override
    public void table(String caption, List<String> headers, List<List<List<Inline>>> rows) {
        sb.append("<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-label=\"").append(Html.escape(caption))
                .append("\">\n<table>\n<caption>").append(Html.escape(caption)).append("</caption>\n<thead><tr>");
        for (String h : headers) {
            sb.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<List<Inline>> row : rows) {
            sb.append("<tr>");
            for (List<Inline> cell : row) {
                sb.append("<td>").append(inline(cell)).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n</div>\n");
    }

    @Override
    public void notes(List<Note> notes) {
        if (notes.isEmpty()) {
            return;
        }
        // folded: a citation's hover shows its source, and following its link unfolds the list
        sb.append("<details class=\"notes\"><summary>Sources of the summary (").append(notes.size())
                .append(")</summary>\n<ol class=\"notes\">\n");
        for (Note n : notes) {
            sb.append("<li id=\"").append(Html.escape(n.anchor())).append("\" value=\"").append(Html.escape(n.label()))
                    .append("\">").append(inline(n.content())).append("</li>\n");
        }
        sb.append("</ol>\n</details>\n");
    }

    @Override
    public void openSection(int level, String heading, String id, boolean open) {
        sb.append("<section");
        if (id != null) {
            sb.append(" id=\"").append(Html.escape(id)).append('"');
        }
        sb.append(">\n<details").append(open ? " open" : "").append("><summary><h").append(level).append('>')
                .append(Html.escape(heading)).append("</h").append(level).append("></summary>\n");
    }

    @Override
    public void closeSection() {
        sb.append("</details>\n</section>\n");
    }

    @Override
    public void fullText(String label, String text) {
        sb.append("<details class=\"text\"><summary>").append(Html.escape(label)).append("</summary>\n")
                .append("<div class=\"doctext\">\n");
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                sb.append("<p>").append(Html.escape(line.strip())).append("</p>\n");
            }
        }
        sb.append("</div>\n</details>\n");
    }

    @Override
    public void end() {
        sb.append("</body>\n</html>\n");
    }

    /** Runs as HTML: styles as elements, a citation as a footnote link with its hover text, a link with its title. */
    static String inline(List<Inline> runs) {
        StringBuilder b = new StringBuilder();
        for (Inline r : runs) {
            String t = Html.escape(r.text());
            switch (r.style()) {
                case STRONG -> b.append("<strong>").append(t).append("</strong>");
                case EMPHASIS -> b.append("<em>").append(t).append("</em>");
                case ADDED -> b.append("<ins>").append(t).append("</ins>");
                case REMOVED -> b.append("<del>").append(t).append("</del>");
                case CITATION -> b.append("<sup class=\"cite\" title=\"").append(Html.escape(r.title()))
                        .append("\"><a href=\"#").append(Html.escape(r.anchor())).append("\">[").append(t)
                        .append("]</a></sup>");
                case LINK -> {
                    b.append("<a href=\"#").append(Html.escape(r.anchor())).append('"');
                    if (r.title() != null) {
                        b.append(" title=\"").append(Html.escape(r.title())).append('"');
                    }
                    b.append('>').append(t).append("</a>");
                }
                default -> b.append(t);
            }
        }
        return b.toString();
    }
}
