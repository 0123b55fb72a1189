package org.concord.model;

import java.util.List;

/** A statement of fact aligned across sources, with how far they back it ({@link ClaimStatus}). */
public record Claim(String text, ClaimStatus status, List<Span> sources, int independentSources,
                    List<Conflict> conflicts) implements java.io.Serializable {}
