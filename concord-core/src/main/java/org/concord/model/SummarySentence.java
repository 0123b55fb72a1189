package org.concord.model;

import java.util.List;

/** One sentence of a cited summary. */
public record SummarySentence(String text, List<Span> sources) implements java.io.Serializable {}
