package org.concord.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a piece of text was dropped from an article: the {@code reason} of {@link Removed}, written as a short phrase
 * a person can read. The web page extractor ({@code HtmlExtractor}) removes page elements and lines, the cleaner
 * ({@code Cleaner}) removes paragraph lines and inline tokens of every input; some reasons are given by both.
 */
public enum RemovalReason implements JsonEnum {
    // given by both the extractor and the cleaner
    ADVERTISEMENT("advertisement"),
    BYLINE("byline"),
    FOOTER("footer"),
    RELATED_LINK("related link"),
    // the web page extractor: elements by tag, visibility, class or id, and lines of the chosen container
    NAVIGATION("navigation"),
    ASIDE("aside"),
    CAPTION("caption"),
    HIDDEN("hidden"),
    COMMENTS("comments"),
    SHARE_BAR("share bar"),
    RELATED_LINKS("related links"),
    SIGN_UP_PROMPT("sign-up prompt"),
    COOKIE_PROMPT("cookie prompt"),
    SIDEBAR("sidebar"),
    POP_UP("pop-up"),
    TAGS("tags"),
    HEADLINE("headline"),
    LINK_LIST("link list"),
    PAGE_FURNITURE("page furniture"),
    DATE_LINE("date line"),
    /** Kept by the extractor's rules, dropped by its learned block classifier (BlockModel). */
    LOW_CONTENT_SCORE("low content score"),
    // the cleaner: inline tokens, whole-line rules and the header
    AD_TOKEN("ad token"),
    PHOTO_CREDIT("photo credit"),
    PHOTO_CAPTION("photo caption"),
    READING_TIME("reading time"),
    EMBED_LABEL("embed label"),
    EMBED_PROMPT("embed prompt"),
    NEWSLETTER_PROMPT("newsletter prompt"),
    SHARE_PROMPT("share prompt"),
    SECTION_LABEL("section label"),
    HEADLINE_AS_TITLE("headline (kept as title)"),
    DATE_LINE_AS_PUBLISHED("date line (kept as published date)"),
    // ingestion, for every input: characters no writer can encode, replaced (the entry's text says which field held
    // how many; it is a description, not the characters, which cannot be written)
    INVALID_CHARACTER("invalid character"),
    /** Written by early versions of the extractor (now "page furniture" or "related link"); read, never given. */
    PROMPT("prompt");

    private final String json;

    RemovalReason(String json) {
        this.json = json;
    }

    @JsonValue
    @Override
    public String json() {
        return json;
    }

    /** The reason written as {@code s}; IllegalArgumentException naming it and the accepted ones otherwise. */
    @JsonCreator
    public static RemovalReason fromJson(String s) {
        return JsonEnum.parse(RemovalReason.class, "removal reason", s);
    }

    @Override
    public String toString() {
        return json;
    }
}
