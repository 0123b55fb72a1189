package org.concord.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.annotate.Annotation;
import org.concord.annotate.Sentence;
import org.concord.annotate.Timex;
import org.concord.annotate.Token;
import org.concord.text.NumberWords;

/**
 * Turns a temporal expression found by the annotator into a TimeML TIMEX3 type and value (TimeML 1.2.1; Pustejovsky
 * et al., "TimeML Annotation Guidelines"), news-style: underspecified expressions are anchored on the document
 * creation time and their direction comes from the tense of their clause ({@link Tense}), the strategy of
 * HeidelTime's news domain (Strötgen and Gertz 2013, "Multilingual and cross-domain temporal tagging", Language
 * Resources and Evaluation 47(2)):
 * <ul>
 * <li>a weekday is the one of the document's week or just before it, or the coming one in a future clause;</li>
 * <li>a month or a month and day without a year takes the year that puts it nearest the document date, unless the
 * clause's tense puts it on the other side (no more than eight months away); "last April" is the latest April
 * before the document's month, "this April" the document's year; an ordinal quarter without a year takes the
 * document's year, moved back when a past clause names a later quarter; holidays ({@link #holiday}) are placed the
 * same way;</li>
 * <li>"the following year", "the previous month" and a clock time without a day take the date mentioned last;</li>
 * <li>"N years ago", "a month earlier", "two weeks ago" keep the granularity of their unit (1988, 1989-09, 1998-W02);
 * "a year ago" in a sentence about a quarter is that quarter a year back, the quarter being the one a business
 * report of that date covers (the latest quarter that ended more than a few weeks before);</li>
 * <li>"the quarter", "the latest quarter" are that reported quarter (DATE), "the current quarter" the document's;
 * "a quarter" is left alone (a duration, or a fraction);</li>
 * <li>"the weekend" is a week's weekend (1989-W43-WE); vague spans ("recent years", "the coming months")
 * stay durations;</li>
 * <li>ages ("a 6-year-old", "52 years old"), "once" and "previously" as adverbs, frequency adjectives before a noun
 * ("quarterly dividend", "annual meeting"), month words that are first names ("Jan Kavan"), capitalized
 * abbreviations read as units ("the SEC") and bare singular unit nouns tagged as durations ("trading day") are not
 * temporal expressions under the guidelines' markability rules and are dropped;</li>
 * <li>time-zone offsets are not part of a TIMEX3 value ("T17:00", not "T17:00-0500"); decades and centuries are
 * "198" and "19"; durations count in the text's unit ("P2Q", "P1E"); "the year ended June 30" and "the first nine
 * months" are durations, "three days later" the duration "P3D".</li>
 * </ul>
 * Other expressions keep the annotator's type and value; a date left underspecified gets the news reading of
 * deictic words ("yesterday", "last month", "next Monday") on the document date. An annotator that had no document
 * date (an undated article, whose date Concord infers from its story after annotation) leaves months, weekdays and
 * holidays without a year ("XXXX-04", "XXXX-WXX-2", "THANKSGIVING") and "last week" without a value: they are
 * placed by the same rules as when it had one.
 * <p>{@link #normalizeDocument} is the entry point: the report's timeline ({@link TimelineBuilder}) is built from
 * its output and {@code concord eval timex} scores it, so the evaluated code is the code that ships.
 */
public final class TimexNormalizer {
    /** A TIMEX3 type and value. */
    public record Normalized(String type, String value) {}

    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final Pattern WEEKDAY = Pattern.compile("\\b(" + WEEKDAYS + ")(?:'s|\u2019s)?\\b");
    private static final String MONTH_NAMES = "jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|"
            + "june?|july?|aug(?:ust|\\.)?|sep(?:tember|t\\.|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|"
            + "dec(?:ember|\\.)?";
    private static final Pattern MONTH = Pattern.compile("(?<![\\w])(" + MONTH_NAMES + ")(?![\\w])");
    private static final Pattern YEAR = Pattern.compile("\\b(1[6-9]|20)\\d{2}\\b|'\\d{2}\\b");
    private static final Pattern DAY_NUMBER = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b");
    private static final Pattern AGE = Pattern.compile(
            "^(?:(?:a|an|the|this|that|his|her|their|its) )?(?:[\\w.]+)[- ](?:year|month|week|day)s?[- ]old$");
    private static final Pattern AGO = Pattern.compile("^(?:about |nearly |almost |some |more than |less than |"
            + "roughly |just |only |exactly |barely |over )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|\\d{1,3}) (year|month|week|day|decade|quarter)s? (ago|earlier|before)$");
    private static final Pattern BARE_UNIT = Pattern.compile("^(?:day|week|month|hour|minute|second)$");
    private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(this|last|next) year$");
    private static final Pattern TIME_ON_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T.+");
    private static final Pattern FULL_DAY = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern DAY_WORD = Pattern.compile("\\b(today|tonight|yesterday|tomorrow|last night|"
            + "this (?:morning|afternoon|evening)|overnight|next|following|previous|before|after|later|earlier)\\b"
            + "|\\d{1,2}/\\d{1,2}");
    private static final Pattern FIRST_N = Pattern.compile("^the (?:first|last|past|latest|previous|next) (two|"
            + "three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}) (year|quarter|month|week|day)s"
            + "(?: of .*)?$");
    private static final Pattern LATER = Pattern.compile("^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|\\d{1,3}|a few|several) (year|month|week|day|hour|minute)s? later$");
    private static final Pattern FOLLOWING = Pattern.compile("^the (following|next|previous|preceding) (year|month|"
            + "day)$");
    private static final Pattern QUARTER = Pattern.compile("^(?:the |this |that |its )?(?:(latest|most recent|"
            + "current|past|last|previous|next|coming|same|year-ago|year-earlier|comparable|recent|last year's) )?(?:fiscal[- ])?"
            + "(?:(first|second|third|fourth|1st|2nd|3rd|4th)[- ])?(?:fiscal[- ])?quarter$|^the (latest|year-ago|"
            + "year-earlier|comparable|year-before) period$");
    private static final Pattern WEEKEND = Pattern.compile(
            "^(?:over |during |on |at )?(the|this|last|next|this coming|this past) ?weekend$");
    private static final Pattern ZONE = Pattern.compile("(T\\d{2}(?::\\d{2}){0,2})[-+]\\d{2}:?\\d{2}$");
    private static final Pattern DECADE_OR_CENTURY = Pattern.compile("\\d{2}XX|\\d{3}X");
    private static final Pattern HOLIDAY = Pattern.compile("\\b(thanksgiving|christmas|easter|new year's|"
            + "independence day|halloween|valentine's day|memorial day|labor day|veterans day|good friday)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");
    /** A weekday an annotator could not place for want of a document date ("XXXX-WXX-5", "XXXX-WXX-5TNI"). */
    private static final Pattern UNANCHORED_WEEKDAY = Pattern.compile("^XXXX-WXX-[1-7](?:T.*)?$");
    /** A month or day, with its year or without one ("1998-04", "XXXX-04-24"). */
    private static final Pattern UNANCHORED_OR_CALENDAR_DAY = Pattern.compile("^(?:\\d{4}|XXXX)-\\d{2}(?:-\\d{2})?$");
    private static final java.util.Set<String> FREQUENCY_ADJECTIVES = java.util.Set.of("quarterly", "annual",
            "yearly", "biannual", "semiannual", "semi-annual");
    /** Counts written as words: "a"/"an" and the number words of one to twelve. */
    private static final Map<String, Integer> NUMBERS = counts();

    private TimexNormalizer() {
    }

    public static TimexNormalizer create() {
        return new TimexNormalizer();
    }

    private static final Pattern MENTIONED_DATE = Pattern.compile("\\d{4}(-(Q[1-4]|\\d{2}(-\\d{2})?))?");

    /**
     * The TIMEX3s of one annotated document, normalized: the annotator's expressions and the ones it leaves out
     * ({@link TimexCandidates}), each normalized in text order with its sentence's tokens, the document date and the
     * date mentioned last before it (a year, quarter, month or day named by an expression that is not itself
     * relative to a mention, {@link #isReference}). Expressions that are not markable under TimeML are left out.
     * This is the one normalization Concord has: the report's timeline is built from it and
     * {@code concord eval timex} scores it.
     *
     * @param text the document text the annotation's offsets point into
     * @param annotation the annotator's sentences, tokens and timexes of {@code text}
     * @param anchor the document creation (publication) date; may be null, then relative expressions keep the
     *     annotator's value
     * @return the normalized TIMEX3s in text order: span, text, TimeML type and value (null when none is known),
     *     sentence index
     */
    public List<Timex> normalizeDocument(String text, Annotation annotation, LocalDate anchor) {
        List<Timex> out = new ArrayList<>();
        String previous = null;
        for (Timex t : TimexCandidates.of(text, annotation)) {
            Sentence s = annotation.sentenceAt(t.start());
            String sentence = s == null ? "" : text.substring(s.start(), s.end());
            Normalized n = normalize(t.text(), t.type(), t.value(), s == null ? List.of() : s.tokens(), t.start(),
                    t.end(), sentence, anchor, previous);
            if (n == null) {
                continue;
            }
            if ("DATE".equals(n.type()) && n.value() != null && MENTIONED_DATE.matcher(n.value()).matches()
                    && isReference(t.text())) {
                previous = n.value();
            }
            out.add(new Timex(t.start(), t.end(), t.text(), n.type(), n.value(), t.sentence()));
        }
        return out;
    }

    /**
     * The TIMEX3 type and value of an expression, or null when it is not a temporal expression under the TimeML
     * markability rules.
     *
     * @param expression the expression as written
     * @param type the annotator's TIMEX3 type
     * @param value the annotator's value (may be null)
     * @param tokens the tokens of its sentence (for tense and part of speech; may be empty)
     * @param start start offset of the expression (same coordinates as the tokens)
     * @param end end offset of the expression
     * @param sentence the sentence text (may be empty)
     * @param anchor the document creation date (may be null: then relative expressions keep the annotator's value)
     */
    public Normalized normalize(String expression, String type, String value, List<Token> tokens, int start, int end,
                                String sentence, LocalDate anchor) {
        return normalize(expression, type, value, tokens, start, end, sentence, anchor, null);
    }

    /**
     * As {@link #normalize(String, String, String, List, int, int, String, LocalDate)}, with the value of the date
     * mentioned last before this expression in the same document ({@code previous}, may be null): "a year earlier"
     * after "the third quarter" is that quarter a year back (the previous-mention reference of narratives).
     */
    public Normalized normalize(String expression, String type, String value, List<Token> tokens, int start, int end,
                                String sentence, LocalDate anchor, String previous) {
        String e = expression.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        if (notMarkable(e, expression, type, tokens, start, end)) {
            return null;
        }
        if (value != null && "TIME".equals(type)) {
            value = ZONE.matcher(value).replaceFirst("$1");
        }
        if (value != null && ("DATE".equals(type) || "SET".equals(type))
                && DECADE_OR_CENTURY.matcher(value).matches()) {
            // a decade or century is a DATE, written as its first three digits ("198") or two ("19")
            type = "DATE";
            value = value.replace("X", "");
        }
        if (("DURATION".equals(type) || "SET".equals(type)) && value != null) {
            value = durationUnits(e, value);
        }
        if ("DURATION".equals(type)) {
            String counted = countedDuration(e, tokens, start, end);
            if (counted != null) {
                value = counted;
            }
        }
        if (anchor == null) {
            return new Normalized(type, value);
        }
        if (YEAR_ENDED.matcher(e).matches() && nextWord(tokens, end).matches("ended|ending")) {
            // "the year ended March 31": a year-long period measured up to a date, a duration
            return new Normalized("DURATION", "P1Y");
        }
        Tense tense = Tense.around(tokens, start, end);
        String s = sentence == null ? "" : sentence.toLowerCase(Locale.ROOT);
        if (value == null && "DATE".equals(type)) {
            Matcher y = RELATIVE_YEAR.matcher(e);
            if (y.find() && !MONTH.matcher(e).find()) {
                // the annotator joined words around "this year" into one expression and gave it no value ("January
                // this year", "April next year" are months, read below)
                int shift = y.group(1).equals("last") ? -1 : y.group(1).equals("next") ? 1 : 0;
                return new Normalized(type, String.format(Locale.ROOT, "%04d", anchor.getYear() + shift));
            }
        }
        if (ORDINAL_DAY.matcher(e).matches() && tense == Tense.PRESENT && "DATE".equals(type)) {
            // "today is the eighth day of Desert Shield", "it's the second day of an offensive": the count is of
            // the event's days, the date is the one the present tense speaks of
            return new Normalized(type, anchor.toString());
        }
        if (e.equals("one day") && tense == Tense.FUTURE && !PREPOSITION_OR_COUNT.matcher(wordBefore(tokens, start))
                .matches() && !nextWord(tokens, end).matches("later|after|before|earlier|of|ago|and|or")) {
            // "Islam will one day be ...": the adverb of an indefinite future, not a one-day span
            return new Normalized("DATE", "FUTURE_REF");
        }
        Matcher hw = HOLIDAY.matcher(e);
        if (hw.find() && "DATE".equals(type) && nextWord(tokens, end).equals("week")) {
            // "Easter week", "Christmas week": the week the holiday falls in
            LocalDate h = value != null && FULL_DAY.matcher(value).matches() ? LocalDate.parse(value)
                    : holidayNear(hw.group(1), value, e, tense, anchor);
            if (h != null) {
                return new Normalized(type, week(h));
            }
        }
        Normalized n = contextual(e, type, tokens, start, end, anchor, previous);
        if (n != null) {
            return n;
        }
        n = relative(e, type, value, tense, s, anchor, previous);
        if (n != null) {
            return n;
        }
        if ("DATE".equals(type)) {
            String resolved = deictic(e, value, s, tense, anchor);
            if (resolved != null) {
                return new Normalized(type, resolved);
            }
        }
        return new Normalized(type, value);
    }

    private static final Pattern BARE_WEEKDAY = Pattern.compile(
            "(?i)(?:on |this )?(" + WEEKDAYS + ")(?:'s|\u2019s)?(?: (?:morning|afternoon|evening|night))?");
    private static final Pattern FUTURE_WORDS = Pattern.compile("\\b(will|'ll|\u2019ll|is set to|are set to|"
            + "scheduled|plans? to|planning to|going to|upcoming|next|expected to|would meet)\\b");
    private static final Pattern DEICTIC_UNIT = Pattern.compile(
            "^(?:(?:earlier|later) )?(this|last|next) (week|month)$");
    private static final Pattern DEICTIC_DAY = Pattern.compile(
            "^(?:(?:earlier|later|late|early) )?(today|yesterday|tomorrow|tonight)$");
    private static final Pattern ANY_WEEK = Pattern.compile("^\\d{4}-W\\d{2}$");
    private static final Pattern DAY_AND_CLOCK = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})T.+");

    /**
     * The last resort for a DATE the rules above left, read on the document date the way news is written (Strötgen
     * and Gertz 2013, HeidelTime's news domain), or null: a weekday with "next" or "last" is the one after or before
     * the document date, another one ("the following Monday") the latest such day, or the coming one when its
     * clause is in the future or, with no tense, its sentence speaks of the future ("will", "is set to");
     * "yesterday", "today", "tonight", "this morning", "tomorrow", "this month" and "last month" are their day or
     * month; a date with a clock time is cut to its day. When the annotator gave no value or one without a year (it
     * had no document date: an undated article whose date Concord infers later), "last week", "next month",
     * "earlier this week" and "later today", "late yesterday" are resolved here too.
     */
    private static String deictic(String e, String value, String sentence, Tense tense, LocalDate anchor) {
        Matcher wd = WEEKDAY.matcher(e);
        if (wd.find() && !e.matches(".*\\d.*")) {
            DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
            if (e.contains("next")) {
                return anchor.with(TemporalAdjusters.next(day)).toString();
            }
            if (e.contains("last")) {
                return anchor.with(TemporalAdjusters.previous(day)).toString();
            }
            boolean future = tense == Tense.FUTURE || (tense != Tense.PAST && FUTURE_WORDS.matcher(sentence).find());
            return (future ? anchor.with(TemporalAdjusters.nextOrSame(day))
                    : anchor.with(TemporalAdjusters.previousOrSame(day))).toString();
        }
        String word = e;
        Matcher u = DEICTIC_UNIT.matcher(e);
        if (u.matches() && u.group(2).equals("week") && value != null && ANY_WEEK.matcher(value).matches()) {
            // the annotator's week counts ISO weeks in the calendar year: "next week" on 2014-12-29 (ISO week
            // 2015-W01) came out as 2014-W02; the week is the one of the date a week on, in its week-based year
            return week(anchor.plusWeeks(u.group(1).equals("last") ? -1 : u.group(1).equals("next") ? 1 : 0));
        }
        if (value == null || value.startsWith("XXXX")) {
            if (u.matches()) {
                int step = u.group(1).equals("last") ? -1 : u.group(1).equals("next") ? 1 : 0;
                return u.group(2).equals("week") ? week(anchor.plusWeeks(step)) : yearMonth(anchor.plusMonths(step));
            }
            word = DEICTIC_DAY.matcher(e).replaceFirst("$1");
        }
        switch (word) {
            case "yesterday", "last night":
                return anchor.minusDays(1).toString();
            case "today", "tonight", "this morning", "this afternoon", "this evening":
                return anchor.toString();
            case "tomorrow":
                return anchor.plusDays(1).toString();
            case "last month":
                return yearMonth(anchor.minusMonths(1));
            default:
                break;
        }
        if (e.contains("this month")) {
            return yearMonth(anchor);
        }
        Matcher clock = value == null ? null : DAY_AND_CLOCK.matcher(value);
        return clock != null && clock.matches() ? clock.group(1) : null;
    }

    /**
     * The weekday a bare past reference names ("Tuesday", "on Wednesday", "Monday's", "Sunday night") in a
     * sentence that does not speak of the future, or null: what a document without a date says about when it
     * was written (no earlier than that day).
     */
    public static DayOfWeek pastWeekday(String expression, String sentence) {
        Matcher m = BARE_WEEKDAY.matcher(expression.strip());
        if (!m.matches() || FUTURE_WORDS.matcher(sentence == null ? "" : sentence.toLowerCase(Locale.ROOT)).find()) {
            return null;
        }
        return DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    }

    private static String yearMonth(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
    }

    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(?:the (?:year-earlier|year-ago|year-before|latest)"
            + " (?:quarter|period)|year-earlier|year-ago|(?:mid|early|late)-(?:" + MONTH_NAMES + ")|the (?:near|short) "
            + "term|a later date|the (?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|"
            + "(?:mid|early|late|post|pre)-(?:1[6-9]|20)\\d{2})\\b");
    private static final Pattern PREFIXED_YEAR = Pattern.compile("^(?:mid|early|late|post|pre)-(\\d{4})$");
    private static final Pattern DECADE_WORD = Pattern.compile("^the (twen|thir|for|fif|six|seven|eigh|nine)ties$");
    private static final List<String> DECADE_WORDS = List.of("twen", "thir", "for", "fif", "six", "seven", "eigh",
            "nine");

    /**
     * The [start, end) spans of expressions in {@code text} that a general-purpose tagger leaves out: business-report
     * periods ("the year-earlier quarter", "the year-ago period", "the latest period", "year-earlier" before a noun),
     * hyphenated parts of months and years ("mid-November", "post-1959"), "the near term", "a later date" and
     * spelled-out decades ("the nineties").
     */
    static List<int[]> periodSpans(String text) {
        List<int[]> out = new java.util.ArrayList<>();
        Matcher m = PERIOD.matcher(text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static final String NUMBER = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "\\d{1,3})";
    private static final Pattern RANGE = Pattern.compile("(?i)^" + NUMBER + "(\\s+(?:to|or)\\s+|\\s*-\\s*)" + NUMBER
            + "\\s+(year|quarter|month|week|day|hour|minute)s?$");
    private static final Pattern VAGUE_RANGE = Pattern.compile("^(?:the )?(?:next|coming|past|last|previous) "
            + NUMBER + " (?:to|or|-) " + NUMBER + " (year|quarter|month|week|day)s$");

    /**
     * A range of durations written as one phrase ("two to six days", "two or three weeks") as TimeBank marks it:
     * two TIMEX3, the first number taking the unit of the second ("two" P2D, "six days" P6D). Any other expression
     * comes back alone and unchanged.
     */
    static List<Timex> splitRange(Timex t) {
        Matcher m = RANGE.matcher(t.text());
        if (!m.matches() || !"DURATION".equals(t.type())) {
            return List.of(t);
        }
        String unit = m.group(4).toLowerCase(Locale.ROOT);
        Timex first = new Timex(t.start(), t.start() + m.end(1), m.group(1), "DURATION",
                durationValue(m.group(1), unit), t.sentence());
        int s2 = t.start() + m.end(2);
        Timex second = new Timex(s2, t.end(), t.text().substring(m.end(2)), "DURATION",
                durationValue(m.group(3), unit), t.sentence());
        return List.of(first, second);
    }

    private static String durationValue(String number, String unit) {
        String n = number.toLowerCase(Locale.ROOT);
        int count = NUMBERS.containsKey(n) ? NUMBERS.get(n) : Integer.parseInt(n);
        return switch (unit) {
            case "hour", "minute" -> "PT" + count + unit.toUpperCase(Locale.ROOT).charAt(0);
            case "quarter" -> "P" + count + "Q";
            default -> "P" + count + unit.toUpperCase(Locale.ROOT).charAt(0);
        };
    }

    /**
     * Whether an expression's value can be the reference of a later one ("the third quarter" can, "a year earlier"
     * cannot: it is itself relative to a reference).
     */
    static boolean isReference(String expression) {
        String e = expression.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        return !AGO.matcher(e).matches() && !e.contains("year-earlier") && !e.contains("year-ago")
                && !e.contains("year-before");
    }

    private static boolean notMarkable(String e, String expression, String type, List<Token> tokens, int start,
                                       int end) {
        if (AGE.matcher(e).matches() || e.equals("once") || e.equals("previously")) {
            return true;
        }
        if ("DURATION".equals(type) && BARE_UNIT.matcher(e).matches()) {
            // a unit noun with no quantity or determiner ("the first trading day" tagged as "day") measures nothing
            return true;
        }
        if (isPersonName(tokens, start, end)) {
            return true;
        }
        if (FREQUENCY_ADJECTIVES.contains(e)) {
            Token t = single(tokens, start, end);
            return t != null && "JJ".equals(t.pos());
        }
        String bare = expression.strip().replaceFirst("^(?i)the\\s+", "");
        if ("TIME".equals(type) && bare.length() >= 2 && bare.chars().allMatch(Character::isUpperCase)) {
            return true;
        }
        return partOfName(tokens, start, end) || ordinalOrFraction(e, tokens, end) || notATimeWord(e, expression,
                tokens, start, end);
    }

    private static final java.util.Set<String> COMMON_TIME_NOUNS = java.util.Set.of("week", "weeks", "minute",
            "minutes", "hour", "hours", "today", "tonight", "noon", "morning", "evening", "night", "year", "years",
            "month", "months", "decade", "decades", "century", "centennial", "future", "past", "present");

    /**
     * A temporal common noun written with a capital inside a sentence ("ABC's \"This Week\"", "CBS's \"60
     * Minutes\"", "This is VOA Today", "the film \"High Noon\"") is part of a title or name, not a time; the
     * first word of a sentence or of a quotation is capitalized anyway. Holiday names ("Election Day") are not in the
     * list.
     */
    private static boolean partOfName(List<Token> tokens, int start, int end) {
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (first < 0 && t.start() >= 0 && Character.isLetterOrDigit(t.word().isEmpty() ? ' ' : t.word().charAt(0))) {
                first = i;
            }
            if (t.end() > start && t.start() < end && i != first && !opensQuote(tokens, i)) {
                String w = t.word();
                if (w.length() > 1 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1))
                        && COMMON_TIME_NOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether token {@code i} starts a quotation or follows a colon ("He said: \"Today we mourn\""). */
    private static boolean opensQuote(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String p = tokens.get(i - 1).word();
        return p.equals("``") || p.equals("\"") || p.equals("'") || p.equals("`") || p.equals(":")
                || p.equals("\u201c") || p.equals("\u2018");
    }

    private static final Pattern FRACTION = Pattern.compile("^(?:about |nearly |almost |roughly |more than |less than "
            + "|over |some )?(?:a|one|two|three)[- ]quarters?$");
    private static final Pattern TEMPORAL_AFTER_OF = Pattern.compile("(?i)^(?:\\d{2,4}|'\\d{2}|year|years|fiscal|"
            + "century|decade|an?|" + WEEKDAYS + "|" + MONTH_NAMES + ")$");

    /**
     * "a second" before a noun ("a second group", "a second betrayal") is an ordinal, and "three-quarters of its
     * food", "more than a quarter of the market" are fractions: neither measures time.
     */
    private static boolean ordinalOrFraction(String e, List<Token> tokens, int end) {
        int next = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= end) {
                next = i;
                break;
            }
        }
        if (next < 0) {
            return false;
        }
        String np = tokens.get(next).pos() == null ? "" : tokens.get(next).pos();
        if (e.equals("a second") && (np.startsWith("NN") || np.startsWith("JJ"))) {
            return true;
        }
        if (FRACTION.matcher(e).matches() && tokens.get(next).word().equalsIgnoreCase("of")) {
            for (int i = next + 1; i < Math.min(tokens.size(), next + 3); i++) {
                String w = tokens.get(i).word();
                if (TEMPORAL_AFTER_OF.matcher(w).matches() && !w.equalsIgnoreCase("a") && !w.equalsIgnoreCase("an")) {
                    return false;
                }
                if (!w.equalsIgnoreCase("the") && !w.equalsIgnoreCase("its") && !w.equalsIgnoreCase("their")) {
                    break;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * Words that are times only in some uses: "present" as a verb or predicate ("might present", "were present";
     * the time is "the present", "at present"), "past" as a preposition ("continue past the deadline"),
     * "future" as a modifier of a noun ("future earnings"; HeidelTime's English resources mark "the future"),
     * sentence-initial "Now," (a discourse marker), and "march" or "may" written in lower case (a noun or a modal, not
     * the month).
     */
    private static boolean notATimeWord(String e, String expression, List<Token> tokens, int start, int end) {
        if (LOWER_MONTH_WORD.matcher(expression.strip()).matches()) {
            return true;
        }
        Token t = single(tokens, start, end);
        if (t == null) {
            return false;
        }
        String pos = t.pos() == null ? "" : t.pos();
        int i = tokens.indexOf(t);
        String prev = i > 0 ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        String nextPos = i + 1 < tokens.size() && tokens.get(i + 1).pos() != null ? tokens.get(i + 1).pos() : "";
        switch (e) {
            case "present":
                return !prev.equals("the") && !prev.equals("at");
            case "past":
                return "IN".equals(pos);
            case "now":
                // "Now, he says, ...": sentence-initial "now" set off by a comma is a discourse marker
                return next.equals(",") && (i == 0 || !Character.isLetterOrDigit(prev.isEmpty() ? 'x' : prev.charAt(0)))
                        && t.word().equals("Now");
            case "future":
                return "JJ".equals(pos) && nextPos.startsWith("NN") && !UNIT_NOUN.matcher(next).matches();
            default:
                break;
        }
        return false;
    }

    private static final Pattern UNIT_NOUN = Pattern.compile("^(?:year|quarter|month|week|day|decade)s?$");
    private static final Pattern LOWER_MONTH_WORD = Pattern.compile("^(?:(?i:this|the|that|a) )?(?:march|may)$");

    private static final Pattern MONTHS_DURATION = Pattern.compile("^P(\\d+|X)M$");
    private static final Pattern YEARS_DURATION = Pattern.compile("^P(\\d+|X)Y$");

    /**
     * A duration in the unit the text counts in, as TimeML writes it: quarters as Q ("the past two quarters" P2Q,
     * not P6M), decades as E, centuries as C and millennia as L.
     */
    private static final Pattern QUARTER_WORD = Pattern.compile("\\bquarters?\\b");
    private static final Pattern HALF_TOKEN = Pattern.compile("^(\\d{1,3})[\\s\u00a0]+1/2$");
    private static final Pattern BARE_PLURAL_UNIT = Pattern.compile("^(year|month|week|day|hour|minute)s$");
    private static final Pattern ONE_UNIT = Pattern.compile("^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
            + "eleven|twelve|\\d{1,3}) (year|month|week|day|hour|minute)s?$");

    /**
     * The count the annotator left out of a duration: "5 1/2 hours" (tagged "hours") is PT5H30M, "two more weeks"
     * P2W, "a minute and a half" PT1M30S. Null when the words around the span hold no count.
     */
    static String countedDuration(String e, List<Token> tokens, int start, int end) {
        Matcher bare = BARE_PLURAL_UNIT.matcher(e);
        Matcher one = ONE_UNIT.matcher(e);
        String unit;
        String number;
        boolean half;
        if (bare.matches()) {
            unit = bare.group(1);
            List<String> before = new java.util.ArrayList<>();
            for (Token t : tokens) {
                if (t.end() <= start) {
                    before.add(t.word().toLowerCase(Locale.ROOT));
                }
            }
            int n = before.size();
            Matcher joined = n >= 1 ? HALF_TOKEN.matcher(before.get(n - 1)) : null;
            if (joined != null && joined.matches()) {
                // the tokenizer keeps "5 1/2" as one token
                number = joined.group(1);
                half = true;
            } else if (n >= 2 && before.get(n - 1).equals("1/2")) {
                number = before.get(n - 2);
                half = true;
            } else if (n >= 2 && before.get(n - 1).equals("more")) {
                number = before.get(n - 2);
                half = false;
            } else {
                return null;
            }
        } else if (one.matches() && nextWord(tokens, end).equals("and") && wordAfter(tokens, end, 2).equals("a")
                && wordAfter(tokens, end, 3).equals("half")) {
            number = one.group(1);
            unit = one.group(2);
            half = true;
        } else {
            return null;
        }
        int count;
        if (NUMBERS.containsKey(number)) {
            count = NUMBERS.get(number);
        } else if (number.matches("\\d{1,3}")) {
            count = Integer.parseInt(number);
        } else {
            return null;
        }
        String u = unit.equals("minute") ? "M" : String.valueOf(unit.toUpperCase(Locale.ROOT).charAt(0));
        boolean clock = unit.equals("hour") || unit.equals("minute");
        String v = (clock ? "PT" : "P") + count + u;
        if (half) {
            v += switch (unit) {
                case "year" -> "6M";
                case "month" -> "15D";
                case "week" -> "3DT12H";
                case "day" -> "T12H";
                case "hour" -> "30M";
                default -> "30S";
            };
        }
        return v;
    }

    static String durationUnits(String e, String value) {
        Matcher mm = MONTHS_DURATION.matcher(value);
        if (QUARTER_WORD.matcher(e).find() && mm.matches()) {
            return mm.group(1).equals("X") ? "PXQ"
                    : Integer.parseInt(mm.group(1)) % 3 == 0 ? "P" + Integer.parseInt(mm.group(1)) / 3 + "Q" : value;
        }
        Matcher ym = YEARS_DURATION.matcher(value);
        if (!ym.matches()) {
            return value;
        }
        String[][] units = {{"decade", "10", "E"}, {"centur", "100", "C"}, {"millenni", "1000", "L"}};
        for (String[] u : units) {
            if (e.contains(u[0])) {
                if (ym.group(1).equals("X")) {
                    return "PX" + u[2];
                }
                int years = Integer.parseInt(ym.group(1));
                int per = Integer.parseInt(u[1]);
                return years % per == 0 ? "P" + years / per + u[2] : value;
            }
        }
        return value;
    }

    /**
     * Whether the named-entity tagger read every token of the expression as part of a person's name ("Foreign
     * Minister Jan Kavan"): a month word that is a first name.
     */
    private static boolean isPersonName(List<Token> tokens, int start, int end) {
        boolean any = false;
        for (Token t : tokens) {
            if (t.end() > start && t.start() < end) {
                if (!"PERSON".equals(t.ner())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static final Pattern YEAR_ENDED = Pattern.compile("^the (?:fiscal |financial )?year$");

    private static String nextWord(List<Token> tokens, int end) {
        for (Token t : tokens) {
            if (t.start() >= end) {
                return t.word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private static Token single(List<Token> tokens, int start, int end) {
        Token found = null;
        for (Token t : tokens) {
            if (t.end() > start && t.start() < end) {
                if (found != null) {
                    return null;
                }
                found = t;
            }
        }
        return found;
    }

    private static final Pattern ORDINAL_DAY = Pattern.compile("^the (?:first|second|third|fourth|fifth|sixth|"
            + "seventh|eighth|ninth|tenth|\\d{1,3}(?:st|nd|rd|th)) day$");
    private static final Pattern PREPOSITION_OR_COUNT = Pattern.compile("for|in|within|than|about|only|just|"
            + "over|under|of|per|each|every|the|a|at|after|before|by|to");
    private static final Pattern VAGUE_SPAN = Pattern.compile("^(?:the )?(?:(?:next|coming|past|last|previous|"
            + "recent) )?(?:several|few|coming) (year|quarter|month|week|day)s$");
    private static final Pattern VAGUE_AGO = Pattern.compile("^(?:a few|several|some|many) (?:year|month|week|day)s? "
            + "(?:ago|earlier|before)$");

    /**
     * Expressions whose reading depends on the words around the annotator's span: "that year" (SUTime tags "year")
     * is the year mentioned last, as "that month" and "that day" are (HeidelTime's reference-based normalization,
     * Strötgen and Gertz 2013); "year end" and "year's end" are the document's year (TimeML writes "the end of" as
     * {@code mod="END"} on the year's value); "these days" is the present; "the next several days", "the coming
     * years" are vague spans (PXD, PXY) and "several years ago" a vague past (PAST_REF).
     */
    private static Normalized contextual(String e, String type, List<Token> tokens, int start, int end,
                                         LocalDate anchor, String previous) {
        String before = wordBefore(tokens, start);
        String after = nextWord(tokens, end);
        String unit = e.replaceFirst("^(?:the )?", "");
        if ((before.equals("that") || e.startsWith("that ")) && previous != null
                && unit.replaceFirst("^that ", "").matches("year|month|day")) {
            String u = unit.replaceFirst("^that ", "");
            int len = u.equals("year") ? 4 : u.equals("month") ? 7 : 10;
            if (previous.length() >= len && previous.substring(0, len).matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
                return new Normalized("DATE", previous.substring(0, len));
            }
        }
        if (e.equals("year") && (after.equals("end") || after.equals("-end")
                || (after.equals("'s") && wordAfter(tokens, end, 2).equals("end")))) {
            return new Normalized("DATE", String.format(Locale.ROOT, "%04d", anchor.getYear()));
        }
        if (e.equals("these days") || (e.equals("days") && before.equals("these"))) {
            return new Normalized("DATE", "PRESENT_REF");
        }
        Matcher m = VAGUE_SPAN.matcher(e);
        Matcher r = VAGUE_RANGE.matcher(e);
        if (m.matches() || r.matches()) {
            String u = m.matches() ? m.group(1) : r.group(3);
            return new Normalized("DURATION", "PX" + (u.equals("quarter") ? "Q"
                    : String.valueOf(u.toUpperCase(Locale.ROOT).charAt(0))));
        }
        if (VAGUE_AGO.matcher(e).matches()) {
            return new Normalized("DATE", "PAST_REF");
        }
        return null;
    }

    private static String wordBefore(List<Token> tokens, int start) {
        String w = "";
        for (Token t : tokens) {
            if (t.end() > start) {
                break;
            }
            w = t.word().toLowerCase(Locale.ROOT);
        }
        return w;
    }

    private static String wordAfter(List<Token> tokens, int end, int n) {
        int seen = 0;
        for (Token t : tokens) {
            if (t.start() >= end && ++seen == n) {
                return t.word().toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    private Normalized relative(String e, String type, String value, Tense tense, String sentence, LocalDate anchor,
                                String previous) {
        Matcher m = AGO.matcher(e);
        if (m.matches()) {
            return ago(NUMBERS.containsKey(m.group(1)) ? NUMBERS.get(m.group(1)) : Integer.parseInt(m.group(1)),
                    m.group(2), sentence, anchor, previous);
        }
        m = FIRST_N.matcher(e);
        if (m.matches()) {
            // "the first nine months (of 1997)", "the past two quarters": a span of that many units
            int count = NUMBERS.containsKey(m.group(1)) ? NUMBERS.get(m.group(1)) : Integer.parseInt(m.group(1));
            String unit = m.group(2);
            return new Normalized("DURATION", "P" + count + (unit.equals("quarter") ? "Q"
                    : String.valueOf(unit.toUpperCase(Locale.ROOT).charAt(0))));
        }
        m = LATER.matcher(e);
        if (m.matches()) {
            // "three days later": the TIMEX3 is the duration, "later" only signals its relation to an event
            String amount = m.group(1).equals("a few") || m.group(1).equals("several") ? "X"
                    : String.valueOf(NUMBERS.containsKey(m.group(1)) ? NUMBERS.get(m.group(1))
                    : Integer.parseInt(m.group(1)));
            String unit = m.group(2);
            String v = unit.equals("hour") || unit.equals("minute")
                    ? "PT" + amount + unit.toUpperCase(Locale.ROOT).charAt(0)
                    : "P" + amount + unit.toUpperCase(Locale.ROOT).charAt(0);
            return new Normalized("DURATION", v);
        }
        m = FOLLOWING.matcher(e);
        if (m.matches() && "DATE".equals(type) && previous != null) {
            Normalized f = following(m.group(1), m.group(2), previous);
            if (f != null) {
                return f;
            }
        }
        if (e.equals("the past year") && "DATE".equals(type)) {
            return new Normalized("DATE", String.format(Locale.ROOT, "%04d", anchor.getYear() - 1));
        }
        if (e.equals("the near term") || e.equals("the short term") || e.equals("a later date")) {
            return new Normalized("DATE", "FUTURE_REF");
        }
        m = PREFIXED_YEAR.matcher(e);
        if (m.matches()) {
            return new Normalized("DATE", m.group(1));
        }
        m = DECADE_WORD.matcher(e);
        if (m.matches()) {
            // spelled-out decades of the twentieth century
            return new Normalized("DATE", "19" + (DECADE_WORDS.indexOf(m.group(1)) + 2));
        }
        if (e.equals("year-earlier") || e.equals("year-ago") || e.equals("year-before")) {
            return ago(1, "year", sentence, anchor, previous);
        }
        m = QUARTER.matcher(e);
        if (m.matches()) {
            String modifier = m.group(1) != null ? m.group(1) : m.group(3);
            return quarter("year-before".equals(modifier) || "last year's".equals(modifier) ? "year-ago" : modifier,
                    m.group(2), tense, anchor);
        }
        m = WEEKEND.matcher(e);
        if (m.matches()) {
            String which = m.group(1);
            boolean future = which.equals("next") || which.equals("this coming")
                    || (!which.equals("last") && !which.equals("this past") && tense == Tense.FUTURE);
            LocalDate sat = future ? anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                    : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (which.equals("next")) {
                sat = anchor.with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(
                        anchor.getDayOfWeek().getValue() >= 6 ? 1 : 0);
            }
            return new Normalized("DATE", week(sat) + "-WE");
        }
        boolean hasYear = YEAR.matcher(e).find();
        if ("TIME".equals(type) && value != null && previous != null && TIME_ON_DAY.matcher(value).matches()
                && FULL_DAY.matcher(previous).matches() && !hasYear && !WEEKDAY.matcher(e).find()
                && !MONTH.matcher(e).find() && !DAY_WORD.matcher(e).find()) {
            // a clock time with no day of its own is on the day the text spoke of last
            return new Normalized(type, previous + value.substring(10));
        }
        Matcher wd = WEEKDAY.matcher(e);
        Matcher mo = MONTH.matcher(e);
        boolean month = mo.find();
        if (wd.find() && !hasYear && !month && (value == null || ISO_DATE.matcher(value).find()
                || UNANCHORED_WEEKDAY.matcher(value).matches())
                && !e.contains("next") && !e.contains("last") && !e.contains("previous") && !e.contains("following")
                && ("DATE".equals(type) || "TIME".equals(type))) {
            DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
            boolean future = tense == Tense.FUTURE || e.contains("coming");
            LocalDate d = future ? anchor.with(TemporalAdjusters.nextOrSame(day))
                    : anchor.with(TemporalAdjusters.previousOrSame(day));
            int clock = value == null ? -1 : value.indexOf('T');
            String v = clock > 0 ? d + value.substring(clock) : d.toString();
            return new Normalized(type, v);
        }
        Matcher hm = HOLIDAY.matcher(e);
        if (!month && !hasYear && "DATE".equals(type) && hm.find()) {
            // a holiday without a year: its date in the year nearest the document date ("Thanksgiving" in January)
            if (value != null && FULL_DAY.matcher(value).matches()) {
                LocalDate h = LocalDate.parse(value);
                if (yearOf(h.getMonthValue(), h.getDayOfMonth(), e, tense, anchor) == h.getYear()) {
                    return new Normalized(type, value);
                }
            }
            LocalDate h = holidayNear(hm.group(1), value, e, tense, anchor);
            if (h != null) {
                return new Normalized(type, h.toString());
            }
        }
        if (month && !hasYear && "DATE".equals(type) && !e.contains("every") && !e.contains("each")) {
            int mon = monthNumber(mo.group(1));
            String rest = e.substring(mo.end());
            Matcher dn = DAY_NUMBER.matcher(rest);
            Integer dom = dn.find() && dn.start() <= 2 ? Integer.valueOf(dn.group(1)) : null;
            if (dom == null) {
                Matcher before = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?(?: of)? $")
                        .matcher(e.substring(0, mo.start()));
                if (before.find()) {
                    dom = Integer.valueOf(before.group(1));
                }
            }
            if (mon > 0 && (dom == null || (dom >= 1 && dom <= 31))) {
                int shift = e.contains("last year") ? -1 : e.contains("next year") ? 1
                        : e.contains("this year") || (e.startsWith("this ") && !e.startsWith("this coming ")
                        && !e.startsWith("this past ")) ? 0 : 9;
                int spelled = spelledYear(rest);
                int year = spelled > 0 ? spelled : shift != 9 ? anchor.getYear() + shift
                        : yearOf(mon, dom == null ? 0 : Math.min(dom, 28), e, tense, anchor);
                String v = dom == null ? String.format(Locale.ROOT, "%04d-%02d", year, mon)
                        : String.format(Locale.ROOT, "%04d-%02d-%02d", year, mon, dom);
                if (value == null || (UNANCHORED_OR_CALENDAR_DAY.matcher(value).matches()
                        && value.length() == v.length())) {
                    return new Normalized(type, v);
                }
            }
        }
        return null;
    }

    /**
     * The date of a holiday named in {@code e} in the year {@link #yearOf} picks around the document date, or null
     * when the annotator's value is some other date (then it is kept) or the holiday is not one {@link #holiday}
     * knows.
     */
    private static LocalDate holidayNear(String name, String value, String e, Tense tense, LocalDate anchor) {
        if (value != null && !FULL_DAY.matcher(value).matches() && value.matches(".*\\d.*")) {
            return null;
        }
        LocalDate h = holiday(name, anchor.getYear());
        return h == null ? null : holiday(name, yearOf(h.getMonthValue(), h.getDayOfMonth(), e, tense, anchor));
    }

    /**
     * The date of a holiday of the {@link #HOLIDAY} list in a year: fixed days, the US rules for Thanksgiving (fourth
     * Thursday of November), Memorial Day (last Monday of May) and Labor Day (first Monday of September), and Easter
     * Sunday by the anonymous Gregorian computus (Meeus/Jones/Butcher; J. Meeus, "Astronomical Algorithms", 1991,
     * ch. 8), Good Friday two days before it.
     */
    static LocalDate holiday(String name, int year) {
        return switch (name) {
            case "thanksgiving" -> LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4,
                    DayOfWeek.THURSDAY));
            case "christmas" -> LocalDate.of(year, 12, 25);
            case "new year's" -> LocalDate.of(year, 1, 1);
            case "independence day" -> LocalDate.of(year, 7, 4);
            case "halloween" -> LocalDate.of(year, 10, 31);
            case "valentine's day" -> LocalDate.of(year, 2, 14);
            case "veterans day" -> LocalDate.of(year, 11, 11);
            case "memorial day" -> LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
            case "labor day" -> LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
            case "easter" -> easter(year);
            case "good friday" -> easter(year).minusDays(2);
            default -> null;
        };
    }

    private static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static final Pattern SPELLED_YEAR = Pattern.compile("\\b(?:(seventeen|eighteen|nineteen) ([a-z]+)"
            + "(?:[- ]([a-z]+))?|two thousand(?: and)?(?: ([a-z]+))?)\\b");

    /**
     * A year spelled out as broadcast transcripts write it ("nineteen ninety-seven", "two thousand and one"), or 0.
     */
    static int spelledYear(String e) {
        Matcher m = SPELLED_YEAR.matcher(e);
        if (!m.find()) {
            return 0;
        }
        if (m.group(1) == null) {
            int u = m.group(4) == null ? 0 : digit(m.group(4));
            return m.group(4) != null && u == 0 ? 0 : 2000 + u;
        }
        int century = NumberWords.value(m.group(1));
        int tens = NumberWords.value(m.group(2));
        if (tens >= 20) {
            int u = m.group(3) == null ? 0 : digit(m.group(3));
            return m.group(3) != null && u == 0 ? 0 : century * 100 + tens + u;
        }
        if (tens >= 10 && m.group(3) == null) {
            return century * 100 + tens;
        }
        return 0;
    }

    /** The value of "one" to "nine", else 0. */
    private static int digit(String word) {
        int v = NumberWords.value(word);
        return v >= 1 && v <= 9 ? v : 0;
    }

    private static Map<String, Integer> counts() {
        Map<String, Integer> out = new java.util.HashMap<>(Map.of("a", 1, "an", 1));
        NumberWords.values().forEach((w, v) -> {
            if (v >= 1 && v <= 12) {
                out.put(w, v);
            }
        });
        return Map.copyOf(out);
    }

    /**
     * The year of a month (and day; {@code day} 0 when only the month is written) without one, the news way
     * (HeidelTime's news strategy, Strötgen and Gertz 2013): "last"/"next" name the latest before or the first after
     * the document's month; otherwise the year that puts the date nearest the document date, ties going to the past
     * (news mostly reports what happened), unless the clause's tense puts it on the other side. A past clause moves a
     * month two or more months ahead of the document's back to the latest such month ("was formed in June" in a March
     * story is last June; "bought in February" in a December story is that year's February), a day more than sixty
     * days ahead back a year; a month in the next month, or a day within two months, stays ahead (a past reporting
     * verb often frames a date set for the coming weeks: "said it would close on Nov. 20"). A future clause moves a
     * date forward only when the past one is more than four months back: its cue, an infinitive as often as
     * "will", is the weaker one ("to make the late-November trip" in January is the past November).
     */
    static int yearOf(int month, int day, String e, Tense tense, LocalDate anchor) {
        int am = anchor.getMonthValue();
        int y = anchor.getYear();
        if (e.startsWith("last ") || e.startsWith("this past ")) {
            return month >= am ? y - 1 : y;
        }
        if (e.startsWith("next ") || e.startsWith("this coming ")) {
            return month <= am ? y + 1 : y;
        }
        LocalDate best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int cy = y - 1; cy <= y + 1; cy++) {
            LocalDate d = LocalDate.of(cy, month, day == 0 ? 15 : day);
            boolean ahead = d.isAfter(anchor);
            long dist = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(anchor, d));
            if (dist < bestDistance || (dist == bestDistance && !ahead)) {
                best = d;
                bestDistance = dist;
            }
        }
        if (tense == Tense.PAST) {
            boolean farAhead = day == 0
                    ? java.time.YearMonth.from(anchor).until(java.time.YearMonth.from(best),
                            java.time.temporal.ChronoUnit.MONTHS) >= 2
                    : best.isAfter(anchor.plusDays(60));
            return farAhead ? best.getYear() - 1 : best.getYear();
        }
        if (tense == Tense.FUTURE && best.isBefore(anchor.minusDays(7))
                && best.plusYears(1).isBefore(anchor.plusMonths(8))) {
            return best.getYear() + 1;
        }
        return best.getYear();
    }

    /**
     * "the following year", "the previous month", "the next day": one unit after or before the date mentioned last,
     * when that date is at least as fine as the unit (the narrative reference of Strötgen and Gertz 2013).
     */
    private static Normalized following(String which, String unit, String previous) {
        int step = which.equals("following") || which.equals("next") ? 1 : -1;
        try {
            if (unit.equals("year") && previous.matches("\\d{4}.*")) {
                return new Normalized("DATE", String.format(Locale.ROOT, "%04d",
                        Integer.parseInt(previous.substring(0, 4)) + step));
            }
            if (unit.equals("month") && previous.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                java.time.YearMonth ym = java.time.YearMonth.parse(previous.substring(0, 7)).plusMonths(step);
                return new Normalized("DATE", ym.toString());
            }
            if (unit.equals("day") && previous.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return new Normalized("DATE", LocalDate.parse(previous).plusDays(step).toString());
            }
        } catch (java.time.DateTimeException ex) {
            return null;
        }
        return null;
    }

    /** The quarter a business report of {@code anchor} covers: the latest one ended at least six weeks before. */
    static LocalDate reportedQuarterDay(LocalDate anchor) {
        return anchor.minusDays(45);
    }

    private static String quarterOf(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-Q%d", d.getYear(), d.get(IsoFields.QUARTER_OF_YEAR));
    }

    private static Normalized quarter(String modifier, String ordinal, Tense tense, LocalDate anchor) {
        if (ordinal != null) {
            int q = switch (ordinal) {
                case "first", "1st" -> 1;
                case "second", "2nd" -> 2;
                case "third", "3rd" -> 3;
                default -> 4;
            };
            int aq = anchor.get(IsoFields.QUARTER_OF_YEAR);
            int y = anchor.getYear();
            if ("year-ago".equals(modifier) || "year-earlier".equals(modifier) || "same".equals(modifier)) {
                y -= 1;
            } else if ("last".equals(modifier) || "past".equals(modifier) || "previous".equals(modifier)) {
                y = q >= aq ? y - 1 : y;
            } else if ("next".equals(modifier) || "coming".equals(modifier)) {
                y = q <= aq ? y + 1 : y;
            } else if (tense == Tense.FUTURE) {
                // results are reported weeks after a quarter ends: "will report third-quarter results" in October
                y = q < reportedQuarterDay(anchor).get(IsoFields.QUARTER_OF_YEAR)
                        && reportedQuarterDay(anchor).getYear() == y ? y + 1 : y;
            } else if (q > aq) {
                y -= 1;
            }
            return new Normalized("DATE", String.format(Locale.ROOT, "%04d-Q%d", y, q));
        }
        if (modifier == null || modifier.equals("latest") || modifier.equals("most recent")
                || modifier.equals("recent") || modifier.equals("last") || modifier.equals("past")
                || modifier.equals("previous")) {
            // also in a future clause: "expected to earn 35 cents for the quarter" is the quarter being reported
            return new Normalized("DATE", quarterOf(reportedQuarterDay(anchor)));
        }
        if (modifier.equals("current")) {
            return new Normalized("DATE", quarterOf(anchor));
        }
        if (modifier.equals("next") || modifier.equals("coming")) {
            return new Normalized("DATE", quarterOf(anchor.plusMonths(3)));
        }
        if (modifier.equals("year-ago") || modifier.equals("year-earlier") || modifier.equals("same")
                || modifier.equals("comparable")) {
            return new Normalized("DATE", quarterOf(reportedQuarterDay(anchor).minusYears(1)));
        }
        return null;
    }

    private static final Pattern QUARTER_VALUE = Pattern.compile("^(\\d{4})-(Q[1-4])$");

    private static Normalized ago(int n, String unit, String sentence, LocalDate anchor, String previous) {
        Matcher pq = previous == null ? null : QUARTER_VALUE.matcher(previous);
        if ("year".equals(unit) && pq != null && pq.matches()) {
            return new Normalized("DATE", (Integer.parseInt(pq.group(1)) - n) + "-" + pq.group(2));
        }
        return switch (unit) {
            case "year" -> new Normalized("DATE", sentence.contains("quarter") && n == 1
                    ? quarterOf(reportedQuarterDay(anchor).minusYears(1))
                    : String.format(Locale.ROOT, "%04d", anchor.getYear() - n));
            case "decade" -> new Normalized("DATE", String.format(Locale.ROOT, "%04d", anchor.getYear() - 10 * n));
            case "quarter" -> new Normalized("DATE", quarterOf(reportedQuarterDay(anchor).minusMonths(3L * n)));
            case "month" -> {
                LocalDate d = anchor.minusMonths(n);
                yield new Normalized("DATE", String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue()));
            }
            case "week" -> new Normalized("DATE", week(anchor.minusWeeks(n)));
            default -> new Normalized("DATE", anchor.minusDays(n).toString());
        };
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static int monthNumber(String name) {
        String n = name.replace(".", "");
        return switch (n.length() >= 3 ? n.substring(0, 3) : n) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }
}
