package org.concord.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search answer cache: least recently used dropped, emptied by a change, never refilled by an older search. */
class ResultCacheTest {
    private static ResultCache.Key key(String q) {
        return new ResultCache.Key(new SearchQuery(q, null, null, null, null, null), SearchIndex.FacetRequest.OUTLET,
                0, 20);
    }

    private static SearchIndex.Result result(long total) {
        return new SearchIndex.Result(total, List.of(), Map.of());
    }

    @Test
    void answersUntilTheIndexChanges() {
        ResultCache c = new ResultCache(10);
        SearchIndex.Result r = result(3);
        c.put(key("ferry"), r, c.generation());
        assertSame(r, c.get(key("ferry")));
        assertNull(c.get(key("strike")));
        c.clear();
        assertNull(c.get(key("ferry")), "a change empties it");
        assertEquals(new ResultCache.Stats(1, 2), c.stats());
    }

    @Test
    void aSearchThatStartedBeforeAChangeIsNotKept() {
        ResultCache c = new ResultCache(10);
        long started = c.generation();
        c.clear(); // the index changed while the search ran
        c.put(key("ferry"), result(1), started);
        assertNull(c.get(key("ferry")));
        c.put(key("ferry"), result(2), c.generation());
        assertEquals(2, c.get(key("ferry")).total());
    }

    @Test
    void theLeastRecentlyUsedGoesFirstAndZeroKeepsNothing() {
        ResultCache c = new ResultCache(2);
        c.put(key("a"), result(1), c.generation());
        c.put(key("b"), result(2), c.generation());
        c.get(key("a"));
        c.put(key("c"), result(3), c.generation());
        assertNull(c.get(key("b")));
        assertEquals(1, c.get(key("a")).total());
        ResultCache none = new ResultCache(0);
        none.put(key("a"), result(1), none.generation());
        assertNull(none.get(key("a")));
        assertThrows(IllegalArgumentException.class, () -> new ResultCache(-1));
    }

    @Test
    void differentFiltersFacetsAndPagesAreDifferentSearches() {
        ResultCache c = new ResultCache(10);
        c.put(key("ferry"), result(1), c.generation());
        assertNull(c.get(new ResultCache.Key(new SearchQuery("ferry", "Wire", null, null, null, null),
                SearchIndex.FacetRequest.OUTLET, 0, 20)));
        assertNull(c.get(new ResultCache.Key(new SearchQuery("ferry", null, null, null, null, null),
                new SearchIndex.FacetRequest(List.of("entity"), false, 20), 0, 20)));
        assertNull(c.get(new ResultCache.Key(new SearchQuery("ferry", null, null, null, null, null),
                SearchIndex.FacetRequest.OUTLET, 20, 20)));
    }
}
