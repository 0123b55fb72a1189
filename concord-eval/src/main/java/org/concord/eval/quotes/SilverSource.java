package org.concord.eval.quotes;

import java.util.List;

/**
 * The silver (CoreNLP-derived, not gold) description of one gold source from PolNeAR's
 * {@code silver_source_coref/<split>.tsv}: the syntactic head of the source span, the proper name around it and
 * the names and proper mentions of its coreference chain. Empty strings and lists where not available;
 * {@code headStart}/{@code headEnd} are -1 without a head.
 */
public record SilverSource(String headText, int headStart, int headEnd, String sourceName,
                           String chainRepresentative, List<String> chainNames, List<String> chainProperMentions) {
    public static final SilverSource NONE = new SilverSource("", -1, -1, "", "", List.of(), List.of());

    public SilverSource {
        chainNames = List.copyOf(chainNames);
        chainProperMentions = List.copyOf(chainProperMentions);
    }
}
