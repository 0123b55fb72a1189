package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
