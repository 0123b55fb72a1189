package org.concord.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Person-name parsing and comparison: given name, surname (with particles), diminutives, titles. */
public final class Names {
    static final Set<String> PARTICLES = Set.of("de", "da", "del", "della", "di", "du", "van", "von", "der", "den",
            "la", "le", "st.", "bin", "al", "ibn", "mac");
    static final Set<String> HONORIFICS = Set.of("mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "sgt.", "det.",
            "dets.", "lt.", "capt.", "gen.", "officer", "rev.", "the", "mr", "mrs", "ms", "dr", "sir", "dame", "prof.",
            "mayor", "president", "commissioner", "senator", "governor", "judge", "chief", "detective", "sergeant",
            "attorney", "lawyer", "coach", "prosecutor");
    /** Common English diminutives, both ways. */
    private static final Map<String, List<String>> DIMINUTIVES = Map.ofEntries(
            Map.entry("bill", List.of("william")), Map.entry("will", List.of("william")),
            Map.entry("bob", List.of("robert")), Map.entry("rob", List.of("robert")),
            Map.entry("jim", List.of("james")), Map.entry("jimmy", List.of("james")),
            Map.entry("mike", List.of("michael")), Map.entry("pat", List.of("patrick", "patricia")),
            Map.entry("tom", List.of("thomas")), Map.entry("dick", List.of("richard")),
            Map.entry("rick", List.of("richard")), Map.entry("ed", List.of("edward", "edwin")),
            Map.entry("ted", List.of("edward", "theodore")), Map.entry("joe", List.of("joseph")),
            Map.entry("dan", List.of("daniel")), Map.entry("chris", List.of("christopher", "christine")),
            Map.entry("kate", List.of("katherine", "catherine")), Map.entry("liz", List.of("elizabeth")),
            Map.entry("beth", List.of("elizabeth")), Map.entry("tony", List.of("anthony")),
            Map.entry("steve", List.of("stephen", "steven")), Map.entry("dave", List.of("david")),
            Map.entry("andy", List.of("andrew")), Map.entry("matt", List.of("matthew")),
            Map.entry("nick", List.of("nicholas")), Map.entry("sam", List.of("samuel", "samantha")),
            Map.entry("ben", List.of("benjamin")), Map.entry("alex", List.of("alexander", "alexandra")),
            Map.entry("ron", List.of("ronald")), Map.entry("don", List.of("donald")),
            Map.entry("ken", List.of("kenneth")), Map.entry("larry", List.of("lawrence")),
            Map.entry("jerry", List.of("gerald", "jerome")), Map.entry("sue", List.of("susan")),
            Map.entry("peggy", List.of("margaret")), Map.entry("meg", List.of("margaret")),
            Map.entry("jen", List.of("jennifer")), Map.entry("chuck", List.of("charles")),
            Map.entry("charlie", List.of("charles")), Map.entry("hank", List.of("henry")),
            Map.entry("jack", List.of("john")), Map.entry("johnny", List.of("john")),
            Map.entry("frank", List.of("francis")), Map.entry("fred", List.of("frederick")),
            Map.entry("greg", List.of("gregory")), Map.entry("jeff", List.of("jeffrey")),
            Map.entry("tim", List.of("timothy")), Map.entry("vince", List.of("vincent")),
            Map.entry("phil", List.of("philip", "phillip")), Map.entry("al", List.of("albert", "alfred", "alan")),
            // more hypocorisms of English given names (written for Concord from common usage)
            Map.entry("mo", List.of("maurice", "morris", "mohammed", "muhammad")),
            Map.entry("moe", List.of("maurice", "morris")), Map.entry("jon", List.of("jonathan")),
            Map.entry("nate", List.of("nathan", "nathaniel")), Map.entry("zach", List.of("zachary")),
            Map.entry("zack", List.of("zachary")), Map.entry("gabe", List.of("gabriel")),
            Map.entry("josh", List.of("joshua")), Map.entry("jake", List.of("jacob")),
            Map.entry("drew", List.of("andrew")), Map.entry("bert", List.of("albert", "herbert", "robert")),
            Map.entry("bobby", List.of("robert")), Map.entry("billy", List.of("william")),
            Map.entry("willie", List.of("william")), Map.entry("liam", List.of("william")),
            Map.entry("danny", List.of("daniel")), Map.entry("tommy", List.of("thomas")),
            Map.entry("mickey", List.of("michael")), Map.entry("stan", List.of("stanley")),
            Map.entry("ray", List.of("raymond")), Map.entry("len", List.of("leonard")),
            Map.entry("lenny", List.of("leonard")), Map.entry("walt", List.of("walter")),
            Map.entry("wally", List.of("walter")), Map.entry("harry", List.of("harold", "henry")),
            Map.entry("hal", List.of("harold", "henry")), Map.entry("gene", List.of("eugene")),
            Map.entry("vic", List.of("victor")), Map.entry("manny", List.of("manuel", "emmanuel")),
            Map.entry("sandy", List.of("alexander", "sandra")), Map.entry("terry", List.of("terence", "teresa")),
            Map.entry("cathy", List.of("catherine")), Map.entry("kathy", List.of("katherine", "kathleen")),
            Map.entry("katie", List.of("katherine", "kathleen")), Map.entry("becky", List.of("rebecca")),
            Map.entry("vicky", List.of("victoria")), Map.entry("jenny", List.of("jennifer")),
            Map.entry("debbie", List.of("deborah")), Map.entry("deb", List.of("deborah")),
            Map.entry("pam", List.of("pamela")), Map.entry("mandy", List.of("amanda")),
            Map.entry("abby", List.of("abigail")), Map.entry("maggie", List.of("margaret")),
            Map.entry("nancy", List.of("ann", "anne")), Map.entry("betty", List.of("elizabeth")),
            Map.entry("lisa", List.of("elizabeth")), Map.entry("lou", List.of("louis", "louise")),
            Map.entry("ollie", List.of("oliver")), Map.entry("rudy", List.of("rudolph")),
            Map.entry("teddy", List.of("edward", "theodore")));

    /** The role nouns a text gives the name at [start, end) of {@code d} in its sentence ({@link Roles}). */
    public static java.util.Set<String> roles(org.concord.annotate.AnnotatedDocument d, int start, int end) {
        return Roles.of(d, start, end);
    }

    /** Whether a word (any case) is a title or honorific put before a person's name ("Judge", "Mr."). */
    public static boolean isTitle(String word) {
        return HONORIFICS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A person name split into given names and surname (lower-cased). */
    record Parsed(String given, String surname, int tokens) {}

    private Names() {
    }

    static Parsed parse(String name) {
        List<String> toks = new ArrayList<>();
        for (String t : SPACES.split(clean(name))) {
            if (!t.isEmpty()) {
                toks.add(t);
            }
        }
        while (!toks.isEmpty() && HONORIFICS.contains(toks.get(0).toLowerCase(Locale.ROOT)) && toks.size() > 1) {
            toks.remove(0);
        }
        while (toks.size() > 1 && toks.get(toks.size() - 1).matches("(?i)jr\\.?|sr\\.?|ii|iii|iv")) {
            toks.remove(toks.size() - 1);
        }
        if (toks.isEmpty()) {
            return new Parsed("", "", 0);
        }
        int s = toks.size() - 1;
        while (s > 0 && PARTICLES.contains(toks.get(s - 1).toLowerCase(Locale.ROOT))) {
            s--;
        }
        String surname = String.join(" ", toks.subList(s, toks.size())).toLowerCase(Locale.ROOT);
        // a leading initial before a used given name ("W. Mark Felt") gives way to that name
        int g = 0;
        while (g + 1 < s && toks.get(g).matches("\\p{L}\\.?")) {
            g++;
        }
        String given = s == 0 ? "" : toks.get(g).toLowerCase(Locale.ROOT);
        return new Parsed(given, surname, toks.size());
    }

    /** Punctuation of any script ("\u201c", "\u00bb"), not only ASCII's. */
    private static final String PUNCT = "\\p{Punct}\\p{IsPunctuation}";

    /**
     * Possessives, surrounding punctuation (curly quotes included: "\u201cShe" is the pronoun) and doubled spaces
     * out; a final period stays ("Jr.").
     */
    static String clean(String name) {
        // compiled once: clean runs for every name of every story, and String.replaceAll compiles its pattern anew
        String s = EDGE_PUNCT.matcher(name).replaceAll("");
        s = EDGE_PUNCT.matcher(POSSESSIVE.matcher(s).replaceAll("")).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern EDGE_PUNCT = java.util.regex.Pattern.compile(
            "^[" + PUNCT + "\\s]+|[" + PUNCT + "&&[^.]]+$");
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile(
            "(?:'s|\u2019s|'|\u2019)$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern WORD_BREAK = java.util.regex.Pattern.compile("[\\s-]+");

    /** Two given names are compatible when equal, one a prefix of the other (3+ letters) or a diminutive. */
    static boolean compatibleGiven(String a, String b) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return true;
        }
        String x = a.replace(".", "");
        String y = b.replace(".", "");
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0);
        }
        if ((x.length() >= 3 && y.startsWith(x)) || (y.length() >= 3 && x.startsWith(y))) {
            return true;
        }
        return DIMINUTIVES.getOrDefault(x, List.of()).contains(y) || DIMINUTIVES.getOrDefault(y, List.of()).contains(x);
    }

    /** The initials of the capitalized words of a name ("New York Police Department" -> "NYPD"). */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : WORD_BREAK.split(clean(name))) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /**
     * Whether two surnames are one name spelled two ways: equal ignoring case, or at most one edit apart
     * (two for names of seven letters or more, e.g. a transposition "Kowalczyk"/"Kowalcyzk"), both of five letters or
     * more.
     */
    static boolean similarSurname(String a, String b) {
        return similarSurname(a, b, 5);
    }

    /** {@link #similarSurname(String, String)} for names of at least {@code minLength} letters. */
    static boolean similarSurname(String a, String b, int minLength) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        if (x.equals(y)) {
            return true;
        }
        int n = Math.min(x.length(), y.length());
        if (n < minLength || x.charAt(0) != y.charAt(0)) {
            return false;
        }
        return editDistance(x, y) <= (n >= 7 ? 2 : 1);
    }

    /** Levenshtein distance (Levenshtein 1966), two rows. */
    public static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    static boolean isAcronym(String s) {
        return s.matches("[A-Z][A-Z&.]{1,7}") && s.chars().filter(Character::isLetter).count() >= 2;
    }
}
