package org.concord.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.Terms;
import org.concord.annotate.Timex;
import org.concord.annotate.Token;
import org.concord.model.Claim;
import org.concord.model.ClaimStatus;
import org.concord.model.Conflict;
import org.concord.model.Entity;
import org.concord.model.ConflictAspect;
import org.concord.model.ConflictValue;
import org.concord.model.Occurrence;
import org.concord.model.Quote;
import org.concord.model.Span;
import org.concord.text.NumberWords;
import org.concord.text.Verbs;

/**
 * Aligns the statements of a story's documents and says where they agree, add a detail or disagree.
 *
 * <p>Statements are sentences that name something (an entity, a number or a date) outside quotation marks. Each
 * is read as a small frame: its predicates (its content verbs other than reporting verbs), its arguments
 * (the people, organisations and places it names), the numbers it gives for counted nouns and the days it
 * dates. Predicates are resolved across the story's documents by {@link EventCoreference} (the same predicate key
 * of {@link EventLexicon}: "killed" and "slain", "shooting" and "shot"). Two statements of different documents
 * state the same claim when their content lemmas overlap (Jaccard at least {@value #ALIGN}), counting an extra
 * {@value #EVENT_BONUS} when they report the same event about a shared argument (cross-document event coreference
 * with argument compatibility, in the spirit of Lee et al. 2012, EMNLP, and Barhom et al. 2019, ACL).
 *
 * <p>A claim carried by two or more independent sources is corroborated; sources are outlets ({@link Independence}:
 * an outlet's rewrites of its own story are one source, a wire copy counts for the outlet it copies). Four kinds of
 * disagreement are found, each between two statements that are not copies of each other, and each a conflict only
 * when both statements are about one event and one attribute (issue 16; the rules at each method, measured by
 * {@code concord eval claims} on hand-checked DUC 2002 clusters): two counts of one thing in two statements of the
 * same event ("1,200 workers" / "1,400 workers", {@code numberConflicts}), two days for one event about the same
 * participant ({@code dateConflict}), two spellings of one person's name ({@link NameConflicts}: surnames one or
 * two edits apart, Levenshtein 1966, with evidence that they are one person), and two wordings of one quote
 * ({@link WordingConflicts}). A disagreement between two statements of one aligned claim makes that claim
 * conflicting; between statements aligned only by their event it is a claim of its own, citing both sentences.
 */
public final class ClaimAligner {
    static final double ALIGN = 0.3;
    static final double EVENT_BONUS = 0.1;
    static final double NUMBER_ALIGN = 0.12;
    static final int MAX_SINGLE_SOURCE = 20;

    private ClaimAligner() {
    }

    public static ClaimAligner create() {
        return new ClaimAligner();
    }

    /**
     * The claims of a story: conflicting first, then corroborated, then single-source, each in text order.
     * {@code entities} are the story's resolved entities (name conflicts are read only between spellings they make
     * one person).
     */
    public List<Claim> align(List<AnnotatedDocument> members, Map<String, String> duplicateOf, List<Quote> quotes,
            List<Entity> entities) {
        Independence independence = new Independence(members, duplicateOf);
        Map<String, LocalDate> published = published(members);
        List<Statement> statements = new ArrayList<>();
        for (AnnotatedDocument d : members) {
            for (Sentence s : d.annotation().sentences()) {
                Statement st = statement(d, s);
                if (st != null) {
                    statements.add(st);
                }
            }
        }
        Map<String, Integer> predicateEvent = new HashMap<>();
        List<Set<Integer>> event = events(members, statements, predicateEvent);
        // greedy alignment: each statement joins the group whose seed it matches best, from another document
        List<List<Integer>> groups = new ArrayList<>();
        int[] groupOf = new int[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            Statement st = statements.get(i);
            int best = -1;
            double bestSim = ALIGN;
            for (int g = 0; g < groups.size(); g++) {
                List<Integer> members2 = groups.get(g);
                if (members2.stream().anyMatch(x -> statements.get(x).document.equals(st.document))) {
                    continue;
                }
                int seed = members2.get(0);
                double sim = similarity(statements.get(seed), st, event.get(seed), event.get(i));
                if (sim >= bestSim) {
                    bestSim = sim;
                    best = g;
                }
            }
            if (best < 0) {
                best = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(best).add(i);
            groupOf[i] = best;
        }
        // disagreements between statements of one event: inside an aligned group they mark it, else their own claim
        Map<Integer, List<Conflict>> groupConflicts = new LinkedHashMap<>();
        List<Claim> conflicting = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            for (int j = i + 1; j < statements.size(); j++) {
                Statement a = statements.get(i);
                Statement b = statements.get(j);
                boolean comparable = !a.counts.isEmpty() && !b.counts.isEmpty()
                        || a.dates.size() == 1 && b.dates.size() == 1;
                if (!comparable || a.document.equals(b.document)
                        || independence.origins(Set.of(a.document, b.document)) < 2
                        || !sameOccasion(a, b)) {
                    continue;
                }
                double jac = Terms.jaccard(a.terms, b.terms);
                boolean sameEvent = shares(event.get(i), event.get(j));
                if (jac < NUMBER_ALIGN || !sameEvent && jac < ALIGN) {
                    continue;
                }
                List<Conflict> found = new ArrayList<>();
                if (reportedTogether(published.get(a.document), published.get(b.document))) {
                    found.addAll(numberConflicts(i, j, a, b, predicateEvent, reported));
                }
                if (sameEvent && shares(a.participants, b.participants)) {
                    Conflict d = dateConflict(i, j, a, b, predicateEvent, reported);
                    if (d != null) {
                        found.add(d);
                    }
                }
                if (found.isEmpty()) {
                    continue;
                }
                if (groupOf[i] == groupOf[j]) {
                    groupConflicts.computeIfAbsent(groupOf[i], k -> new ArrayList<>()).addAll(found);
                } else {
                    conflicting.add(new Claim(a.text, ClaimStatus.CONFLICTING, List.of(a.span(), b.span()), 2, found));
                }
            }
        }
        List<Claim> corroborated = new ArrayList<>();
        List<Claim> single = new ArrayList<>();
        List<Claim> conflictingGroups = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Span> sources = new ArrayList<>();
            Set<String> docs = new LinkedHashSet<>();
            for (int x : groups.get(g)) {
                Statement st = statements.get(x);
                sources.add(st.span());
                docs.add(st.document);
            }
            int independent = independence.sources(docs);
            String text = statements.get(groups.get(g).get(0)).text;
            List<Conflict> cs = groupConflicts.get(g);
            if (cs != null) {
                conflictingGroups.add(new Claim(text, ClaimStatus.CONFLICTING, sources, independent, List.copyOf(cs)));
            } else if (independent >= 2) {
                corroborated.add(new Claim(text, ClaimStatus.CORROBORATED, sources, independent, List.of()));
            } else if (single.size() < MAX_SINGLE_SOURCE) {
                single.add(new Claim(text, ClaimStatus.SINGLE_SOURCE, sources, independent, List.of()));
            }
        }
        List<Claim> out = new ArrayList<>(conflictingGroups);
        out.addAll(conflicting);
        out.addAll(NameConflicts.find(members, entities, independence));
        out.addAll(WordingConflicts.find(quotes, independence));
        out.addAll(corroborated);
        out.addAll(single);
        return out;
    }

    /** Content-lemma overlap, with a bonus when both report the same event about a shared argument. */
    static double similarity(Statement a, Statement b, Set<Integer> eventsA, Set<Integer> eventsB) {
        double sim = Terms.jaccard(a.terms, b.terms);
        if (shares(eventsA, eventsB) && shares(a.arguments, b.arguments)) {
            sim += EVENT_BONUS;
        }
        return sim;
    }

    private static <T> boolean shares(Set<T> a, Set<T> b) {
        for (T x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event coreference the claims of a story are aligned with: {@link EventCoreference} over the story's
     * documents (a story already reports one event). {@code concord eval events} scores this.
     */
    public static EventCoreference predicateCoreference() {
        return EventCoreference.create();
    }

    /**
     * The event clusters of each statement's predicates, from {@link #predicateCoreference()}.
     */
    private static List<Set<Integer>> events(List<AnnotatedDocument> members, List<Statement> statements,
            Map<String, Integer> predicateEvent) {
        List<CorefMention> mentions = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        List<Set<Integer>> out = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            out.add(new LinkedHashSet<>());
            for (Token p : statements.get(i).predicates) {
                String id = i + "." + p.index();
                mentions.add(new CorefMention(id, statements.get(i).document, p.start(), p.end()));
                index.put(id, i);
            }
        }
        List<List<CorefMention>> clusters = predicateCoreference().cluster(members, mentions);
        for (int c = 0; c < clusters.size(); c++) {
            for (CorefMention m : clusters.get(c)) {
                out.get(index.get(m.id())).add(c);
                predicateEvent.put(m.id(), c);
            }
        }
        return out;
    }

    private static Statement statement(AnnotatedDocument d, Sentence s) {
        String text = d.text().substring(s.start(), s.end());
        if (text.chars().anyMatch(c -> c == '"' || c == '\u201c' || c == '\u201d')) {
            return null;
        }
        boolean names = false;
        for (Token t : s.tokens()) {
            if (!"O".equals(t.ner()) || "CD".equals(t.pos())) {
                names = true;
                break;
            }
        }
        List<String> content = Terms.content(s);
        if (!names || content.size() < 5) {
            return null;
        }
        Set<String> arguments = new LinkedHashSet<>();
        for (Mention m : d.annotation().mentions()) {
            if (m.start() >= s.start() && m.end() <= s.end() && ARGUMENT_TYPES.contains(m.type())) {
                arguments.add(argumentKey(m.text()));
            }
        }
        Map<String, Timex> dates = new LinkedHashMap<>();
        Set<String> places = new LinkedHashSet<>();
        Set<String> participants = new LinkedHashSet<>();
        for (Mention m : d.annotation().mentions()) {
            if (m.start() >= s.start() && m.end() <= s.end() && ARGUMENT_TYPES.contains(m.type())) {
                (PLACE_TYPES.contains(m.type()) ? places : participants).add(argumentKey(m.text()));
            }
        }
        for (Timex x : d.annotation().timexes()) {
            if (x.start() >= s.start() && x.end() <= s.end() && "DATE".equals(x.type()) && x.value() != null
                    && DAY.matcher(x.value()).matches()) {
                dates.putIfAbsent(x.value(), x);
            }
        }
        Set<String> years = new LinkedHashSet<>();
        for (Timex x : d.annotation().timexes()) {
            if (x.start() >= s.start() && x.end() <= s.end() && "DATE".equals(x.type()) && x.value() != null
                    && YEAR.matcher(x.value()).lookingAt()) {
                years.add(x.value().substring(0, 4));
            }
        }
        String published = d.document() == null || d.document().published() == null ? ""
                : d.document().published();
        if (years.isEmpty() && published.length() >= 4) {
            years.add(published.substring(0, 4));
        }
        return new Statement(d.id(), s.start(), s.end(), text.strip().replaceAll("\\s+", " "),
                new HashSet<>(content), s, predicates(s), arguments, places, participants, dates, years, published,
                counts(s));
    }

    private static final Set<String> ARGUMENT_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY",
            "COUNTRY", "STATE_OR_PROVINCE");
    private static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}(?![\\dX])");

    /** An argument's comparison key: its last word, lower-cased, without a possessive ("de Blasio's" -> blasio). */
    static String argumentKey(String name) {
        String[] parts = name.strip().split("\\s+");
        return parts[parts.length - 1].replaceAll("['\u2019]s?$", "").toLowerCase(Locale.ROOT);
    }

    /** The sentence's predicates: its content verbs other than reporting verbs ("said", "told"). */
    static List<Token> predicates(Sentence s) {
        List<Token> out = new ArrayList<>();
        for (Token t : s.tokens()) {
            String pos = t.pos() == null ? "" : t.pos();
            if (pos.startsWith("VB") && !Verbs.LIGHT.contains(Heads.lemma(t))
                    && !EventLexicon.key(List.of(t), t).equals("=say")) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Two numbers for the same counted thing in two statements of one event, from independent documents: the same
     * noun, compatible modifiers ("1,400 crew members" and "1,200 members", not "three other rifles" and "nine
     * assault rifles"), each the only count of that noun in its sentence, and each nearest to a predicate of the
     * same event (the count is an argument of that event in both).
     */
    private static List<Conflict> numberConflicts(int i, int j, Statement a, Statement b,
            Map<String, Integer> predicateEvent, Set<String> reported) {
        List<Conflict> out = new ArrayList<>();
        Map<String, Count> na = a.counts;
        Map<String, Count> nb = b.counts;
        for (Map.Entry<String, Count> e : na.entrySet()) {
            Count mine = e.getValue();
            Count other = nb.get(e.getKey());
            if (other == null || mine.value() == other.value() || !compatibleModifiers(mine, other)
                    || !sameScale(mine.value(), other.value()) || yearsApart(a, b)
                    || measure(e.getKey(), mine) || measure(e.getKey(), other) || rounded(a, mine, other) || rounded(b, other, mine)) {
                continue;
            }
            Integer ea = nearestEvent(i, a, mine.token(), predicateEvent);
            Integer eb = nearestEvent(j, b, other.token(), predicateEvent);
            if (ea == null || !ea.equals(eb) || datedApart(i, j, a, b, ea, predicateEvent)) {
                continue;
            }
            if (reported.add(e.getKey() + "|" + mine.value() + "|" + other.value())
                    & reported.add(e.getKey() + "|" + other.value() + "|" + mine.value())) {
                out.add(new Conflict(ConflictAspect.NUMBER, List.of(
                        new ConflictValue(mine.number() + " " + mine.noun(), List.of(a.document)),
                        new ConflictValue(other.number() + " " + other.noun(), List.of(b.document)))));
            }
        }
        return out;
    }

    /**
     * Whether two counts of one thing can be two estimates of it: the larger at most {@value #SCALE} times the
     * smaller. Counts further apart are, on wire clusters, a part and the whole (the dead in one country, the storm's
     * toll) rather than two sources disagreeing.
     */
    static boolean sameScale(long x, long y) {
        long lo = Math.min(x, y);
        return lo > 0 && Math.max(x, y) <= SCALE * lo;
    }

    static final double SCALE = 1.5;

    /** Whether both statements are of known years (dated, or published) and share none ("a 1975 twister"). */
    private static boolean yearsApart(Statement a, Statement b) {
        return !a.years.isEmpty() && !b.years.isEmpty() && !shares(a.years, b.years);
    }

    /**
     * Whether a count is a measure ("17 mph", "175 mph winds", "15 miles"): its noun or a word between it and the
     * number is a unit of measurement. A measure is taken at a moment (a storm's speed, a plume's height) and
     * changes between moments; it is not a tally of the event's participants.
     */
    private static boolean measure(String noun, Count c) {
        return org.concord.resolve.Measures.isUnit(noun) || c.modifiers().stream()
                .anyMatch(org.concord.resolve.Measures::isUnit);
    }

    /**
     * Whether {@code mine}, in {@code st}, is a round figure given as a lower bound ("more than 400", "over 1,000")
     * that the other count falls within: 463 is "more than 400" said to the nearest hundred, no disagreement.
     */
    private static boolean rounded(Statement st, Count mine, Count other) {
        List<Token> ts = st.sentence.tokens();
        int k = mine.token(); // the number's position in its sentence
        if (k < 1 || k >= ts.size()) {
            return false;
        }
        String before = ts.get(k - 1).word().toLowerCase(Locale.ROOT);
        String two = k >= 2 ? ts.get(k - 2).word().toLowerCase(Locale.ROOT) + " " + before : before;
        if (!before.equals("over") && !two.equals("more than") && !two.equals("upwards of")) {
            return false;
        }
        long step = 1;
        while (mine.value() % (step * 10) == 0 && step < 1_000_000_000L) {
            step *= 10;
        }
        return step >= 100 && other.value() > mine.value() && other.value() < mine.value() + step;
    }

    /**
     * Whether both statements date the counted event (a date whose nearest verb is of {@code event}) and to
     * different days: two occasions ("killed five Sunday" / "killed six Monday").
     */
    private static boolean datedApart(int i, int j, Statement a, Statement b, int event,
            Map<String, Integer> predicateEvent) {
        Set<String> da = daysOf(i, a, event, predicateEvent);
        Set<String> db = daysOf(j, b, event, predicateEvent);
        return !da.isEmpty() && !db.isEmpty() && !shares(da, db);
    }

    private static Set<String> daysOf(int i, Statement st, int event, Map<String, Integer> predicateEvent) {
        Set<String> out = new HashSet<>();
        for (Timex x : st.dates.values()) {
            Integer e = datedEvent(i, st, x, predicateEvent);
            if (e != null && e == event) {
                out.add(x.value());
            }
        }
        return out;
    }

    private static final Set<String> SUBSET = Set.of("other", "more", "additional", "further", "extra", "new");

    private static boolean compatibleModifiers(Count a, Count b) {
        if (a.modifiers().stream().anyMatch(SUBSET::contains) || b.modifiers().stream().anyMatch(SUBSET::contains)) {
            return false;
        }
        return a.modifiers().isEmpty() || b.modifiers().isEmpty() || shares(Set.copyOf(a.modifiers()),
                Set.copyOf(b.modifiers()));
    }

    /** The event cluster of the statement's predicate nearest to token {@code at}, or null without predicates. */
    private static Integer nearestEvent(int i, Statement st, int at, Map<String, Integer> predicateEvent) {
        Token best = null;
        for (Token p : st.predicates) {
            if (best == null || Math.abs(p.index() - at) < Math.abs(best.index() - at)) {
                best = p;
            }
        }
        return best == null ? null : predicateEvent.get(i + "." + best.index());
    }

    /**
     * Two days for one event about the same participant (a person or an organisation both name; places are
     * settings, and a storm or an army's advance runs over days and places): each statement dates exactly one day
     * and the days differ, by at most {@value #DATE_GAP} days; each date names a day (a
     * weekday, "today", "Sept. 8"; not an offset such as "two weeks ago" or "the day after", which is only as exact
     * as its anchor); the two are not the same words ("Oct. 18" and "Oct. 18" say the same day, whatever year each
     * was resolved to; only "today", "yesterday" and "tomorrow" mean other days in other reports); and each dates
     * a predicate of the same event, the verb nearest to it (a date nearest a reporting verb, "ADN reported
     * Monday", is the day of the report, not of the event).
     */
    private static Conflict dateConflict(int i, int j, Statement a, Statement b, Map<String, Integer> predicateEvent,
            Set<String> reported) {
        if (a.dates.size() != 1 || b.dates.size() != 1) {
            return null;
        }
        Timex ta = a.dates.values().iterator().next();
        Timex tb = b.dates.values().iterator().next();
        if (ta.value().equals(tb.value()) || !namesADay(ta.text()) || !namesADay(tb.text())
                || Math.abs(LocalDate.parse(ta.value()).toEpochDay() - LocalDate.parse(tb.value()).toEpochDay())
                > DATE_GAP) {
            return null;
        }
        String wa = ta.text().strip().toLowerCase(Locale.ROOT);
        String wb = tb.text().strip().toLowerCase(Locale.ROOT);
        if (wa.equals(wb) && !DEICTIC.matcher(wa).find()) {
            return null;
        }
        // "today" and "today" in reports of two days: each names its own day, so a running event, not two dates
        if (DEICTIC.matcher(wa).find() && DEICTIC.matcher(wb).find() && !a.published.equals(b.published)) {
            return null;
        }
        Integer ea = datedEvent(i, a, ta, predicateEvent);
        Integer eb = datedEvent(j, b, tb, predicateEvent);
        if (ea == null || !ea.equals(eb) || !reported.add("date|" + ta.value() + "|" + tb.value())) {
            return null;
        }
        return new Conflict(ConflictAspect.DATE, List.of(
                new ConflictValue(ta.value() + " (\u201c" + ta.text() + "\u201d)", List.of(a.document)),
                new ConflictValue(tb.value() + " (\u201c" + tb.text() + "\u201d)", List.of(b.document))));
    }

    /**
     * The largest gap between two days sources give for one event: a week, the span over which a weekday name is
     * read; days further apart are two occurrences of one kind of event (two dismissals, two meetings).
     */
    static final int DATE_GAP = 7;

    private static final java.util.regex.Pattern DEICTIC =
            java.util.regex.Pattern.compile("\\b(today|tonight|yesterday|tomorrow)\\b");
    private static final java.util.regex.Pattern NAMED_DAY = java.util.regex.Pattern.compile(
            "\\b(today|tonight|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}"
                    + "|\\d{1,2}\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2})\\b");
    private static final java.util.regex.Pattern OFFSET =
            java.util.regex.Pattern.compile("\\b(ago|earlier|later|after|before|since|day|days|week|weeks)\\b");

    /**
     * Aspectual verbs (TimeML's ASPECTUAL class, Pustejovsky et al. 2003): "began", "continued" date a phase of
     * another event, which they do not name ("events that began Saturday").
     */
    private static final Set<String> ASPECTUAL = Set.of("begin", "start", "continue", "end", "finish", "stop",
            "resume", "complete", "commence", "cease", "halt", "terminate", "initiate");

    /** Whether a date expression names its day rather than counting from another. */
    static boolean namesADay(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        return NAMED_DAY.matcher(t).find() && !OFFSET.matcher(t).find();
    }

    /**
     * The event of the verb nearest to a date in its sentence, or null when that verb is a reporting verb or the
     * sentence has no verb.
     */
    private static Integer datedEvent(int i, Statement st, Timex x, Map<String, Integer> predicateEvent) {
        int at = -1;
        for (Token t : st.sentence.tokens()) {
            if (t.start() >= x.start()) {
                at = t.index();
                break;
            }
        }
        Token best = null;
        for (Token t : st.sentence.tokens()) {
            String pos = t.pos() == null ? "" : t.pos();
            if (pos.startsWith("VB") && !Verbs.LIGHT.contains(Heads.lemma(t))
                    && (best == null || Math.abs(t.index() - at) < Math.abs(best.index() - at))) {
                best = t;
            }
        }
        if (best == null || at < 0 || EventLexicon.key(List.of(best), best).equals("=say")
                || ASPECTUAL.contains(Heads.lemma(best))) {
            return null;
        }
        return predicateEvent.get(i + "." + best.index());
    }

    /**
     * Whether two statements can be of one occasion: when both name places, they share one ("evacuated from
     * Guantanamo" and "evacuated from the Yucatan coast" are two evacuations).
     */
    static boolean sameOccasion(Statement a, Statement b) {
        return a.places.isEmpty() || b.places.isEmpty() || shares(a.places, b.places);
    }

    /**
     * Whether two reports are of one moment of a running count: published at most {@value #REPORT_DAYS} day apart
     * (or of unknown date). Tallies (the dead, the injured, the evacuated) grow as a story runs, so a toll a later
     * report revises is an update, not a disagreement.
     */
    static boolean reportedTogether(LocalDate a, LocalDate b) {
        return a == null || b == null || Math.abs(a.toEpochDay() - b.toEpochDay()) <= REPORT_DAYS;
    }

    static final int REPORT_DAYS = 1;

    private static Map<String, LocalDate> published(List<AnnotatedDocument> members) {
        Map<String, LocalDate> out = new HashMap<>();
        for (AnnotatedDocument d : members) {
            String p = d.document() == null ? null : d.document().published();
            if (p != null && p.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                out.put(d.id(), LocalDate.parse(p.substring(0, 10)));
            }
        }
        return out;
    }

    /**
     * A number and the noun it counts, as written ("1,200" "workers"), its value (-1 when unreadable), the lemmas
     * of the words between them ("ferry") and the index of the number's token.
     */
    record Count(String number, String noun, long value, List<String> modifiers, int token) {}

    /**
     * Numbers in a sentence keyed by the lemma of the noun they count: "1,200 ferry workers" gives worker. A noun
     * counted twice with different values in one sentence ("150 miles off Aden, 13 miles from the ship") is left
     * out, and so are clock times ("18 : 50 IST") and numbers that are not plain counts (NER other than NUMBER).
     */
    static Map<String, Count> counts(Sentence s) {
        Map<String, Count> out = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<Token> ts = s.tokens();
        for (int k = 0; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (!"CD".equals(t.pos()) || !"O".equals(t.ner()) && !"NUMBER".equals(t.ner())) {
                continue;
            }
            StringBuilder number = new StringBuilder(t.word());
            int j = k + 1;
            while (j < ts.size() && "CD".equals(ts.get(j).pos())) {
                number.append(' ').append(ts.get(j).word());
                j++;
            }
            boolean clock = k > 0 && ts.get(k - 1).word().equals(":") || j < ts.size() && ts.get(j).word().equals(":");
            // the head of the counted noun phrase: its last common noun ("1,200 ferry workers" counts workers)
            Token head = null;
            int headAt = -1;
            for (int h = j; h < Math.min(ts.size(), j + 4); h++) {
                String pos = ts.get(h).pos();
                if (pos.equals("NN") || pos.equals("NNS")) {
                    head = ts.get(h);
                    headAt = h;
                } else if (!pos.startsWith("JJ") && !pos.equals("HYPH") || head != null && pos.startsWith("JJ")) {
                    break;
                }
            }
            if (head != null && !clock) {
                List<String> modifiers = new ArrayList<>();
                for (int m = j; m < headAt; m++) {
                    modifiers.add(Terms.key(ts.get(m)));
                }
                String key = Terms.key(head);
                Count c = new Count(number.toString(), head.word(), value(number.toString()), modifiers, k);
                Count before = out.putIfAbsent(key, c);
                if (before != null && before.value() != c.value()) {
                    ambiguous.add(key);
                }
            }
            k = j - 1;
        }
        out.keySet().removeAll(ambiguous);
        out.values().removeIf(c -> c.value() < 0);
        return out;
    }

    /**
     * The value of a written number: digits with thousands separators ("1,200"), words ("three", "twenty-three",
     * "two hundred"), digits with a scale word ("1.5 million"); -1 when it cannot be read.
     */
    static long value(String written) {
        String w = written.toLowerCase(Locale.ROOT).replace(",", "").strip();
        java.util.regex.Matcher decimal = DECIMAL.matcher(w);
        if (decimal.matches()) {
            return Math.round(Double.parseDouble(decimal.group(1)) * scale(decimal.group(2)));
        }
        long total = 0;
        long current = -1;
        for (String part : w.split("[\\s-]+")) {
            long scale = scale(part);
            if (scale > 0) {
                current = (current < 0 ? 1 : current) * scale;
                if (scale >= 1000) {
                    total += current;
                    current = -1;
                }
                continue;
            }
            long v;
            if (part.matches("\\d{1,15}")) {
                v = Long.parseLong(part);
            } else if (NumberWords.value(part) >= 0) {
                v = NumberWords.value(part);
            } else {
                return -1;
            }
            current = current < 0 ? v : current + v;
        }
        return total + Math.max(current, 0);
    }

    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("(\\d*\\.\\d+)\\s+(thousand|million|billion)");

    private static long scale(String word) {
        return switch (word) {
            case "dozen" -> 12;
            case "hundred" -> 100;
            case "thousand" -> 1000;
            case "million" -> 1_000_000;
            case "billion" -> 1_000_000_000;
            default -> -1;
        };
    }

    /** A quote's wording for comparison: lower-cased words, punctuation and quotation marks ('' ``) out. */
    static String wordingKey(String text) {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}']+", " ")
                .replaceAll("(?<!\\p{L})'+|'+(?!\\p{L})", " ").replaceAll("\\s+", " ").strip();
    }

    static int levenshtein(String a, String b) {
        return org.concord.resolve.Names.editDistance(a, b);
    }

    /** A sentence read as a claim: its text, content lemmas, predicates, argument keys, dated days and counts. */
    record Statement(String document, int start, int end, String text, Set<String> terms, Sentence sentence,
            List<Token> predicates, Set<String> arguments, Set<String> places, Set<String> participants,
            Map<String, Timex> dates,
            Set<String> years, String published, Map<String, Count> counts) {
        Span span() {
            return new Span(document, start, end);
        }
    }
}
