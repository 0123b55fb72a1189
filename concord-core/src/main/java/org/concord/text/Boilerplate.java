package org.concord.text;

import java.util.List;
import java.util.regex.Pattern;
import org.concord.model.RemovalReason;

/**
 * Boilerplate lines: what the web page extractor ({@code HtmlExtractor}) and the cleaner ({@code Cleaner}) drop as
 * page furniture, prompts, labels and captions, with the reason each records. The two look at different lines, so
 * each keeps its own rules, side by side here: the extractor a block of a web page, matched whole and by its length
 * in characters; the cleaner a paragraph line of any input, by its words, after the extractor has run on web
 * pages. The words both drop, ad labels and caption links, are written once ({@link #AD_LABEL},
 * {@link #CAPTION_LINK}).
 */
public final class Boilerplate {
    /** An advertisement label standing alone: "Advertisement", "Sponsored content", "Ad". */
    static final String AD_LABEL = "advertisement|advert|sponsored(?: content)?|ad";
    /** A caption toggle: "View caption", "View full caption". */
    static final String CAPTION_LINK = "view (?:full )?caption";

    // ---- web page blocks (HtmlExtractor) ----------------------------------------------------------------------

    private static final Pattern PAGE_LINE = Pattern.compile(
            "^(?:" + AD_LABEL + "|share(?: this(?: article| story)?)?|tweet|email|print"
                    + "|comments?|related(?: (?:stories|articles|content|coverage))?|read more|see also|recommended"
                    + "|more from .{1,40}|follow us.{0,40}|sign up.{0,80}|subscribe.{0,80}|skip to (?:main )?content"
                    + "|continue reading.{0,40}|image|photo|getty images|" + CAPTION_LINK + "|close|menu"
                    + "|loading\\W*|play video|watch|listen|\\d+ comments?|back to top|trending(?: now| stories)?|captions?"
                    + "|text size|print (?:article|story|this)|order reprints?|reprints?|tags|topics|highlights|more"
                    + "|tell us what you think|popular on .{1,40}|like this (?:story|article)\\?.{0,60}|don.?t miss"
                    + "|more .{0,30}stories|(?:next|previous|prev) (?:post|article|story|page|.{0,20} news)"
                    + "|\\W*(?:next|previous) .{0,20} news|\\d+ (?:of|/) \\d+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
                    + "|(?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)+/\\S*"
                    + "|.{0,40}(?:requires|enable) javascript.{0,40})\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Link-in-text prompts: "Related: ...", "Read more: ...", "Sign up: ...". */
    private static final Pattern PROMPT_PREFIX = Pattern.compile(
            "^(?:related(?: post| story| article| stories| articles| content| coverage)?|read more|read also|see also"
                    + "|also read|more on this|recommended|watch|sign up|subscribe|tags|topics|filed under|categories"
                    + ")\\s*:.{0,150}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A short line that asks the reader to sign up or click. */
    private static final Pattern SIGN_UP = Pattern.compile(
            "\\b(?:click here|sign up|subscribe|newsletters?|delivered (?:to|through) your)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // ---- paragraph lines (Cleaner) ---------------------------------------------------------------------------

    private static final List<LineRule> PARAGRAPH_RULES = List.of(
            LineRule.of(RemovalReason.READING_TIME, "^\\d+\\s*(?:min|minute)s?\\s+read$", 4),
            LineRule.of(RemovalReason.ADVERTISEMENT, "^(?:" + AD_LABEL + ")\\s*$", 2),
            LineRule.of(RemovalReason.PHOTO_CAPTION,
                    "^" + CAPTION_LINK + "$|^(?:photo|image|credit|caption)s?\\s*:", 30),
            LineRule.of(RemovalReason.EMBED_LABEL, "^\\[[^\\]]{1,40}\\]$", 8),
            LineRule.of(RemovalReason.NEWSLETTER_PROMPT,
                    "sign up|subscribe|newsletter|delivered to your inbox|get our (?:daily|free)|join our mailing", 30),
            LineRule.of(RemovalReason.SHARE_PROMPT,
                    "^(?:share|tweet|email|print|pin)(?: this)?(?: story| article| page)?[.!:]?$"
                            + "|share (?:this|on (?:facebook|twitter|x))", 10),
            LineRule.of(RemovalReason.RELATED_LINK,
                    "^(?:related(?: stories| articles| coverage)?|read more|see also|also read|read next|recommended"
                            + "|more (?:must-reads|stories|coverage|news) from|most (?:read|popular))\\b", 20),
            LineRule.of(RemovalReason.RELATED_LINK, "^read (?:the|our) [^.]{0,60}here\\.?$|^click here\\b", 12),
            LineRule.of(RemovalReason.FOOTER,
                    "^contact us at\\s+\\S+@|^(?:\u00a9|copyright\\b|\\(c\\) \\d{4})|all rights reserved"
                            + "|brought to you by|^follow (?:us|[a-z .'-]{2,40}) on (?:twitter|facebook|instagram)", 25),
            LineRule.of(RemovalReason.EMBED_PROMPT, "^(?:watch|listen to|see)\\b[^.!?]{0,80}:$", 14));

    private Boilerplate() {
    }

    /**
     * The reason to drop a block of a web page's main container, or null to keep it: a short furniture line
     * ("Share", "Read more", "3 comments"), a link-in-text prompt ("Related: ..."), a short sign-up or click prompt.
     */
    public static RemovalReason pageLine(String p) {
        if (p.length() < 60 && PAGE_LINE.matcher(p).matches()) {
            return RemovalReason.PAGE_FURNITURE;
        }
        if (p.length() < 200 && PROMPT_PREFIX.matcher(p).matches()) {
            return RemovalReason.RELATED_LINK;
        }
        if (p.length() < 160 && SIGN_UP.matcher(p).find()) {
            return RemovalReason.SIGN_UP_PROMPT;
        }
        return null;
    }

    /** The reason of the first paragraph rule a line of {@code words} words matches, or null. */
    public static RemovalReason paragraphLine(String line, int words) {
        for (LineRule r : PARAGRAPH_RULES) {
            if (r.matches(line, words)) {
                return r.reason();
            }
        }
        return null;
    }
}
