package org.concord.pipeline;

import java.util.Set;
import org.concord.cluster.NearDuplicates;

/** {@code signature}: the document's shingles and MinHash signature, for the near-duplicate step. */
final class SignatureStage implements DocumentStage {
    static final String NAME = "signature";
    private final NearDuplicates duplicates = NearDuplicates.create();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> requires() {
        return Set.of(CleanStage.NAME);
    }

    @Override
    public DocumentWork apply(DocumentWork in) {
        return in.withSignature(duplicates.signature(in.document().text()));
    }
}
