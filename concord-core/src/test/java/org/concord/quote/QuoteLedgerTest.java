package org.concord.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.concord.model.EntityType;
import org.concord.model.Quote;
import org.concord.resolve.EntityIndex;
import org.junit.jupiter.api.Test;

class QuoteLedgerTest {
    static QuoteMention m(String doc, String text, String speaker, SpeakerKind kind) {
        return new QuoteMention(doc, 0, text.length(), text, "said", -1, -1, true, speaker, -1, -1, kind);
    }

    @Test
    void differentlyWordedRemarksAcrossOutletsAreOneQuote() {
        List<Quote> q = QuoteLedger.create().build(List.of(
                m("a", "We won't go back until the contract is signed", "Mara Lind", SpeakerKind.NAME),
                m("b", "We will not go back until that contract is signed", "Lind", SpeakerKind.NAME),
                m("c", "The harbour will reopen on Monday morning", "Ola Berg", SpeakerKind.NAME)),
                EntityIndex.empty());
        assertEquals(2, q.size());
        assertEquals(2, q.get(0).occurrences().size());
        assertEquals("q1", q.get(0).id());
        assertEquals("q2", q.get(1).id());
    }

    @Test
    void theSameDocumentIsNeverMergedWithItselfAndShortQuotesStayApart() {
        List<Quote> q = QuoteLedger.create().build(List.of(
                m("a", "We will not go back until the contract is signed", null, SpeakerKind.NONE),
                m("a", "We will not go back until the contract is signed", null, SpeakerKind.NONE),
                m("b", "very bad", null, SpeakerKind.NONE),
                m("c", "very bad", null, SpeakerKind.NONE)), EntityIndex.empty());
        assertEquals(4, q.size());
        assertNull(q.get(0).speaker());
    }

    private static QuoteMention at(int start, String text, String speaker) {
        return new QuoteMention("a", start, start + text.length(), text, "said", -1, -1, true, speaker, -1, -1,
                SpeakerKind.NAME);
    }

    @Test
    void oneSpeakerRepeatingTheSameWordsInOneDocumentIsOneQuote() {
        List<Quote> q = QuoteLedger.create().build(List.of(
                at(0, "We will not go back until the contract is signed", "Mara Lind"),
                at(300, "not go back until the contract is signed", "Mara Lind"),
                at(600, "We will not go back until the contract is signed", "Ola Berg"),
                at(900, "The harbour will reopen on Monday morning", "Mara Lind"),
                at(905, "harbour will reopen", "Mara Lind")),
                EntityIndex.empty());
        assertEquals(3, q.size(), q.toString());
        assertEquals(2, q.get(0).occurrences().size());
        assertEquals("Mara Lind", q.get(0).speaker().name());
        assertEquals("Ola Berg", q.get(1).speaker().name(), "another speaker's same words stay apart");
        assertEquals(2, q.get(2).occurrences().size(), "overlapping spans of one speaker are one quote");
        assertFalse(QuoteLedger.sameSpeaker(null, null));
    }

    @Test
    void anonymousSourcesHaveNoEntity() {
        List<Quote> q = QuoteLedger.create().build(List.of(
                m("a", "The talks collapsed late in the night", "anonymous source", SpeakerKind.ANONYMOUS)),
                EntityIndex.empty());
        assertEquals("anonymous source", q.get(0).speaker().name());
        assertNull(q.get(0).speaker().entity());
    }

    @Test
    void aShortFragmentIsPartOfALongerQuotationOnlyAsConsecutiveWords() {
        List<String> whole = QuoteLedger.sequence("He has blood on his hands, and so does City Hall");
        assertTrue(QuoteLedger.fragmentOf(QuoteLedger.sequence("blood"), whole));
        assertTrue(QuoteLedger.fragmentOf(QuoteLedger.sequence("\u201cblood on his\u201d"), whole));
        assertFalse(QuoteLedger.fragmentOf(QuoteLedger.sequence("hands blood"), whole));
        assertFalse(QuoteLedger.fragmentOf(QuoteLedger.sequence("blood on his hands"), whole)); // four words: Jaccard
        assertFalse(QuoteLedger.fragmentOf(QuoteLedger.sequence("tears"), whole));
    }

    @Test
    void aFragmentWithoutResolvedSpeakersStaysApart() {
        List<Quote> q = QuoteLedger.create().build(List.of(
                m("a", "He has blood on his hands, and so does City Hall", "Pat Lynch", SpeakerKind.NAME),
                m("b", "blood", "Lynch", SpeakerKind.NAME)), EntityIndex.empty());
        assertEquals(2, q.size());
    }

    @Test
    void aFragmentIsNeverCanonicalWhenALongerWordingExists() {
        List<QuoteMention> ms = List.of(
                new QuoteMention("a", 0, 5, "blood", "said", -1, -1, true, "Lynch", -1, -1, SpeakerKind.NAME),
                new QuoteMention("b", 0, 5, "blood", "said", -1, -1, true, "Lynch", -1, -1, SpeakerKind.NAME),
                new QuoteMention("c", 0, 18, "blood on his hands", "said", -1, -1, true, "Lynch", -1, -1,
                        SpeakerKind.NAME));
        org.concord.model.Entity lynch = new org.concord.model.Entity("e1", "Patrick Lynch", EntityType.PERSON,
                List.of("Lynch"), List.of(), List.of("a", "b", "c"), 3);
        EntityIndex oneLynch = new EntityIndex() {
            @Override
            public List<org.concord.model.Entity> entities() {
                return List.of(lynch);
            }

            @Override
            public java.util.Optional<org.concord.model.Entity> entityAt(String documentId, int start, int end) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<org.concord.model.Entity> resolveName(String documentId, String name) {
                return name.endsWith("Lynch") ? java.util.Optional.of(lynch) : java.util.Optional.empty();
            }
        };
        List<Quote> q = QuoteLedger.create().build(ms, oneLynch);
        assertEquals(1, q.size(), q.toString());
        assertEquals("blood on his hands", q.get(0).text());
    }

    @Test
    void contractionsAreExpandedBeforeComparing() {
        assertEquals(QuoteLedger.words("we will not stop"), QuoteLedger.words("We won\u2019t stop"));
    }
}
