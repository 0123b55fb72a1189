package org.concord.model;

import java.util.List;

/** A statement of fact aligned across sources. Status: corroborated, single-source or conflicting. */
public record Claim(String text, String status, List<Span> sources, int independentSources, List<Conflict> conflicts) {
    public static final String CORROBORATED = "corroborated";
    public static final String SINGLE_SOURCE = "single-source";
    public static final String CONFLICTING = "conflicting";
}
