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

    /**
     * "Read also" and "you may also like" labels in the languages of the evaluation pages (German, French, Spanish,
     * Portuguese, Italian, Polish, Dutch): the same furniture as the English "Read more" and "See also".
     */
    static final String READ_ALSO = "lesen sie auch(?: die folgenden beitr\u00e4ge)?|auch (?:interessant|lesen)"
            + "|(?:das(?: thema)?|dies) k\u00f6nnte (?:sie|dich) auch interessieren|zum weiterlesen|mehr zum thema.{0,30}"
            + "|weitere (?:artikel|beitr\u00e4ge)(?: zum thema| aus .{1,30})?|empfohlene beitr\u00e4ge"
            + "|\u00e4hnliche (?:artikel|beitr\u00e4ge)|weiterf\u00fchrende(?:r)? links?|(?:\u00e0 )?lire aussi"
            + "|sur le m\u00eame sujet|(?:le|te) puede interesar|(?:vea|lea|lee) tambi\u00e9n"
            + "|(?:veja|leia) tamb\u00e9m|leggi anche|czytaj (?:te\u017c|tak\u017ce|r\u00f3wnie\u017c)|lees ook";
    /** Comment and share labels standing alone, in the same languages. */
    private static final String LABELS_OTHER_LANGUAGES = "kommentare?(?: schreiben)?|kommentieren|artikel teilen|teilen"
            + "|commentaires?|partager|comentarios?|compartir|coment\u00e1rios|compartilhe|commenti|condividi"
            + "|komentarze|reacties|inhaltsverzeichnis";
    /** A picture credit's label: "Foto: ...", "Bild: ...", "Crédits photos : ...". */
    private static final String PICTURE_CREDIT = "fotos?|bild(?:er)?|abbildung|beitragsbild|cr\u00e9dits? photos?"
            + "|photo credits?|image credits?";

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
                    + "|.{0,40}(?:requires|enable) javascript.{0,40}|comments are closed|leave a (?:reply|comment)"
                    + "|" + READ_ALSO + "|" + LABELS_OTHER_LANGUAGES + ")\\W*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Link-in-text prompts: "Related: ...", "Read more: ...", "Sign up: ...". */
    private static final Pattern PROMPT_PREFIX = Pattern.compile(
            "^(?:related(?: post| story| article| stories| articles| content| coverage)?|read more|read also|see also"
                    + "|also read|more on this|recommended|watch|sign up|subscribe|tags|topics|filed under|categories"
                    + "|" + READ_ALSO + ")\\s*[:\u00bb].{0,150}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A picture credit: "Foto: ...", "Crédits photos : ...". */
    private static final Pattern CREDIT_LINE = Pattern.compile("^(?:" + PICTURE_CREDIT + ")\\s*:.{0,150}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A blog post's filing line, as WordPress themes print it under the post: "This entry was posted in News and
     * tagged ... Bookmark the permalink.", "Dieser Eintrag wurde veröffentlicht in ...".
     */
    private static final Pattern POST_META = Pattern.compile(
            "^(?:this entry was posted in|this entry was filed under|dieser eintrag wurde ver\u00f6ffentlicht in"
                    + "|cet article a \u00e9t\u00e9 publi\u00e9 dans|esta entrada fue publicada en)\\b.*$",
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
     * ("Share", "Read more", "3 comments", and their equivalents in a few other languages), a link-in-text prompt
     * ("Related: ...", "Lesen Sie auch: ..."), a picture credit ("Foto: ..."), a short sign-up or click prompt.
     */
    public static RemovalReason pageLine(String p) {
        if (p.length() < 60 && PAGE_LINE.matcher(p).matches()) {
            return RemovalReason.PAGE_FURNITURE;
        }
        if (p.length() < 200 && PROMPT_PREFIX.matcher(p).matches()) {
            return RemovalReason.RELATED_LINK;
        }
        if (p.length() < 200 && CREDIT_LINE.matcher(p).matches()) {
            return RemovalReason.PHOTO_CREDIT;
        }
        if (p.length() < 300 && POST_META.matcher(p).matches()) {
            return RemovalReason.TAGS;
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
