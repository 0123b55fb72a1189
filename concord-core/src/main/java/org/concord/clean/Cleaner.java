package org.concord.clean;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concord.ingest.RawArticle;
import org.concord.model.RemovalReason;
import org.concord.model.Removed;
import org.concord.text.Boilerplate;

/**
 * Stages 2 and 3: boilerplate removal and metadata from the text. Works paragraph by paragraph (one line each):
 * inline tokens first (ad placeholders, glued photo credits), then whole-line rules (captions, credits, section
 * labels, sign-up and share prompts, related links, footers, bylines), then the headline. Every removal is
 * recorded with its reason; metadata given with the input wins over what the text says.
 */
public final class Cleaner {
    private static final Pattern AD_TOKEN = Pattern.compile(
            "\\{[a-z][a-z0-9_-]{1,24}\\}|\\[(?:ad|advertisement|ads)\\]|\\bADVERTISEMENT\\b");
    private static final Pattern GLUED_IMAGE_CREDIT = Pattern.compile(
            "(?:Images?|Photos?|Photographs?)\\s*:\\s*[A-Z][\\w .&'-]{2,60}(?:\\(\\d+\\))?\\s*$");
    /** "Name Surname/Agency", "DNAinfo/Katie Honan", "John Minchillo—AP" as a whole line. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "^(?:[A-Z][\\w.'-]*(?: [A-Z][\\w.'-]*){0,3})(?:/[A-Z][\\w.'-]*(?: [A-Z][\\w.'-]*){0,4})+$");
    /** A caption that ends with its credit glued by a dash: "... on Dec. 20, 2014. John Minchillo—AP". */
    private static final Pattern CAPTION_WITH_CREDIT = Pattern.compile(
            "[.\\d)]\\s*[A-Z][\\w.'-]+(?: [A-Z][\\w.'-]+){0,3}\\s?[\u2014\u2013]\\s?[A-Z][\\w.'-]*(?: [A-Z][\\w.'-]*){0,3}$");
    private static final Pattern BYLINE = Pattern.compile("^By\\s+([A-Z][^|\\n]{1,120}?)(?:\\s*[|,\u2022]\\s*(.*))?$");
    private static final Pattern MONTH_DATE = Pattern.compile(
            "\\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
    private static final Pattern DAY_MONTH_DATE = Pattern.compile(
            "\\b(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?,?\\s+(\\d{4})\\b");
    /** A header line that is only a date, perhaps with a weekday and a time: "March 20, 2023", "15 March 2023". */
    private static final Pattern DATE_ONLY_LINE = Pattern.compile("^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?"
            + "(?:[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+[A-Z][a-z]{2,8}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})"
            + "(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*$");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DATELINE = Pattern.compile("^[A-Z][A-Z .,'-]{2,40}(?:\\(([^)]{3,40})\\))?\\s*[\u2014\u2013-]{1,2}\\s");
    private static final List<Pattern> OUTLET_PATTERNS = List.of(
            Pattern.compile("^(?:More )?(?:Must-Reads|Stories|News|Coverage) from (?:the )?([A-Z][\\w&.' -]{1,40}?)\\s*$"),
            Pattern.compile("^The ([A-Z][\\w&.'-]{1,30}(?: [A-Z][\\w&.'-]{1,30}){0,2}) archives\\b"),
            Pattern.compile("^(?:\u00a9|Copyright|\\(c\\))\\s*(?:\\d{4}\\s*)?([A-Z][\\w&.' -]{1,40}?)(?:[.,]|\\s+All rights|$)"));


    private Cleaner() {
    }

    public static Cleaner create() {
        return new Cleaner();
    }

    public CleanedArticle clean(RawArticle a) {
        List<Removed> removed = new ArrayList<>(a.removed());
        List<String> lines = new ArrayList<>();
        for (String raw : a.text().split("\n")) {
            String line = raw.replace('\u00a0', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            line = removeInline(line, AD_TOKEN, RemovalReason.AD_TOKEN, removed);
            line = removeInline(line, GLUED_IMAGE_CREDIT, RemovalReason.PHOTO_CREDIT, removed);
            line = line.replaceAll("\\s{2,}", " ").strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }

        String outlet = a.outlet();
        String published = a.published();
        boolean fromText = false;
        List<String> authors = new ArrayList<>();
        boolean[] drop = new boolean[lines.size()];
        RemovalReason[] reason = new RemovalReason[lines.size()];

        // whole-line rules, outlet from mastheads and footers
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int words = words(line);
            if (outlet == null) {
                outlet = outletFrom(line);
            }
            RemovalReason boilerplate = Boilerplate.paragraphLine(line, words);
            if (boilerplate != null) {
                mark(drop, reason, i, boilerplate);
            }
            if (!drop[i] && words <= 10 && CREDIT_LINE.matcher(line).matches() && line.contains("/")) {
                mark(drop, reason, i, RemovalReason.PHOTO_CREDIT);
            }
            if (!drop[i] && words <= 60 && CAPTION_WITH_CREDIT.matcher(line).find()) {
                mark(drop, reason, i, RemovalReason.PHOTO_CAPTION);
            }
        }
        // header: section label, headline, byline
        String title = a.title();
        int first = 0;
        while (first < lines.size() && drop[first]) {
            first++;
        }
        if (first < lines.size()) {
            String l0 = lines.get(first);
            int next = first + 1;
            while (next < lines.size() && drop[next]) {
                next++;
            }
            boolean label = words(l0) <= 4 && !l0.endsWith(":") && next < lines.size()
                    && titleLike(lines.get(next)) && words(lines.get(next)) > words(l0);
            if (label) {
                mark(drop, reason, first, RemovalReason.SECTION_LABEL);
                first = next;
            }
        }
        if (first < lines.size() && titleLike(lines.get(first)) && lines.size() - first > 1) {
            String head = lines.get(first);
            if (title == null) {
                title = head;
                mark(drop, reason, first, RemovalReason.HEADLINE_AS_TITLE);
            } else if (normalize(head).equals(normalize(title))) {
                mark(drop, reason, first, RemovalReason.HEADLINE_AS_TITLE);
            }
        }
        for (int i = 0; i < Math.min(lines.size(), first + 4); i++) {
            if (drop[i]) {
                continue;
            }
            Matcher m = BYLINE.matcher(lines.get(i));
            if (m.matches() && words(lines.get(i)) <= 25) {
                mark(drop, reason, i, RemovalReason.BYLINE);
                for (String name : m.group(1).split("\\s+and\\s+|,\\s*")) {
                    String n = name.strip();
                    if (!n.isEmpty() && MONTH_DATE.matcher(n).find() == false) {
                        authors.add(n);
                    }
                }
                String date = dateIn(lines.get(i));
                if (published == null && date != null) {
                    published = date;
                    fromText = true;
                }
            }
        }
        for (int i = 0; i < Math.min(lines.size(), first + 5); i++) {
            if (!drop[i] && DATE_ONLY_LINE.matcher(lines.get(i).strip()).matches()) {
                String date = dateIn(lines.get(i));
                if (date != null) {
                    mark(drop, reason, i, RemovalReason.DATE_LINE_AS_PUBLISHED);
                    if (published == null) {
                        published = date;
                        fromText = true;
                    }
                }
            }
        }
        if (published == null) {
            for (int i = 0; i < Math.min(lines.size(), first + 4); i++) {
                Matcher m = DATELINE.matcher(lines.get(i));
                if (!drop[i] && m.find() && m.group(1) != null) {
                    String date = dateIn(m.group(1));
                    if (date != null) {
                        published = date;
                        fromText = true;
                        break;
                    }
                }
            }
        }

        int bodyStart = first + 1;
        for (int i = first + 1; i < Math.min(lines.size(), first + 4); i++) {
            if (reason[i] == RemovalReason.BYLINE || reason[i] == RemovalReason.DATE_LINE_AS_PUBLISHED) {
                bodyStart = i + 1;
            }
        }
        // repeated lines (a caption printed twice) and caption headings in a run of captions
        for (int i = Math.max(1, bodyStart); i < lines.size(); i++) {
            if (lines.get(i).equals(lines.get(i - 1))) {
                mark(drop, reason, i - 1, RemovalReason.PHOTO_CAPTION);
                mark(drop, reason, i, RemovalReason.PHOTO_CAPTION);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = bodyStart; i < lines.size(); i++) {
                boolean nextIsCaption = i + 1 < lines.size() && reason[i + 1] == RemovalReason.PHOTO_CAPTION;
                boolean prevIsCaption = i > 0 && reason[i - 1] == RemovalReason.PHOTO_CAPTION;
                boolean echoes = (nextIsCaption && overlap(lines.get(i), lines.get(i + 1)) >= 0.6)
                        || (prevIsCaption && overlap(lines.get(i), lines.get(i - 1)) >= 0.6);
                if (!drop[i] && (nextIsCaption || prevIsCaption) && (titleLike(lines.get(i)) || echoes)) {
                    mark(drop, reason, i, RemovalReason.PHOTO_CAPTION);
                    changed = true;
                }
            }
        }
        // a caption line right before its credit line
        for (int i = 1; i < lines.size(); i++) {
            if (reason[i] == RemovalReason.PHOTO_CREDIT && !drop[i - 1] && i - 1 > 1
                    && reason[i - 1] == RemovalReason.PHOTO_CAPTION
                    && i - 1 >= bodyStart) {
                mark(drop, reason, i - 1, RemovalReason.PHOTO_CAPTION);
            }
        }

        StringBuilder body = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (drop[i]) {
                removed.add(new Removed(lines.get(i), reason[i]));
            } else {
                if (body.length() > 0) {
                    body.append('\n');
                }
                body.append(lines.get(i));
            }
        }
        if (authors.isEmpty()) {
            authors.addAll(a.authors());
        }
        return new CleanedArticle(body.toString(), removed, title, outlet, published, fromText, authors);
    }

    /** Word overlap of two lines: shared words over the words of the shorter line. */
    static double overlap(String a, String b) {
        java.util.Set<String> x = new java.util.HashSet<>(List.of(normalize(a).split(" ")));
        java.util.Set<String> y = new java.util.HashSet<>(List.of(normalize(b).split(" ")));
        int shorter = Math.min(x.size(), y.size());
        x.retainAll(y);
        return shorter == 0 ? 0 : x.size() / (double) shorter;
    }

    private static void mark(boolean[] drop, RemovalReason[] reason, int i, RemovalReason why) {
        if (!drop[i]) {
            drop[i] = true;
            reason[i] = why;
        }
    }

    private static String removeInline(String line, Pattern p, RemovalReason why, List<Removed> removed) {
        Matcher m = p.matcher(line);
        if (!m.find()) {
            return line;
        }
        StringBuilder sb = new StringBuilder();
        int last = 0;
        do {
            removed.add(new Removed(m.group(), why));
            sb.append(line, last, m.start());
            last = m.end();
        } while (m.find());
        sb.append(line.substring(last));
        return sb.toString();
    }

    static int words(String line) {
        String s = line.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    /** A headline-like line: short, no final period, starts with a capital, a digit or a quote. */
    static boolean titleLike(String line) {
        int w = words(line);
        if (w == 0 || w > 25 || line.endsWith(".") || line.endsWith(":") || line.endsWith(",")) {
            return false;
        }
        char c = line.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '\'' || c == '"' || c == '\u2018'
                || c == '\u201c';
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String outletFrom(String line) {
        for (Pattern p : OUTLET_PATTERNS) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                String name = m.group(1).strip();
                if (!name.isEmpty() && words(name) <= 4) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The first date written in the text ("December 30, 2014", "Dec. 30, 2014", "2014-12-30"), ISO, or null. */
    static String dateIn(String s) {
        Matcher m = MONTH_DATE.matcher(s);
        if (m.find()) {
            try {
                String mon = m.group(1).substring(0, 3);
                LocalDate d = LocalDate.parse(mon + " " + m.group(2) + " " + m.group(3),
                        DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH));
                return d.toString();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Matcher dm = DAY_MONTH_DATE.matcher(s);
        if (dm.find()) {
            try {
                return LocalDate.parse(dm.group(2).substring(0, 3) + " " + dm.group(1) + " " + dm.group(3),
                        DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH)).toString();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Matcher iso = ISO_DATE.matcher(s);
        if (iso.find()) {
            try {
                return LocalDate.parse(iso.group()).toString();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }
}
