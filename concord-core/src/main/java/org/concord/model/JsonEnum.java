package org.concord.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A closed set of values that the report (or an input file) writes as fixed strings: each constant gives its string
 * by {@link #json()}, and {@link #parse} reads one back, failing with a message that names the value and the
 * accepted ones. Implemented by enums, which put Jackson's {@code @JsonValue} on {@code json()} and
 * {@code @JsonCreator} on a factory that calls {@link #parse}.
 */
public interface JsonEnum {
    /** The string written for this value, in the report and in every human-readable view of it. */
    String json();

    /**
     * The constant of {@code type} written as {@code value}.
     *
     * @param what what the value is, for the error message ("claim status")
     * @throws IllegalArgumentException naming the value and the accepted ones when none is written so
     */
    static <E extends Enum<E> & JsonEnum> E parse(Class<E> type, String what, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.json().equals(value)) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + value + "' (accepted: " + accepted(type) + ")");
    }

    /** The strings of all constants of {@code type}, in declaration order, comma-separated. */
    static <E extends Enum<E> & JsonEnum> String accepted(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(JsonEnum::json).collect(Collectors.joining(", "));
    }
}
