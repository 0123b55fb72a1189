package org.concord.model;

/** A link from one story to another, e.g. relation "follow-up". */
public record Related(String story, String relation) implements java.io.Serializable {
    public static final String FOLLOW_UP = "follow-up";
}
