package org.concord.model;

import java.util.List;

/** A point on which sources disagree: the aspect (a number, a date, a name, a wording) and the values. */
public record Conflict(ConflictAspect aspect, List<ConflictValue> values) implements java.io.Serializable {}
