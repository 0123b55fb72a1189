package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.concord.model.Entity;
import org.concord.model.EntityType;
import org.concord.quote.QuoteLedger;
import org.concord.quote.QuoteMention;
import org.concord.quote.SpeakerKind;
import org.concord.resolve.EntityIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcordQuoteSystemTest {
    @AfterEach
    void clear() {
        System.clearProperty("concord.quotes.filter");
        System.clearProperty("concord.quotes.filter.threshold");
    }

    @Test
    void theFilterPropertiesAreCheckedAndNamedInTheMessage() {
        System.setProperty("concord.quotes.filter.threshold", "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                ConcordQuoteSystem::filterFromProperties);
        assertTrue(e.getMessage().contains("concord.quotes.filter.threshold"), e.getMessage());
        System.setProperty("concord.quotes.filter.threshold", "0.7");
        assertEquals(0.7, ConcordQuoteSystem.filterFromProperties().threshold(), 1e-12);
        System.setProperty("concord.quotes.filter", "none");
        assertNull(ConcordQuoteSystem.filterFromProperties());
        System.setProperty("concord.quotes.filter", "maybe");
        assertThrows(IllegalArgumentException.class, ConcordQuoteSystem::filterFromProperties);
    }

    private static final String TEXT = "Marta Ilves said the plan works well. She said the money is there. "
            + "A senior official said the talks failed. The mayor said the city will pay soon. It is said taxes rise.";

    private static QuoteMention mention(String content, String speaker, String speakerSpan, SpeakerKind kind) {
        int s = TEXT.indexOf(content);
        int ss = speakerSpan == null ? -1 : TEXT.indexOf(speakerSpan);
        int se = speakerSpan == null ? -1 : ss + speakerSpan.length();
        int cue = TEXT.indexOf("said", Math.max(0, ss));
        return new QuoteMention("d", s, s + content.length(), content, "said", cue, cue + 4, false, speaker, ss, se,
                kind);
    }

    /** One entity, the mayor Ana Ruiz, known by her title. */
    private static final EntityIndex MAYOR = new EntityIndex() {
        private final Entity ruiz = new Entity("e1", "Ana Ruiz", EntityType.PERSON, List.of("Ruiz"), List.of("mayor"),
                List.of("d"), 2);

        @Override
        public List<Entity> entities() {
            return List.of(ruiz);
        }

        @Override
        public Optional<Entity> entityAt(String documentId, int start, int end) {
            return Optional.empty();
        }

        @Override
        public Optional<Entity> resolveName(String documentId, String name) {
            return name.equalsIgnoreCase("the mayor") ? Optional.of(ruiz) : Optional.empty();
        }
    };

    @Test
    void theLedgerViewScoresTheNameTheReportShowsAndItsSpanOnlyWhenTheNameWasReadThere() {
        List<QuoteMention> ms = List.of(
                mention("the plan works well", "Marta Ilves", "Marta Ilves", SpeakerKind.NAME),
                mention("the money is there", "Marta Ilves", "She", SpeakerKind.PRONOUN),
                mention("the talks failed", "anonymous source", "A senior official", SpeakerKind.ANONYMOUS),
                mention("the city will pay soon", "the mayor", "The mayor", SpeakerKind.TITLE),
                mention("taxes rise", null, null, SpeakerKind.NONE));
        List<QuoteLedger.Entry> entries = QuoteLedger.create().ledger(ms, MAYOR).entries();
        List<PredictedQuote> p = ConcordQuoteSystem.ledgerPredictions(entries, TEXT);
        assertEquals(5, p.size());
        // a name as written, unresolved: the name and the span it was read at
        assertEquals("Marta Ilves", p.get(0).speaker());
        assertEquals(TEXT.indexOf("Marta"), p.get(0).speakerStart());
        // a pronoun's antecedent: the name only, not the pronoun's position
        assertEquals("Marta Ilves", p.get(1).speaker());
        assertFalse(p.get(1).hasSpeakerSpan());
        // an anonymous source is read at its span
        assertEquals("anonymous source", p.get(2).speaker());
        assertEquals(TEXT.indexOf("A senior"), p.get(2).speakerStart());
        // a title the ledger resolved to an entity: the entity's name, judged alone
        assertEquals("Ana Ruiz", p.get(3).speaker());
        assertFalse(p.get(3).hasSpeakerSpan());
        // no speaker shown, none scored
        assertFalse(p.get(4).hasSpeaker());
        assertEquals(List.of(true, false, true, false, false),
                entries.stream().map(ConcordQuoteSystem::readAtSpan).toList());
    }
}
