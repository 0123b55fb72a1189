package org.concord.model;

import java.util.List;

/** A person, organization or place resolved across the documents of a story. */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<String> titles,
                     List<String> documents, int mentions) implements java.io.Serializable {}
