package org.concord.annotate;

/** A token with its [start, end) offsets in the document text, lemma, part of speech and NER tag ("O" if none). */
public record Token(int index, int start, int end, String word, String lemma, String pos, String ner) implements java.io.Serializable {}
