package org.concord.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageDatesTest {
    @Test
    void writtenDatesInSeveralFormatsAndLanguages() {
        assertEquals("2019-10-19", PageDates.parse("Posted 2019-10-19 08:00"));
        assertEquals("2022-01-12", PageDates.parse("12.01.2022, 14:05 Uhr"));
        assertEquals("2022-01-12", PageDates.parse("Stand: 12. Januar 2022"));
        assertEquals("2021-03-04", PageDates.parse("4. März 2021"));
        assertEquals("2019-06-13", PageDates.parse("June 13, 2019 at 9:00 am"));
        assertEquals("2019-06-13", PageDates.parse("13th June 2019"));
        assertEquals("2020-02-05", PageDates.parse("Publié le 5 février 2020"));
        assertEquals("2022-05-04", PageDates.parse("4 de mayo de 2022"));
        assertEquals("2021-11-10", PageDates.parse("10 listopada 2021"));
        // slashes: day first, month first only when the second number cannot be a month
        assertEquals("2020-04-03", PageDates.parse("03/04/2020"));
        assertEquals("2020-03-24", PageDates.parse("03/24/2020"));
        // the first date written wins
        assertEquals("2018-01-02", PageDates.parse("2 January 2018, updated 5 March 2019"));
        assertNull(PageDates.parse("31.02.2020")); // no such day
        assertNull(PageDates.parse("Call 12.34.5678 or see page 3 of 2020"));
        assertNull(PageDates.parse("12 Monkeys 2020"));
    }

    @Test
    void onlyDateAndBylineElementsAreRead() {
        assertEquals("2021-11-05", PageDates.find(Jsoup.parse("<body><p>Founded on 1 May 1990.</p><div class="
                + "\"entry-meta\">By Ann Lee, 5 November 2021</div></body>")));
        // a modified date and long text are not the publication date
        assertNull(PageDates.find(Jsoup.parse("<body><span class=date-modified>5 November 2021</span><div class="
                + "article-body>On 1 May 1990 the plant opened.</div></body>")));
        assertEquals("2020-07-01", PageDates.find(Jsoup.parse("<body><time>1. Juli 2020</time></body>")));
    }
}
