package org.concord.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a date expression of news text against the article's publication date, the way news is written: a
 * bare weekday ("on Tuesday", "Tuesday's meeting") is the most recent such day, or the coming one when the
 * sentence speaks of the future ("will", "is set to", "next"); a month and day without a year ("Dec. 20") takes
 * the year that puts it nearest before the publication date; "earlier this month", "last week", "yesterday"
 * and "over the weekend" resolve to their month, week's days or day. Anything else keeps the annotator's
 * normalized value when it is a calendar date. (Strategy as in the news-specific anchoring rules of
 * Strötgen and Gertz 2013, "Multilingual and cross-domain temporal tagging", HeidelTime's news domain.)
 */
public final class TemporalResolver {
    private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|\u2019s)?\\b");
    private static final Pattern BARE_WEEKDAY = Pattern.compile(
            "(?i)(?:on |this )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:'s|\u2019s)?"
                    + "(?: (?:morning|afternoon|evening|night))?");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|"
            + "nov|dec)[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})");
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(will|'ll|\u2019ll|is set to|are set to|"
            + "scheduled|plans? to|planning to|going to|upcoming|next|expected to|would meet)\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private TemporalResolver() {
    }

    public static TemporalResolver create() {
        return new TemporalResolver();
    }

    /**
     * The ISO date ("2014-12-30") or month ("2014-12") an expression refers to, or null when it names no
     * calendar day or month.
     *
     * @param expression the temporal expression as written
     * @param value the annotator's normalized value (may be null)
     * @param sentence the sentence it sits in (for tense)
     * @param anchor the publication date (may be null: then only absolute values are kept)
     */
    public String resolve(String expression, String value, String sentence, LocalDate anchor) {
        return resolve(expression, value, sentence, Tense.NONE, anchor);
    }

    /**
     * As {@link #resolve(String, String, String, LocalDate)}, with the tense of the expression's own clause
     * ({@link Tense#around}): a past clause keeps a bare weekday in the past even when the sentence quotes a future
     * ("said Friday that it will ..."), a future clause sends it forward; otherwise the sentence's wording decides.
     */
    public String resolve(String expression, String value, String sentence, Tense tense, LocalDate anchor) {
        String e = expression.toLowerCase(Locale.ROOT).strip();
        if (anchor != null) {
            Matcher wd = WEEKDAY.matcher(e);
            if (wd.find() && !e.matches(".*\\d.*")) {
                DayOfWeek day = DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
                if (e.contains("next")) {
                    return anchor.with(TemporalAdjusters.next(day)).toString();
                }
                if (e.contains("last")) {
                    return anchor.with(TemporalAdjusters.previous(day)).toString();
                }
                boolean future = tense == Tense.FUTURE || (tense != Tense.PAST
                        && FUTURE.matcher(sentence == null ? "" : sentence).find());
                return (future ? anchor.with(TemporalAdjusters.nextOrSame(day))
                        : anchor.with(TemporalAdjusters.previousOrSame(day))).toString();
            }
            Matcher md = MONTH_DAY.matcher(e);
            if (md.find()) {
                int month = MONTHS.get(md.group(1).toLowerCase(Locale.ROOT));
                int dayOfMonth = Integer.parseInt(md.group(2));
                LocalDate d = safeDate(anchor.getYear(), month, dayOfMonth);
                if (d != null && d.isAfter(anchor.plusMonths(2))) {
                    d = safeDate(anchor.getYear() - 1, month, dayOfMonth);
                }
                if (d != null) {
                    return d.toString();
                }
            }
            if (e.equals("yesterday") || e.equals("last night")) {
                return anchor.minusDays(1).toString();
            }
            if (e.equals("today") || e.equals("tonight") || e.equals("this morning") || e.equals("this afternoon")
                    || e.equals("this evening")) {
                return anchor.toString();
            }
            if (e.equals("tomorrow")) {
                return anchor.plusDays(1).toString();
            }
            if (e.contains("this month") || e.equals("earlier this month")) {
                return String.format(Locale.ROOT, "%04d-%02d", anchor.getYear(), anchor.getMonthValue());
            }
            if (e.equals("last month")) {
                LocalDate m = anchor.minusMonths(1);
                return String.format(Locale.ROOT, "%04d-%02d", m.getYear(), m.getMonthValue());
            }
            if (e.contains("weekend") && (e.contains("over the") || e.contains("this") || e.equals("the weekend")
                    || e.contains("last"))) {
                return anchor.with(TemporalAdjusters.previous(DayOfWeek.SATURDAY)).toString();
            }
        }
        if (value != null && CALENDAR.matcher(value).matches() && value.length() >= 7) {
            return value;
        }
        if (value != null && value.length() > 10 && CALENDAR.matcher(value.substring(0, 10)).matches()
                && value.charAt(10) == 'T') {
            return value.substring(0, 10);
        }
        return null;
    }

    /**
     * The weekday a bare past reference names ("Tuesday", "on Wednesday", "Monday's", "Sunday night") in a
     * sentence that does not speak of the future, or null: what a document without a date says about when it
     * was written (no earlier than that day).
     */
    public DayOfWeek pastWeekday(String expression, String sentence) {
        Matcher m = BARE_WEEKDAY.matcher(expression.strip());
        if (!m.matches() || FUTURE.matcher(sentence == null ? "" : sentence).find()) {
            return null;
        }
        return DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
    }

    private static LocalDate safeDate(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException ex) {
            return null;
        }
    }
}
