package org.concord.quote;

/**
 * One rule of the quote extractor: it reads one document and adds what it finds to {@link Found}, where the rules
 * run before it have left theirs. {@link QuoteExtractor} runs the rules in a fixed order (quotations, then transcript
 * lines, block statements, "according to" and reported speech) and orders what they found; a rule keeps no state
 * between documents.
 */
interface QuoteRule {
    /** Adds this rule's mentions in the document {@code view} to {@code found}, speakers read by {@code speakers}. */
    void find(TokenView view, SpeakerReader speakers, Found found);
}
