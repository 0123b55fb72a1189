package org.concord.summarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompressionTest {
    @Test
    void closingAttributionIsLeftOut() {
        assertEquals("Twelve of the 22 people injured were hospitalized, eight of them in serious condition.",
                Compression.apply("Twelve of the 22 people injured were hospitalized, eight of them in serious "
                        + "condition, police said."));
        assertEquals("The ports on the peninsula were closed.",
                Compression.apply("The ports on the peninsula were closed, the government news agency said Monday."));
        assertEquals("Firefighters searched the debris for those trapped.",
                Compression.apply("Firefighters searched the debris for those trapped, said Fire Brigade spokesman "
                        + "Kevin Simmons."));
        assertEquals("Few homeowners in the state have earthquake insurance.",
                Compression.apply("Few homeowners in the state have earthquake insurance, according to industry "
                        + "spokesmen."));
    }

    @Test
    void aClauseBeforeSaidIsNoAttribution() {
        String s = "Gilbert also buffeted the Cayman Islands, but no deaths were reported.";
        assertEquals(s, Compression.apply(s));
        String t = "Officials in the Dominican Republic, sideswiped by the storm, reported five dead.";
        assertEquals(t, Compression.apply(t));
        String u = "Winds destroyed 100 homes in the town, Alberto Pol, a police officer, said by telephone.";
        assertEquals(u, Compression.apply(u));
    }

    @Test
    void openingConnectiveAndParenthesesAreLeftOut() {
        assertEquals("The scientists do know what fuels a budding storm.",
                Compression.apply("But the scientists do know what fuels a budding storm."));
        assertEquals("Many Chinese are still unable to afford fancy meals at restaurants.",
                Compression.apply("However, many Chinese are still unable to afford fancy meals at restaurants."));
        assertEquals("The restaurant sells shakes to its guests in the capital.",
                Compression.apply("The restaurant sells shakes (called milk cocktails here) to its guests in the "
                        + "capital."));
        // "In addition to" is no connective
        String s = "In addition to home damage, the companies will get claims for automobile damage.";
        assertEquals(s, Compression.apply(s));
    }

    @Test
    void tooLittleLeftKeepsTheSentence() {
        assertEquals("Prices rose, he said.", Compression.apply("Prices rose, he said."));
    }
}
