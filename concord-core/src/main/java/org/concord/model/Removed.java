package org.concord.model;

/** A piece of text dropped by cleaning, with a short reason a person can read. */
public record Removed(String text, RemovalReason reason) implements java.io.Serializable {}
