package org.concord.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CoreNLP baseline's speaker span counts under the rule Concord's report ledger is scored by. */
class CoreNlpSpeakerRuleTest {
    @Test
    void theSpanCountsOnlyWhereTheNameWasReadAndNeverForAPronoun() {
        assertTrue(CoreNlpQuoteSystem.readAtSpan("Bill Bratton", "Bill Bratton", "name"));
        assertTrue(CoreNlpQuoteSystem.readAtSpan("the mayor", " the mayor", "animate noun"));
        // coreference found the name elsewhere: judged by the name alone
        assertFalse(CoreNlpQuoteSystem.readAtSpan("Bill Bratton", "Bratton", "name"));
        assertFalse(CoreNlpQuoteSystem.readAtSpan("Bill Bratton", "he", "pronoun"));
        // an unresolved pronoun names nobody the reader can check
        assertFalse(CoreNlpQuoteSystem.readAtSpan("he", "he", "pronoun"));
        assertFalse(CoreNlpQuoteSystem.readAtSpan(null, "he", "pronoun"));
        assertFalse(CoreNlpQuoteSystem.readAtSpan("Bratton", null, null));
    }
}
