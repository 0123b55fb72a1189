package org.concord.resolve;

import java.util.List;
import java.util.Optional;
import org.concord.model.Entity;

/** Entities resolved across a set of documents, and a way back from a mention to its entity. */
public interface EntityIndex {
    /** The resolved entities, in a stable order. */
    List<Entity> entities();

    /** The entity one of whose mentions overlaps [start, end) of the document, if any. */
    Optional<Entity> entityAt(String documentId, int start, int end);

    /** The entity a name or alias (full or surname, "Lynch", "the mayor" when known as a title) refers to in a document. */
    Optional<Entity> resolveName(String documentId, String name);

    /** An index with no entities. */
    static EntityIndex empty() {
        return new EntityIndex() {
            @Override
            public List<Entity> entities() {
                return List.of();
            }

            @Override
            public Optional<Entity> entityAt(String documentId, int start, int end) {
                return Optional.empty();
            }

            @Override
            public Optional<Entity> resolveName(String documentId, String name) {
                return Optional.empty();
            }
        };
    }
}
