package org.concord.annotate;

/** A named-entity mention: [start, end), its text and type (PERSON, ORGANIZATION, LOCATION, ...). */
public record Mention(int start, int end, String text, String type, int sentence) implements java.io.Serializable {}
