package org.concord.model;

import java.util.List;

/** One of the values sources give for a conflicting aspect, with the documents that give it. */
public record ConflictValue(String value, List<String> documents) implements java.io.Serializable {}
