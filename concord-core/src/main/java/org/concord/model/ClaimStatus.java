package org.concord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How far sources back a claim: written "corroborated", "single-source" or "conflicting". */
public enum ClaimStatus implements JsonEnum {
    CORROBORATED("corroborated"),
    SINGLE_SOURCE("single-source"),
    CONFLICTING("conflicting");

    private final String json;

    ClaimStatus(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** The value written as {@code s}; IllegalArgumentException naming it and the accepted ones otherwise. */
    @JsonCreator
    public static ClaimStatus fromJson(String s) {
        return JsonEnum.parse(ClaimStatus.class, "claim status", s);
    }

    @Override
    public String toString() {
        return json;
    }
}
