package org.concord.model;

/** Who said a quote: the name as resolved, and the story entity when there is one. */
public record Speaker(String name, String entity) implements java.io.Serializable {}
