package org.concord.annotate;

/**
 * A temporal expression: [start, end), its text, TIMEX3 type (DATE, TIME, DURATION, SET) and normalized value
 * ("2014-12-30", "2014-12", "PAST_REF", ...) or null when it has none.
 */
public record Timex(int start, int end, String text, String type, String value, int sentence) implements java.io.Serializable {}
