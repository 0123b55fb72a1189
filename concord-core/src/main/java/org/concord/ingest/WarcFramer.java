package org.concord.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the records of WARC data by their Content-Length and checks each frame before it is parsed, so that a wrong
 * Content-Length loses only its own record. A record's frame is sound when its header ends with a blank line within
 * 64 KiB, declares a Content-Length, and its block ends within the data followed by nothing but line ends (the
 * {@code CRLF CRLF} that closes a record, leniently) up to the next WARC header line ({@code WARC/1.0},
 * {@code WARC/1.1}), the start of the next gzip member or the end of the data (zero bytes and white space at the end
 * are padding). When the data was inflated from gzip and its member bounds are known, a block must also not run over
 * the start of a member that begins with a WARC header: in a record-per-member {@code .warc.gz} that member is the
 * next record, so a Content-Length larger than its own member is caught even when it happens to end on a record
 * boundary further on, and members that split records at random (bgzip blocks) are still read. A frame that fails
 * is {@link Broken}, with its reason and the next WARC header line after its header (at the start of a line or of a
 * gzip member), where reading resumes: a Content-Length too large, too small or cut short by the end of the file
 * costs that one record.
 */
final class WarcFramer {
    private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] BLANK_LINE = "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final int MAX_HEADER = 65_536;

    /** What starts at a position of the data: a record with a sound frame, or a broken one. */
    sealed interface Frame permits Sound, Broken {
        /** Where the record starts. */
        int start();
    }

    /** A record framed by its Content-Length: bytes {@code [start, end)}, the closing line ends excluded. */
    record Sound(int start, int end) implements Frame {}

    /** A record that cannot be framed: why, and where reading resumes ({@code -1}: nothing readable after it). */
    record Broken(int start, String reason, int resume) implements Frame {}

    private final byte[] b;
    /** The gzip members the data was inflated from, or null. */
    private final Unpack.Members members;

    WarcFramer(byte[] data, Unpack.Members members) {
        this.b = data;
        this.members = members == null || members.starts().length == 0 ? null : members;
    }

    /**
     * Where the next record should start: the first position at or after {@code pos} that holds neither CR nor LF,
     * or the end of the data when only padding (zero bytes, white space) is left.
     */
    int skipLineEnds(int pos) {
        int i = lineEnds(pos);
        return i < b.length && padding(i) ? b.length : i;
    }

    private int lineEnds(int pos) {
        int i = pos;
        while (i < b.length && (b[i] == '\r' || b[i] == '\n')) {
            i++;
        }
        return i;
    }

    /** Whether everything from {@code from} to the end is zero bytes or white space. */
    private boolean padding(int from) {
        for (int j = from; j < b.length; j++) {
            if (b[j] != 0 && b[j] != ' ' && b[j] != '\t' && b[j] != '\r' && b[j] != '\n') {
                return false;
            }
        }
        return true;
    }

    /** The frame of the record at {@code pos} (the first byte after line ends). */
    Frame at(int pos) {
        if (!startsWith(pos, MAGIC)) {
            return new Broken(pos, "not a WARC record header", nextHeader(pos + 1));
        }
        int headerEnd = indexOf(BLANK_LINE, pos, (int) Math.min(b.length, (long) pos + MAX_HEADER));
        if (headerEnd < 0) {
            int resume = nextHeader(pos + 1);
            if (resume < 0 && b.length - pos < MAX_HEADER) {
                return new Broken(pos, "cut short in its header: the data ends " + (b.length - pos)
                        + " bytes after its start", -1);
            }
            return new Broken(pos, "header not terminated by a blank line within " + MAX_HEADER
                    + " bytes", resume);
        }
        int blockStart = headerEnd + BLANK_LINE.length;
        int resume = nextHeader(blockStart);
        long length = contentLength(pos, headerEnd);
        if (length < 0) {
            return new Broken(pos, "no valid Content-Length", resume);
        }
        long end = blockStart + length;
        if (end > b.length) {
            return new Broken(pos, String.format(Locale.ROOT, "cut short: its Content-Length is %d bytes but "
                    + "only %d follow its header (the data ends early, or the Content-Length is too large)",
                    length, b.length - blockStart), resume);
        }
        int next = memberRecordWithin(pos, (int) end);
        if (next >= 0) {
            int m = members.at(next);
            return new Broken(pos, String.format(Locale.ROOT, "wrong Content-Length (%d bytes, too large): its "
                    + "block runs into the next gzip member (at byte %d of %s), which starts a WARC record",
                    length, members.offsets()[m], members.file()), resume);
        }
        if (!closesWell((int) end)) {
            return new Broken(pos, String.format(Locale.ROOT, "wrong Content-Length (%d bytes): its block is not "
                    + "followed by the blank line that ends a record and a next WARC header", length), resume);
        }
        return new Sound(pos, (int) end);
    }

    /**
     * Where byte {@code pos} is, for messages: "byte 120", or for inflated gzip data "byte 120 of the inflated data,
     * in the gzip member at byte 48 of crawl.warc.gz".
     */
    String where(int pos) {
        if (members == null) {
            return "byte " + pos;
        }
        int m = members.at(pos);
        return "byte " + pos + " of the inflated data, in the gzip member at byte " + members.offsets()[m] + " of "
                + members.file();
    }

    /** Whether what follows a block ending at {@code end} closes a record: see the class comment. */
    private boolean closesWell(int end) {
        int i = lineEnds(end);
        return i >= b.length || headerLine(i) || members != null && members.startsAt(i) || padding(i);
    }

    /** The start of a gzip member inside {@code (pos, end)} that begins with a WARC header line, or -1. */
    private int memberRecordWithin(int pos, int end) {
        if (members == null) {
            return -1;
        }
        int[] starts = members.starts();
        for (int m = members.at(pos) + 1; m < starts.length && starts[m] < end; m++) {
            if (starts[m] > pos && headerLine(starts[m])) {
                return starts[m];
            }
        }
        return -1;
    }

    /**
     * The next WARC header line at or after {@code from}: {@code WARC/}, a version such as {@code 1.0} and a line
     * end, at the start of a line or of a gzip member; -1 when there is none.
     */
    int nextHeader(int from) {
        for (int i = Math.max(from, 0); i + MAGIC.length <= b.length; i++) {
            if (b[i] == 'W' && (i == 0 || b[i - 1] == '\n' || members != null && members.startsAt(i))
                    && headerLine(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a WARC header line ({@code WARC/1.1} and CR LF or LF) starts at {@code i}. */
    private boolean headerLine(int i) {
        if (!startsWith(i, MAGIC)) {
            return false;
        }
        int p = i + MAGIC.length;
        int digits = 0;
        while (p < b.length && digits < 4 && Character.isDigit(b[p])) {
            p++;
            digits++;
        }
        if (digits == 0 || p >= b.length || b[p] != '.') {
            return false;
        }
        p++;
        digits = 0;
        while (p < b.length && digits < 4 && Character.isDigit(b[p])) {
            p++;
            digits++;
        }
        return digits > 0 && p < b.length && (b[p] == '\n' || b[p] == '\r' && p + 1 < b.length && b[p + 1] == '\n');
    }

    private boolean startsWith(int pos, byte[] m) {
        if (pos < 0 || pos + m.length > b.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (b[pos + i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(byte[] m, int from, int to) {
        for (int i = from; i + m.length <= to; i++) {
            if (startsWith(i, m)) {
                return i;
            }
        }
        return -1;
    }

    /** The Content-Length of the header in {@code [from, headerEnd)}, or -1 when missing, negative or not a number. */
    private long contentLength(int from, int headerEnd) {
        String header = new String(b, from, headerEnd - from, StandardCharsets.ISO_8859_1);
        for (String line : header.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase("Content-Length")) {
                try {
                    long v = Long.parseLong(line.substring(colon + 1).strip());
                    return v < 0 ? -1 : v;
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
