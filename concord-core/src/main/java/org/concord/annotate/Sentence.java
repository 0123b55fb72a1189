package org.concord.annotate;

import java.util.List;

/** A sentence: [start, end) in the document text and its tokens. */
public record Sentence(int index, int start, int end, List<Token> tokens) implements java.io.Serializable {}
