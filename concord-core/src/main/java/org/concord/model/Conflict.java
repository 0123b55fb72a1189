package org.concord.model;

import java.util.List;

/** A point on which sources disagree: the aspect ("name", "number", "wording") and the values. */
public record Conflict(String aspect, List<ConflictValue> values) {}
