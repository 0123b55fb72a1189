package org.concord.model;

/** One place a quote appears: {@code text} equals the document text in [start, end). */
public record Occurrence(String document, int start, int end, String text, String cue, boolean direct) implements java.io.Serializable {}
