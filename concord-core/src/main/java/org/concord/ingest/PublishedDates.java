package org.concord.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Publication dates as the JSONL input format takes them, for every reader of that format (files, the server). */
public final class PublishedDates {
    private PublishedDates() {
    }

    /** "2014-12-30", "2014-12-30T17:52:00Z" and the like to "2014-12-30"; anything else to null. */
    public static String isoDate(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t).toString();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toLocalDate().toString();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
