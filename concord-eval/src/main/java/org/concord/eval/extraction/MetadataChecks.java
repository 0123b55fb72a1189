package org.concord.eval.extraction;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.concord.ingest.html.HtmlMetadata;

/**
 * Checks of the metadata a system reads from a page against the fields the snippet layout's annotators recorded
 * (title, author, date, and for a few pages the site's name). Each field is scored only on pages whose gold has it;
 * {@code <field>_accuracy} is the share of those pages where the system's value equals the gold one,
 * {@code <field>_pages} how many pages that is. Equality: the title and site name after collapsing whitespace,
 * case-insensitively; the date as ISO yyyy-MM-dd; the authors as the set of names (split at ";", "," and " and ",
 * case-insensitive), a system without authors being wrong wherever the gold has one.
 */
public final class MetadataChecks {
    private MetadataChecks() {
    }

    /** One page: each field true (right), false (wrong or missing) or null (no gold). */
    public record Page(Boolean title, Boolean author, Boolean date, Boolean sitename) {}

    static Page page(SnippetPage gold, HtmlMetadata m) {
        return new Page(
                gold.title() == null ? null : same(gold.title(), m.title()),
                gold.author() == null ? null : names(gold.author()).equals(names(String.join("; ", m.authors()))),
                gold.date() == null ? null : gold.date().equals(m.published()),
                gold.sitename() == null ? null : same(gold.sitename(), m.outlet()));
    }

    static boolean same(String gold, String system) {
        return system != null && key(gold).equals(key(system));
    }

    private static String key(String s) {
        return SnippetScorer.norm(s).toLowerCase(Locale.ROOT);
    }

    static Set<String> names(String s) {
        Set<String> out = new TreeSet<>();
        for (String part : key(s).split(";|,| and | & ")) {
            String n = part.strip();
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    static Map<String, Double> metrics(List<Page> pages) {
        Map<String, Double> m = new TreeMap<>();
        field(m, "title", pages.stream().map(Page::title).toList());
        field(m, "author", pages.stream().map(Page::author).toList());
        field(m, "date", pages.stream().map(Page::date).toList());
        field(m, "sitename", pages.stream().map(Page::sitename).toList());
        return m;
    }

    private static void field(Map<String, Double> m, String name, List<Boolean> values) {
        int n = 0;
        int right = 0;
        for (Boolean b : values) {
            if (b != null) {
                n++;
                right += b ? 1 : 0;
            }
        }
        if (n > 0) {
            m.put("metadata_" + name + "_accuracy", (double) right / n);
            m.put("metadata_" + name + "_pages", (double) n);
        }
    }
}
