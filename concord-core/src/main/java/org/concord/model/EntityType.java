package org.concord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The kind of a resolved entity, written as the tagger's class names (places of every kind are LOCATION). */
public enum EntityType implements JsonEnum {
    PERSON("PERSON"),
    ORGANIZATION("ORGANIZATION"),
    LOCATION("LOCATION");

    private final String json;

    EntityType(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** The value written as {@code s}; IllegalArgumentException naming it and the accepted ones otherwise. */
    @JsonCreator
    public static EntityType fromJson(String s) {
        return JsonEnum.parse(EntityType.class, "entity type", s);
    }

    @Override
    public String toString() {
        return json;
    }
}
