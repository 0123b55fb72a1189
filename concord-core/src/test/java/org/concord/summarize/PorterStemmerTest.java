package org.concord.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PorterStemmerTest {
    private static void check(String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            assertEquals(pairs[i + 1], PorterStemmer.stem(pairs[i]), "stem of " + pairs[i]);
        }
    }

    /** The examples Porter (1980) gives for each step. */
    @Test
    void porterPaperExamples() {
        check("caresses", "caress", "ponies", "poni", "ties", "ti", "caress", "caress", "cats", "cat",
                "feed", "feed", "agreed", "agre", "plastered", "plaster", "bled", "bled", "motoring", "motor",
                "sing", "sing", "conflated", "conflat", "troubled", "troubl", "sized", "size", "hopping", "hop",
                "tanned", "tan", "falling", "fall", "hissing", "hiss", "fizzed", "fizz", "failing", "fail",
                "filing", "file", "happy", "happi", "sky", "sky");
        check("relational", "relat", "conditional", "condit", "rational", "ration", "valenci", "valenc",
                "hesitanci", "hesit", "digitizer", "digit", "radicalli", "radic", "differentli", "differ",
                "vileli", "vile", "analogousli", "analog", "vietnamization", "vietnam", "predication", "predic",
                "operator", "oper", "feudalism", "feudal", "decisiveness", "decis", "hopefulness", "hope",
                "callousness", "callous", "formaliti", "formal", "sensitiviti", "sensit", "sensibiliti", "sensibl");
        check("triplicate", "triplic", "formative", "form", "formalize", "formal", "electriciti", "electr",
                "electrical", "electr", "hopeful", "hope", "goodness", "good");
        check("revival", "reviv", "allowance", "allow", "inference", "infer", "airliner", "airlin",
                "gyroscopic", "gyroscop", "adjustable", "adjust", "defensible", "defens", "irritant", "irrit",
                "replacement", "replac", "adjustment", "adjust", "dependent", "depend", "adoption", "adopt",
                "homologou", "homolog", "communism", "commun", "activate", "activ", "angulariti", "angular",
                "homologous", "homolog", "effective", "effect", "bowdlerize", "bowdler");
        check("probate", "probat", "rate", "rate", "cease", "ceas", "controll", "control", "roll", "roll",
                "generalizations", "gener", "oscillators", "oscil");
    }

    /** Porter's reference releases: "bli" -> "ble", "logi" -> "log"; a leading y is a consonant. */
    @Test
    void referenceReleaseDeparturesAndInitialY() {
        check("conformabli", "conform", "archaeologi", "archaeolog", "youth", "youth", "yelling", "yell",
                "syllabi", "syllabi");
    }

    /** ROUGE-1.5.5's step 4: "ment" and "ent" are tried after the other suffixes, each on the result. */
    @Test
    void rougeStepFourCascade() {
        // standard Porter stops at "government" and leaves "agreement"
        check("governmental", "govern", "agreement", "agreem", "government", "govern");
    }

    @Test
    void shortWordsAndDigitsUnchanged() {
        check("is", "is", "as", "as", "2004", "2004", "ab", "ab");
    }
}
