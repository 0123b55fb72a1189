package org.concord.eval.quotes;

import java.util.List;

/** One PolNeAR article: its name, the primary annotator's .ann file name, the text and its gold attributions. */
public record PolnearDocument(String name, String annFile, String text, List<GoldAttribution> attributions) {
    public PolnearDocument {
        attributions = List.copyOf(attributions);
    }
}
