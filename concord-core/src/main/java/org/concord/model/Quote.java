package org.concord.model;

import java.util.List;

/** One utterance, with every place it appears across the story. */
public record Quote(String id, String text, Speaker speaker, List<Occurrence> occurrences) implements java.io.Serializable {}
