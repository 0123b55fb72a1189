package org.concord.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentIdsTest {
    @Test
    void derivedIdsComeFromTheUrlElseTheTextNeverThePosition() {
        String a = DocumentIds.derived("feed", "https://Example.com/news/story-1/#top", "text one");
        assertEquals(a, DocumentIds.derived("feed", "https://example.com/news/story-1", "text changed"),
                "the canonical URL decides, whatever the text");
        assertNotEquals(a, DocumentIds.derived("feed", "https://example.com/news/story-2", "text one"));
        String b = DocumentIds.derived("wire", null, "Some   text\nhere ");
        assertEquals(b, DocumentIds.derived("wire", null, "Some text here"), "white space is normalized");
        assertEquals("wire-" + DocumentIds.hash("Some text here"), b);
    }

    @Test
    void sharedIdsAreDisambiguatedTheSameWayInAnyOrder() {
        RawArticle x = new RawArticle("story", "a/story.txt", null, null, null, "First text.");
        RawArticle y = new RawArticle("story", "b/story.txt", null, null, null, "Second text.");
        RawArticle z = new RawArticle("other", "c/other.txt", null, null, null, "Third text.");
        List<String> one = ids(DocumentIds.disambiguate(List.of(x, y, z)));
        List<String> two = ids(DocumentIds.disambiguate(List.of(z, y, x)));
        assertEquals("other", one.get(2), "a unique id is kept");
        assertEquals(one.get(0), two.get(2));
        assertEquals(one.get(1), two.get(1));
        assertEquals(3, new HashSet<>(one).size());
        assertEquals("story-" + DocumentIds.hash("First text."), one.get(0));
    }

    @Test
    void equalTextsUnderOneIdStillGetDistinctIds() {
        RawArticle x = new RawArticle("story", "a/story.txt", null, null, null, "Same.");
        RawArticle y = new RawArticle("story", "b/story.txt", null, null, null, "Same.");
        List<String> ids = ids(DocumentIds.disambiguate(List.of(x, y)));
        assertEquals(2, new HashSet<>(ids).size(), ids.toString());
    }

    @Test
    void sameIdTextAndSourceStillGiveUniqueIdsInAnyOrder() {
        RawArticle x = new RawArticle("story", "a/story.txt", null, "One", null, "Same.");
        RawArticle y = new RawArticle("story", "a/story.txt", null, "Two", null, "Same.");
        List<String> one = ids(DocumentIds.disambiguate(List.of(x, y)));
        List<String> two = ids(DocumentIds.disambiguate(List.of(y, x)));
        assertEquals(2, new HashSet<>(one).size(), one.toString());
        assertEquals(one.get(0), two.get(1));
        assertEquals(one.get(1), two.get(0));
    }

    private static List<String> ids(List<RawArticle> as) {
        List<String> out = new ArrayList<>();
        as.forEach(a -> out.add(a.id()));
        return out;
    }
}
