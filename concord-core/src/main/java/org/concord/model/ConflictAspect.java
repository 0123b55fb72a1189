package org.concord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What two sources disagree on in a conflicting claim: a count, a date, a name, or a quote's wording. */
public enum ConflictAspect implements JsonEnum {
    NUMBER("number"),
    DATE("date"),
    NAME("name"),
    WORDING("wording");

    private final String json;

    ConflictAspect(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** The value written as {@code s}; IllegalArgumentException naming it and the accepted ones otherwise. */
    @JsonCreator
    public static ConflictAspect fromJson(String s) {
        return JsonEnum.parse(ConflictAspect.class, "conflict aspect", s);
    }

    @Override
    public String toString() {
        return json;
    }
}
