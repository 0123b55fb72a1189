package org.concord.model;

/** An input that could not be read or analysed, with a one-line reason. */
public record Skipped(String source, String reason) {}
