package org.concord.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.annotate.Token;

/**
 * The comparison key of an event mention's predicate, WordNet-free: a nominalisation reduced to its verb's stem
 * ("shooting" and "shoot", "nomination" and "nominate", "injury" and "injure"), and near-synonyms of frequent news
 * events mapped to one class ("fire", "sack", "dismiss", "let go"; "kill", "slay"; "arrest", "detain"). The classes
 * are general news vocabulary, in the spirit of the lexical-diversity analysis of Cybulska and Vossen (2014, LREC)
 * who show that same-lemma matching misses these; multi-word predicates ("open fire", "let go") are looked up first.
 */
public final class EventLexicon {
    private static final String[][] CLASSES = {
        {"fire", "sack", "dismiss", "dismissal", "terminate", "oust", "axe", "ax", "let go", "show door", "lay off",
            "layoff", "relieve"},
        {"hire", "appoint", "appointment", "name", "tap", "recruit", "replace", "succeed", "take over"},
        {"kill", "slay", "murder", "homicide", "death", "die", "dead", "fatal", "claim life"},
        {"shoot", "shot", "gun down", "open fire", "gunfire", "shooting", "gunshot"},
        {"injure", "hurt", "wound", "injury"},
        {"arrest", "detain", "apprehend", "capture", "nab", "custody", "take into custody", "round up"},
        {"charge", "indict", "accuse", "indictment"},
        {"convict", "find guilty", "conviction"},
        {"sentence", "jail", "imprison"},
        {"hit", "strike", "slam", "jolt", "rock", "shake"},
        {"quake", "earthquake", "tremor", "temblor"},
        {"say", "tell", "state", "add", "announce", "declare", "report", "confirm"},
        {"attack", "assault", "raid", "ambush"},
        {"hijack", "seize", "seizure", "capture"},
        {"thwart", "foil", "repel", "fend off", "prevent"},
        {"acquire", "buy", "purchase", "acquisition", "takeover", "take over"},
        {"sell", "sale"},
        {"win", "victory", "triumph", "clinch", "capture"},
        {"defeat", "beat", "loss", "lose"},
        {"enter", "check into", "check in", "admit", "go into"},
        {"leave", "exit", "depart", "quit", "resign", "resignation", "step down"},
        {"launch", "release", "unveil", "introduce", "debut", "announce"},
        {"host", "emcee", "present"},
        {"crash", "collide", "collision", "wreck"},
        {"burn", "fire", "blaze", "flame"},
        {"rescue", "save"},
        {"meet", "meeting", "talk", "summit"},
        {"nominate", "nomination", "pick", "choose", "select", "tap"},
        {"erupt", "eruption"},
        {"explode", "explosion", "blast", "bomb", "bombing", "detonate"},
        {"die", "pass away", "death"},
    };
    private static final Map<String, String> CLASS_OF = new HashMap<>();

    static {
        for (String[] c : CLASSES) {
            for (String w : c) {
                CLASS_OF.putIfAbsent(w, "=" + c[0]);
            }
        }
    }

    private EventLexicon() {
    }

    /** The key of an event mention's tokens and its head. */
    public static String key(List<Token> toks, Token head) {
        if (toks.size() > 1) {
            StringBuilder phrase = new StringBuilder();
            for (Token t : toks) {
                String p = Heads.pos(t);
                if (p.equals("DT") || p.startsWith("PRP")) {
                    continue;
                }
                phrase.append(phrase.length() == 0 ? "" : " ").append(Heads.lemma(t));
            }
            String c = CLASS_OF.get(phrase.toString());
            if (c != null) {
                return c;
            }
        }
        String lemma = Heads.lemma(head);
        String c = CLASS_OF.get(lemma);
        if (c == null) {
            c = CLASS_OF.get(head.word().toLowerCase(Locale.ROOT));
        }
        return c != null ? c : stem(lemma);
    }

    /** A nominalisation or inflection reduced to a shared stem ("shootings" -> "shoot", "injury" -> "injur"). */
    static String stem(String lemma) {
        String w = lemma.toLowerCase(Locale.ROOT);
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 4) {
            w = w.substring(0, w.length() - 1);
        }
        for (String suffix : new String[] {"ation", "ition", "ment", "ing", "ion", "ure", "ate", "al", "ed"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (w.length() > 4 && (w.endsWith("e") || w.endsWith("y"))) {
            w = w.substring(0, w.length() - 1);
        }
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            w = w.substring(0, n - 1); // "shipp(ing)" -> "ship"
        }
        return w;
    }
}
