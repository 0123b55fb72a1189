package org.concord.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.concord.annotate.Token;
import org.junit.jupiter.api.Test;

class TimexNormalizerTest {
    // a Thursday, four weeks into the fourth quarter
    static final LocalDate ANCHOR = LocalDate.of(1989, 10, 26);
    final TimexNormalizer n = TimexNormalizer.create();

    /** A tagged sentence written as "word/POS word/POS ...", joined by single spaces. */
    record Tagged(String text, List<Token> tokens) {
        static Tagged of(String tagged) {
            StringBuilder text = new StringBuilder();
            List<Token> tokens = new ArrayList<>();
            for (String wp : tagged.split(" ")) {
                int slash = wp.lastIndexOf('/');
                String w = wp.substring(0, slash);
                if (text.length() > 0) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(w);
                tokens.add(new Token(tokens.size(), start, text.length(), w, w.toLowerCase(), wp.substring(slash + 1),
                        "O"));
            }
            return new Tagged(text.toString(), tokens);
        }

        TimexNormalizer.Normalized normalize(TimexNormalizer n, String expression, String type, String value,
                                             LocalDate anchor, String previous) {
            int start = text.indexOf(expression);
            return n.normalize(expression, type, value, tokens, start, start + expression.length(), text, anchor,
                    previous);
        }
    }

    private TimexNormalizer.Normalized norm(String tagged, String expression, String type, String value) {
        return Tagged.of(tagged).normalize(n, expression, type, value, ANCHOR, null);
    }

    @Test
    void tenseOfTheNearestVerbGroup() {
        Tagged said = Tagged.of("Dow/NNP Jones/NNP said/VBD Friday/NNP that/IN it/PRP will/MD grow/VB ./.");
        int f = said.text().indexOf("Friday");
        assertEquals(Tense.PAST, Tense.around(said.tokens(), f, f + 6));
        Tagged will = Tagged.of("He/PRP will/MD begin/VB withdrawing/VBG troops/NNS on/IN Friday/NNP ./.");
        f = will.text().indexOf("Friday");
        assertEquals(Tense.FUTURE, Tense.around(will.tokens(), f, f + 6));
        Tagged first = Tagged.of("On/IN Tuesday/NNP ,/, the/DT allies/NNS conferred/VBD ./.");
        f = first.text().indexOf("Tuesday");
        assertEquals(Tense.PAST, Tense.around(first.tokens(), f, f + 7));
        Tagged due = Tagged.of("It/PRP had/VBD been/VBN due/IN to/TO expire/VB Friday/NNP evening/NN");
        f = due.text().indexOf("Friday");
        assertEquals(Tense.PAST, Tense.around(due.tokens(), f, f + 14));
        Tagged set = Tagged.of("Talks/NNS are/VBP set/VBN to/TO resume/VB Monday/NNP");
        f = set.text().indexOf("Monday");
        assertEquals(Tense.FUTURE, Tense.around(set.tokens(), f, f + 6));
        assertEquals(Tense.NONE, Tense.around(List.of(), 0, 3));
    }

    @Test
    void weekdaysFollowTheirClauseNotAQuoteElsewhereInTheSentence() {
        assertEquals("1989-10-20", norm("Mr./NNP Gerstner/NNP said/VBD Friday/NNP that/IN they/PRP will/MD focus/VB",
                "Friday", "DATE", "1989-10-27").value());
        assertEquals("1989-10-27", norm("The/DT king/NN will/MD meet/VB Bush/NNP on/IN Friday/NNP",
                "Friday", "DATE", "1989-10-20").value());
        assertEquals("1989-10-20TEV", norm("The/DT offer/NN expired/VBD Friday/NNP evening/NN",
                "Friday evening", "TIME", "1989-10-27TEV").value());
    }

    @Test
    void unitsAgoKeepTheirGranularity() {
        assertEquals("1984", norm("It/PRP began/VBD five/CD years/NNS ago/RB", "five years ago", "DATE",
                "1984-10-26").value());
        assertEquals("1989-09", norm("It/PRP began/VBD a/DT month/NN ago/RB", "a month ago", "DATE",
                "1989-09-26").value());
        assertEquals("1989-W41", norm("It/PRP began/VBD two/CD weeks/NNS ago/RB", "two weeks ago", "DATE",
                "1989-10-12").value());
    }

    @Test
    void aYearEarlierInAQuarterlyReportIsTheReportedQuarterAYearBack() {
        assertEquals("1988-Q3", norm("Profit/NN rose/VBD 5/CD %/NN in/IN the/DT quarter/NN from/IN a/DT year/NN "
                + "earlier/RBR", "a year earlier", "DATE", "1988-10-26").value());
        Tagged t = Tagged.of("Sales/NNS were/VBD flat/JJ from/IN a/DT year/NN earlier/RBR");
        assertEquals("1988-Q2", t.normalize(n, "a year earlier", "DATE", "1988-10-26", ANCHOR, "1989-Q2").value());
        assertEquals("1988", t.normalize(n, "a year earlier", "DATE", "1988-10-26", ANCHOR, null).value());
    }

    @Test
    void quartersWithoutAYear() {
        assertEquals(new TimexNormalizer.Normalized("DATE", "1989-Q3"),
                norm("Profit/NN fell/VBD in/IN the/DT latest/JJS quarter/NN", "the latest quarter", "DURATION",
                        "PXM"));
        assertEquals("1989-Q3", norm("Profit/NN fell/VBD in/IN the/DT quarter/NN", "the quarter", "DATE",
                "1989-Q4").value());
        assertEquals("1989-Q3", norm("It/PRP will/MD report/VB third-quarter/JJ results/NNS", "third-quarter",
                "DATE", "1990-Q3").value());
        assertEquals("1988-Q3", norm("Profit/NN was/VBD up/RB from/IN the/DT year-ago/JJ quarter/NN",
                "the year-ago quarter", "DATE", null).value());
    }

    @Test
    void monthsWithoutAYearGoToTheNearestYearUnlessTheTenseSaysOtherwise() {
        assertEquals("1990-01", norm("The/DT dividend/NN is/VBZ payable/JJ January/NNP", "January", "DATE",
                "1989-01").value());
        assertEquals("1989-06", norm("Sales/NNS peaked/VBD in/IN June/NNP", "June", "DATE", "1990-06").value());
        assertEquals("1989-04", norm("Sales/NNS peaked/VBD in/IN April/NNP", "April", "DATE", "1990-04").value());
        assertEquals("1988-11", norm("Sales/NNS peaked/VBD last/JJ November/NNP", "last November", "DATE",
                "1988-11").value());
        assertEquals("1989-03", norm("Sales/NNS will/MD peak/VB this/DT March/NNP", "this March", "DATE",
                "1990-03").value());
    }

    @Test
    void weekendsDecadesAndZones() {
        assertEquals("1989-W42-WE", norm("Talks/NNS continued/VBD over/IN the/DT weekend/NN", "the weekend", "DATE",
                "1989-10-21").value());
        assertEquals("198", norm("Prices/NNS rose/VBD in/IN the/DT '80s/NNS", "the '80s", "DATE", "198X").value());
        assertEquals("1989-11-06T17:00", norm("Bids/NNS are/VBP due/JJ 5/CD p.m./NN EST/NNP", "5 p.m. EST", "TIME",
                "1989-11-06T17:00-0500").value());
    }

    @Test
    void nonMarkablesAreDropped() {
        assertNull(norm("a/DT 6-year-old/JJ boy/NN", "6-year-old", "DURATION", "P6Y"));
        assertNull(norm("the/DT man/NN ,/, 52/CD years/NNS old/JJ", "52 years old", "DURATION", "P52Y"));
        assertNull(norm("a/DT quarterly/JJ dividend/NN", "quarterly", "SET", "P3M"));
        assertNull(norm("He/PRP once/RB ran/VBD it/PRP", "once", "DATE", "PAST_REF"));
        assertNull(norm("He/PRP told/VBD the/DT SEC/NNP", "the SEC", "TIME", "1989-10-26TXX:XX"));
        assertEquals("P1D", norm("It/PRP is/VBZ published/VBN daily/RB", "daily", "SET", "P1D").value());
    }

    @Test
    void withoutAnAnchorTheAnnotatorsValueStays() {
        assertEquals("XXXX-WXX-5", Tagged.of("He/PRP left/VBD Friday/NNP")
                .normalize(n, "Friday", "DATE", "XXXX-WXX-5", null, null).value());
    }

    @Test
    void businessPeriodsTheTaggerMisses() {
        String text = "Net rose from the year-earlier period and year-ago sales.";
        List<int[]> spans = TimexNormalizer.periodSpans(text);
        assertEquals(2, spans.size());
        assertEquals("the year-earlier period", text.substring(spans.get(0)[0], spans.get(0)[1]));
        assertEquals("year-ago", text.substring(spans.get(1)[0], spans.get(1)[1]));
    }

    @Test
    void narrativeReferencesAndDurations() {
        Tagged t = Tagged.of("Sales/NNS doubled/VBD the/DT following/JJ year/NN");
        assertEquals("1996", t.normalize(n, "the following year", "DATE", "1990", ANCHOR, "1995-06").value());
        assertEquals("1990", t.normalize(n, "the following year", "DATE", "1990", ANCHOR, null).value());
        assertEquals(new TimexNormalizer.Normalized("DURATION", "P3D"),
                norm("He/PRP returned/VBD three/CD days/NNS later/RB", "three days later", "DATE", "1989-10-29"));
        assertEquals("1988", norm("Sales/NNS rose/VBD in/IN the/DT past/JJ year/NN", "the past year", "DATE",
                "1989").value());
        assertEquals("P2Q", TimexNormalizer.durationUnits("the past two quarters", "P6M"));
        assertEquals("PXQ", TimexNormalizer.durationUnits("several quarters", "PXM"));
        assertEquals("P1E", TimexNormalizer.durationUnits("about a decade", "P10Y"));
        assertEquals("P7M", TimexNormalizer.durationUnits("seven months", "P7M"));
        assertNull(norm("the/DT first/JJ trading/NN day/NN", "day", "DURATION", "P1D"));
        assertEquals("1989", norm("It/PRP rose/VBD a/DT second/JJ year/NN this/DT year/NN", "second this year",
                "DATE", null).value());
    }

    @Test
    void expressionsTheTaggerMissesGetValues() {
        String text = "Sales fell in mid-November, after post-1959 growth, and may recover in the near term.";
        List<String> found = new ArrayList<>();
        for (int[] p : TimexNormalizer.periodSpans(text)) {
            found.add(text.substring(p[0], p[1]));
        }
        assertEquals(List.of("mid-November", "post-1959", "the near term"), found);
        assertEquals("1989-11", norm("Sales/NNS fell/VBD in/IN mid-November/NNP", "mid-November", "DATE", null)
                .value());
        assertEquals("1959", norm("the/DT post-1959/JJ politics/NNS", "post-1959", "DATE", null).value());
        assertEquals("FUTURE_REF", norm("It/PRP may/MD recover/VB in/IN the/DT near/JJ term/NN", "the near term",
                "DATE", null).value());
        assertEquals("199", norm("Prices/NNS rose/VBD in/IN the/DT nineties/NNS", "the nineties", "DATE", null)
                .value());
    }

    @Test
    void aMonthWordTheEntityTaggerReadsAsAPersonIsDropped() {
        List<Token> tokens = List.of(new Token(0, 0, 7, "Foreign", "foreign", "NNP", "O"),
                new Token(1, 8, 16, "Minister", "minister", "NNP", "O"),
                new Token(2, 17, 20, "Jan", "jan", "NNP", "PERSON"),
                new Token(3, 21, 26, "Kavan", "kavan", "NNP", "PERSON"),
                new Token(4, 27, 31, "said", "say", "VBD", "O"));
        assertNull(n.normalize("Jan Kavan", "DATE", "1999-01", tokens, 17, 26, "Foreign Minister Jan Kavan said",
                ANCHOR));
        List<Token> month = List.of(new Token(0, 0, 2, "in", "in", "IN", "O"),
                new Token(1, 3, 6, "Jan", "jan", "NNP", "DATE"));
        // kept, and placed in the year nearest the document date
        assertEquals("1990-01", n.normalize("Jan", "DATE", "1989-01", month, 3, 6, "in Jan", ANCHOR).value());
    }

    @Test
    void aClockTimeWithoutADayIsOnTheDayMentionedLast() {
        Tagged t = Tagged.of("The/DT blast/NN came/VBD at/IN 10:35/CD a.m./NN");
        assertEquals("1989-10-20T10:35", t.normalize(n, "10:35 a.m.", "TIME", "1989-10-26T10:35", ANCHOR,
                "1989-10-20").value());
        assertEquals("1989-10-26T10:35", t.normalize(n, "10:35 a.m.", "TIME", "1989-10-26T10:35", ANCHOR, null)
                .value());
        Tagged next = Tagged.of("He/PRP appeared/VBD the/DT next/JJ morning/NN");
        assertEquals("1989-10-27TMO", next.normalize(n, "the next morning", "TIME", "1989-10-27TMO", ANCHOR,
                "1989-10-20").value());
    }

    @Test
    void aYearEndedOnADateIsADuration() {
        assertEquals(new TimexNormalizer.Normalized("DURATION", "P1Y"), norm("Net/NN rose/VBD for/IN the/DT year/NN "
                + "ended/VBN July/NNP 2/CD", "the year", "DATE", "1989"));
        assertEquals(new TimexNormalizer.Normalized("DATE", "1989"), norm("Net/NN rose/VBD for/IN the/DT year/NN",
                "the year", "DATE", "1989"));
    }

    @Test
    void theFirstNineMonthsIsADuration() {
        assertEquals(new TimexNormalizer.Normalized("DURATION", "P9M"), norm("Net/NN rose/VBD in/IN the/DT first/JJ "
                + "nine/CD months/NNS of/IN 1997/CD", "the first nine months of 1997", "DATE", null));
        assertEquals(new TimexNormalizer.Normalized("DURATION", "P2Q"), norm("Net/NN fell/VBD in/IN the/DT past/JJ "
                + "two/CD quarters/NNS", "the past two quarters", "DURATION", "P6M"));
    }

    @Test
    void namesOrdinalsFractionsAndOtherWordSensesAreNotTimes() {
        assertNull(norm("Baker/NNP said/VBD on/IN ABC/NNP 's/POS ``/`` This/DT Week/NNP ''/''", "This Week", "DATE",
                "1989-W43"));
        assertNull(norm("He/PRP said/VBD on/IN CBS/NNP 's/POS 60/CD Minutes/NNPS", "60 Minutes", "DURATION", "PT60M"));
        assertEquals("1989-10-26", norm("Today/NN ,/, he/PRP left/VBD", "Today", "DATE", "1989-10-26").value());
        assertEquals("1989-10-26", norm("He/PRP said/VBD :/: ``/`` Today/NN we/PRP mourn/VBP", "Today", "DATE",
                "1989-10-26").value());
        assertNull(norm("A/DT second/JJ group/NN of/IN directors/NNS", "A second", "DURATION", "PT1S"));
        assertEquals("PT1S", norm("It/PRP took/VBD a/DT second/NN ./.", "a second", "DURATION", "PT1S").value());
        assertNull(norm("Iraq/NNP imports/VBZ about/IN three-quarters/NNS of/IN its/PRP$ food/NN",
                "about three-quarters", "DURATION", "P9M"));
        assertEquals("1989-Q4", norm("Net/NN fell/VBD in/IN the/DT fourth/JJ quarter/NN of/IN 1989/CD",
                "the fourth quarter", "DATE", "1989-Q4").value());
        assertNull(norm("Other/JJ officers/NNS were/VBD also/RB present/JJ ./.", "present", "DATE", "PRESENT_REF"));
        assertEquals("PRESENT_REF", norm("at/IN present/NN", "present", "DATE", "PRESENT_REF").value());
        assertNull(norm("It/PRP will/MD continue/VB past/IN the/DT deadline/NN", "past", "DATE", "PAST_REF"));
        assertNull(norm("It/PRP cut/VBD future/JJ earnings/NNS", "future", "DATE", "FUTURE_REF"));
        assertEquals("FUTURE_REF", norm("It/PRP will/MD cut/VB taxes/NNS in/IN future/JJ quarters/NNS", "future",
                "DATE", "FUTURE_REF").value());
        assertEquals("FUTURE_REF", norm("It/PRP looks/VBZ to/TO the/DT future/NN", "the future", "DATE",
                "FUTURE_REF").value());
        assertNull(norm("He/PRP was/VBD arrested/VBN at/IN this/DT march/NN", "this march", "DATE", "1989-03"));
    }

    @Test
    void wordsAroundTheSpanDecideItsReading() {
        Tagged that = Tagged.of("Imports/NNS were/VBD small/JJ that/DT year/NN");
        assertEquals(new TimexNormalizer.Normalized("DATE", "1988"),
                that.normalize(n, "year", "DURATION", "P1Y", ANCHOR, "1988"));
        assertEquals(new TimexNormalizer.Normalized("DATE", "1989"), norm("It/PRP will/MD close/VB by/IN year/NN "
                + "end/NN", "year", "DURATION", "P1Y"));
        assertEquals(new TimexNormalizer.Normalized("DATE", "1989"), norm("It/PRP will/MD close/VB by/IN year/NN "
                + "'s/POS end/NN", "year", "DURATION", "P1Y"));
        assertEquals(new TimexNormalizer.Normalized("DURATION", "P1Y"), norm("It/PRP took/VBD a/DT year/NN",
                "year", "DURATION", "P1Y"));
        assertEquals(new TimexNormalizer.Normalized("DATE", "PRESENT_REF"), norm("It/PRP hurts/VBZ more/RBR "
                + "these/DT days/NNS", "days", "DURATION", "PXD"));
        assertEquals(new TimexNormalizer.Normalized("DURATION", "PXD"), norm("It/PRP will/MD decide/VB in/IN "
                + "the/DT next/JJ several/JJ days/NNS", "the next several days", "DATE", "1989-10-27/1989-10-28"));
        assertEquals(new TimexNormalizer.Normalized("DURATION", "PXM"), norm("It/PRP will/MD take/VB the/DT next/JJ "
                + "12/CD to/TO 18/CD months/NNS", "the next 12 to 18 months", "DURATION", null));
        assertEquals(new TimexNormalizer.Normalized("DATE", "PAST_REF"), norm("He/PRP left/VBD several/JJ years/NNS "
                + "ago/RB", "several years ago", "DATE", "1988-10-26"));
        assertEquals(new TimexNormalizer.Normalized("DATE", "1988-Q3"), norm("Net/NN rose/VBD from/IN last/JJ "
                + "year/NN 's/POS quarter/NN", "last year's quarter", "DATE", null));
    }

    @Test
    void aRangeOfDurationsIsTwoTimexes() {
        org.concord.annotate.Timex range = new org.concord.annotate.Timex(10, 25, "two to six days", "DURATION",
                null, 0);
        assertEquals(List.of(new org.concord.annotate.Timex(10, 13, "two", "DURATION", "P2D", 0),
                new org.concord.annotate.Timex(17, 25, "six days", "DURATION", "P6D", 0)),
                TimexNormalizer.splitRange(range));
        org.concord.annotate.Timex one = new org.concord.annotate.Timex(0, 8, "six days", "DURATION", "P6D", 0);
        assertEquals(List.of(one), TimexNormalizer.splitRange(one));
    }

    @Test
    void purposeInfinitivesAndPresentPerfectsTakeThePast() {
        Tagged purpose = Tagged.of("The/DT government/NN staged/VBD a/DT number/NN of/IN celebrations/NNS to/TO "
                + "mark/VB the/DT country/NN 's/POS entry/NN into/IN NATO/NNP on/IN Friday/NNP ./.");
        int f = purpose.text().indexOf("Friday");
        assertEquals(Tense.PAST, Tense.around(purpose.tokens(), f, f + 6));
        Tagged after = Tagged.of("Among/IN the/DT countries/NNS to/TO accede/VB to/IN NATO/NNP on/IN Friday/NNP "
                + "were/VBD also/RB Poland/NNP");
        f = after.text().indexOf("Friday");
        assertEquals(Tense.PAST, Tense.around(after.tokens(), f, f + 6));
        Tagged perfect = Tagged.of("They/PRP have/VBP been/VBN searching/VBG since/IN the/DT Oct./NNP 23/CD "
                + "slaying/NN");
        f = perfect.text().indexOf("Oct. 23");
        assertEquals(Tense.PAST, Tense.around(perfect.tokens(), f, f + 7));
        Tagged progressive = Tagged.of("They/PRP are/VBP meeting/VBG on/IN Friday/NNP");
        f = progressive.text().indexOf("Friday");
        assertEquals(Tense.PRESENT, Tense.around(progressive.tokens(), f, f + 6));
    }

    @Test
    void countsTheTaggerLeftOutAndSpelledYears() {
        assertEquals("PT5H30M", norm("He/PRP stayed/VBD 5\u00a01/2/CD hours/NNS", "hours", "DURATION", "PTXH").value());
        assertEquals("P2Y6M", norm("He/PRP stayed/VBD 2/CD 1/2/CD years/NNS", "years", "DURATION", "PXY").value());
        assertEquals("P2W", norm("It/PRP lasts/VBZ two/CD more/JJR weeks/NNS", "weeks", "DURATION", "PXW").value());
        assertEquals("PT1M30S", norm("It/PRP took/VBD a/DT minute/NN and/CC a/DT half/NN", "a minute", "DURATION",
                "PT1M").value());
        assertEquals("PXY", norm("It/PRP was/VBD troubled/VBN for/IN years/NNS", "years", "DURATION", "PXY").value());
        assertEquals("P1Q", norm("It/PRP pays/VBZ every/DT quarter/NN", "every quarter", "SET", "P3M").value());
        assertEquals("P3M", norm("It/PRP is/VBZ adjusted/VBN quarterly/RB", "quarterly", "SET", "P3M").value());
        assertEquals("1997-01", norm("January/NNP nineteen/CD ninety-seven/CD ./.", "January nineteen ninety-seven",
                "DATE", "1989-01").value());
        assertEquals(1997, TimexNormalizer.spelledYear("nineteen ninety-seven"));
        assertEquals(1910, TimexNormalizer.spelledYear("nineteen ten"));
        assertEquals(2001, TimexNormalizer.spelledYear("two thousand and one"));
        assertEquals(0, TimexNormalizer.spelledYear("ninety-seven"));
    }

    @Test
    void ordinalDaysHolidayWeeksAndOneDay() {
        assertEquals("1989-10-26", norm("Today/NN is/VBZ the/DT eighth/JJ day/NN of/IN the/DT operation/NN",
                "the eighth day", "DATE", "1989-11-02").value());
        assertEquals("1989-W52", norm("He/PRP left/VBD during/IN Christmas/NNP week/NN", "Christmas", "DATE",
                "1989-12-25").value());
        assertEquals(new TimexNormalizer.Normalized("DATE", "FUTURE_REF"), norm("Islam/NNP will/MD one/CD day/NN "
                + "be/VB the/DT second/JJ religion/NN", "one day", "DURATION", "P1D"));
        assertEquals(new TimexNormalizer.Normalized("DURATION", "P1D"), norm("It/PRP will/MD last/VB for/IN one/CD "
                + "day/NN", "one day", "DURATION", "P1D"));
    }
}
