package org.concord.quote;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.concord.model.JsonEnum;

/**
 * How a quote's speaker was read from its document: a name, a title or description ("the mayor"), a pronoun, an
 * anonymous source, or no speaker at all. The attribution filter's features carry it as written here
 * ({@code sk=name}).
 */
public enum SpeakerKind implements JsonEnum {
    NAME("name"),
    TITLE("title"),
    PRONOUN("pronoun"),
    ANONYMOUS("anonymous"),
    NONE("none");

    private final String json;

    SpeakerKind(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** The kind written as {@code s}; IllegalArgumentException naming it and the accepted ones otherwise. */
    @JsonCreator
    public static SpeakerKind fromJson(String s) {
        return JsonEnum.parse(SpeakerKind.class, "speaker kind", s);
    }

    @Override
    public String toString() {
        return json;
    }
}
