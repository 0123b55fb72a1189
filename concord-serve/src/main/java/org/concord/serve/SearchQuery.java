package org.concord.serve;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;

/**
 * A search of the index: the words ({@code q}, Lucene's classic syntax; null for every document) and the drill-down
 * filters, each optional: {@code outlet} (exact), {@code entity} (an entity id, {@code e-...}, or a name, any case),
 * {@code speaker} (a quoted speaker's name, any case), {@code from} and {@code to} (publication dates, inclusive).
 * A document with no known date is left out when {@code from} or {@code to} is given.
 */
record SearchQuery(String q, String outlet, String entity, String speaker, String from, String to) {
    /** A search with the name it is saved under. */
    record Named(String name, SearchQuery query) {}

    /** The filter parameters, in the order they are shown. */
    static final List<String> FILTERS = List.of("outlet", "entity", "speaker", "from", "to");

    /** Checks the dates (YYYY-MM-DD, {@code from} not after {@code to}) and the lengths. */
    SearchQuery {
        check("q", q, 1000);
        check("outlet", outlet, 1000);
        check("entity", entity, 1000);
        check("speaker", speaker, 1000);
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        if (f != null && t != null && f.isAfter(t)) {
            throw new Listings.BadQuery("from (" + from + ") is after to (" + to + ")");
        }
    }

    /** A query from a map of filter values (names from {@link #FILTERS}; any other name is refused). */
    static SearchQuery of(String q, Map<String, String> filters) {
        for (String k : filters.keySet()) {
            if (!FILTERS.contains(k)) {
                throw new Listings.BadQuery("filters." + k + " is not a filter; the filters are " + FILTERS);
            }
        }
        return new SearchQuery(q, filters.get("outlet"), filters.get("entity"), filters.get("speaker"),
                filters.get("from"), filters.get("to"));
    }

    /** The filters that are set, in {@link #FILTERS} order. */
    Map<String, String> filters() {
        Map<String, String> out = new LinkedHashMap<>();
        String[] values = {outlet, entity, speaker, from, to};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out.put(FILTERS.get(i), values[i]);
            }
        }
        return out;
    }

    /** The filters as one Lucene query of FILTER clauses (they do not score); null when none is set. */
    Query filterQuery() {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean any = false;
        if (outlet != null) {
            b.add(new TermQuery(new Term(SearchFields.OUTLET, outlet)), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (entity != null) {
            b.add(new TermQuery(new Term(SearchFields.ENTITY_KEY, entity.toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
            any = true;
        }
        if (speaker != null) {
            b.add(new TermQuery(new Term(SearchFields.SPEAKER_KEY, speaker.toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
            any = true;
        }
        if (from != null || to != null) {
            b.add(TermRangeQuery.newStringRange(SearchFields.DATE, from, to, true, true), BooleanClause.Occur.FILTER);
            any = true;
        }
        return any ? b.build() : null;
    }

    private static void check(String name, String value, int max) {
        if (value != null && (value.isBlank() || value.length() > max)) {
            throw new Listings.BadQuery(name + " must be 1 to " + max + " characters");
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new Listings.BadQuery(name + " must be a date (YYYY-MM-DD), got '" + shorten(value) + "'");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Listings.BadQuery(name + " is not a calendar date: '" + value + "'");
        }
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
