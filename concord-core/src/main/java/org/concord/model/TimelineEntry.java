package org.concord.model;

import java.util.List;

/** A dated event; {@code date} is ISO 8601 at the precision known ("2014-12-30", "2014-12"). */
public record TimelineEntry(String date, String text, List<Span> sources) implements java.io.Serializable {}
