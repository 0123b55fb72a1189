package org.concord.ingest.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A publication date written in the page's visible text, for pages whose markup gives none: the first date in a
 * small element whose class, id or itemprop says it holds a date or a byline ("date", "time", "publish", "posted",
 * "byline", "meta", "datum"; not "modified" or "update"), then in a {@code <time>} element's text. This is the
 * idea of htmldate (Barbaresi, "htmldate: A Python package to extract publication dates from web pages", JOSS
 * 2020): markup first, then the date-bearing elements of the page. Formats, language-independent where they can
 * be: ISO {@code 2019-10-19}, {@code 19.10.2019}, {@code 19/10/2019} (day first unless the first number cannot be
 * a day's month, that is when the second is over 12), and day-month-year or month-day-year with month names in
 * English, German, French, Spanish, Italian, Dutch and Polish (full or abbreviated).
 */
final class PageDates {
    private static final Pattern DATE_CLASS = Pattern.compile(
            "date|time|publish|posted|byline|meta|datum|fecha|data-pub|entry-date|dateline", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_PUBLISHED = Pattern.compile("modif|update|aktualisiert|comment|event|expire",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([./])\\s?(\\d{1,2})\\2\\s?((?:19|20)\\d{2})\\b");
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH_WORD = "(\\p{L}{3,10})\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:\\.|st|nd|rd|th|er)?\\s+(?:de\\s+)?" + MONTH_WORD + ",?\\s+(?:de\\s+)?((?:19|20)\\d{2})\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int MAX_TEXT = 200;

    private PageDates() {
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[][] names = {
            {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"},
            {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
                "dezember"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"},
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                "noviembre", "diciembre"},
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
                "novembre", "dicembre"},
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december"},
            {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
                "października", "listopada", "grudnia"},
        };
        for (String[] lang : names) {
            for (int i = 0; i < 12; i++) {
                m.putIfAbsent(lang[i], i + 1);
                if (lang[i].length() > 3) {
                    m.putIfAbsent(lang[i].substring(0, 3), i + 1);
                }
            }
        }
        m.put("sept", 9);
        m.put("jänner", 1);
        m.put("mär", 3);
        m.put("okt", 10);
        m.put("dez", 12);
        return Map.copyOf(m);
    }

    /** The page's written publication date as ISO yyyy-MM-dd, or null. */
    static String find(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : body.getAllElements()) {
            String names = e.className() + " " + e.id() + " " + e.attr("itemprop");
            if (names.isBlank() || !DATE_CLASS.matcher(names).find() || NOT_PUBLISHED.matcher(names).find()) {
                continue;
            }
            String text = e.text();
            if (text.isEmpty() || text.length() > MAX_TEXT) {
                continue;
            }
            String d = parse(text);
            if (d != null) {
                return d;
            }
        }
        for (Element t : body.getElementsByTag("time")) {
            String d = t.text().length() <= MAX_TEXT ? parse(t.text()) : null;
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The first date written in {@code text}, or null. */
    static String parse(String text) {
        String best = null;
        int at = Integer.MAX_VALUE;
        Matcher m = ISO.matcher(text);
        if (m.find() && m.start() < at) {
            String d = date(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                best = d;
                at = m.start();
            }
        }
        m = NUMERIC.matcher(text);
        while (m.find() && m.start() < at) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            // day first (most of the world, and always with dots), month first only when the day cannot be a month
            String d = m.group(2).equals("/") && b > 12 ? date(m.group(4), m.group(1), m.group(3))
                    : date(m.group(4), m.group(3), m.group(1));
            if (d != null && a > 0) {
                best = d;
                at = m.start();
                break;
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find() && m.start() < at) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            String d = month == null ? null : date(m.group(3), Integer.toString(month), m.group(1));
            if (d != null) {
                best = d;
                at = m.start();
                break;
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        while (m.find() && m.start() < at) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            String d = month == null ? null : date(m.group(3), Integer.toString(month), m.group(2));
            if (d != null) {
                best = d;
                at = m.start();
                break;
            }
        }
        return best;
    }

    private static String date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
