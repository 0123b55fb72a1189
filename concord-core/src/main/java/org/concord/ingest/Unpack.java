package org.concord.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.concord.model.Skipped;

/**
 * gzip, zip and tar unpacking within limits: output is counted as it is inflated and refused past the budget left
 * for the input (one budget for a file and every archive nested in it, so a decompression bomb, nested or not,
 * costs at most the limit, never the bomb's size); a corrupt stream keeps what came before the damage and reports
 * the rest.
 */
final class Unpack {
    private Unpack() {
    }

    record Entry(Path path, byte[] bytes) {}

    /**
     * What an input may still inflate to: the least of its own budget (nested archives included) and the batch's.
     * {@link #refusal} is the reason given when an inflation would pass {@link #left}.
     */
    interface Budget {
        long left();

        void spend(long bytes);

        String refusal();
    }

    /**
     * What {@link #gunzip} inflated: the output of every member read, one after the other, and where each member's
     * output begins in it, with the byte of the compressed file its header is at. A reader of record-per-member data
     * (a {@code .warc.gz}) frames its records within these bounds.
     */
    record Inflated(byte[] bytes, Members members) {}

    /**
     * The gzip members of {@code file} that were read, in order: member {@code i}'s output begins at byte
     * {@code starts[i]} of the inflated data and its header at byte {@code offsets[i]} of the file. (Arrays: compared
     * by identity, not by content.)
     */
    record Members(String file, int[] starts, int[] offsets) {
        /** The index of the member whose output holds byte {@code pos}: the last one starting at or before it. */
        int at(int pos) {
            return Math.max(0, org.concord.text.Sorted.lastAtOrBefore(starts, pos));
        }

        /** Whether the output of a member begins exactly at {@code pos}. */
        boolean startsAt(int pos) {
            return starts.length > 0 && starts[at(pos)] == pos;
        }
    }

    /** How many damaged stretches of one gzip input are reported one by one; the rest are counted in one entry. */
    static final int MAX_DAMAGE_REPORTS = 20;

    /**
     * Inflates gzip data (all members) within {@code budget} (spent by what is returned). Members are inflated one by
     * one, each into its own buffer, appended only when whole (RFC 1952: its CRC and length checked). A damaged
     * member (bad header, bad deflate data, CRC or length mismatch) and bytes between members that are no member are
     * skipped: reading resumes at the next member header (1f 8b 08) that inflates, and each damaged stretch is
     * reported naming its byte range in {@code src} and its first fault, so a record-per-member {@code .warc.gz}
     * with one broken record still yields every other record. A member cut short by the end of the data (a partial
     * download) is dropped too, except when its output is WARC: that output is kept up to the cut, since the WARC
     * reader checks every record against its Content-Length and skips the one cut short. Data where no member can be
     * read at all is an IllegalArgumentException.
     */
    static Inflated gunzip(byte[] gz, Budget budget, String src, Consumer<Skipped> skipped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<int[]> members = new ArrayList<>(); // {start in the output, offset in gz}
        List<String> reports = new ArrayList<>();
        int reported = 0;
        int pos = 0;
        int damageFrom = -1; // where the damaged stretch being passed over began, or -1
        String fault = null; // its first fault
        String cutNote = null; // the report of a WARC member cut short by the end of the data, kept up to the cut
        while (pos < gz.length) {
            int start = nextMember(gz, pos);
            if (start < 0) {
                if (damageFrom < 0 && !zeros(gz, pos)) {
                    damageFrom = pos;
                    fault = "bytes that are no gzip member";
                }
                break;
            }
            if (start > pos && damageFrom < 0) {
                damageFrom = pos;
                fault = "bytes between gzip members that are no member";
            }
            int before = out.size();
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            int end;
            try {
                end = member(gz, start, part, budget.left() - before, budget);
            } catch (DataFormatException | IOException e) {
                if (e instanceof Cut && Sniff.warc(part.toByteArray())) {
                    // the data stops inside a WARC member (the inflater took every byte left): keep its output
                    if (damageFrom >= 0) {
                        reported = report(reports, reported, damageFrom, start, gz.length, fault,
                                "reading resumed at the gzip member at byte " + start);
                        damageFrom = -1;
                    }
                    cutNote = String.format(Locale.ROOT, "gzip data cut short: the member at byte %d runs to the "
                            + "end of the data (byte %d) without its end; the %d bytes it inflated to are kept for "
                            + "the WARC reader, which skips the record cut short", start, gz.length, part.size());
                    members.add(new int[] {before, start});
                    append(part, out);
                    break;
                }
                if (damageFrom < 0) {
                    damageFrom = start;
                    fault = FeedReader.oneLine(e.getMessage());
                }
                pos = start + 1;
                continue;
            }
            if (damageFrom >= 0) {
                reported = report(reports, reported, damageFrom, start, gz.length, fault,
                        "reading resumed at the gzip member at byte " + start);
                damageFrom = -1;
            }
            members.add(new int[] {before, start});
            append(part, out);
            pos = end;
        }
        if (damageFrom >= 0) {
            reported = report(reports, reported, damageFrom, gz.length, gz.length, fault,
                    "nothing readable after it");
        }
        if (out.size() == 0 && reported > 0) {
            throw new IllegalArgumentException("corrupt gzip data: no member could be read (" + fault + ")");
        }
        for (String r : reports) {
            skipped.accept(new Skipped(src, r));
        }
        if (cutNote != null) {
            skipped.accept(new Skipped(src, cutNote));
        }
        if (reported > MAX_DAMAGE_REPORTS) {
            skipped.accept(new Skipped(src, "gzip data corrupt in " + (reported - MAX_DAMAGE_REPORTS)
                    + " more places, not listed one by one; the members around them are read"));
        }
        budget.spend(out.size());
        int[] starts = new int[members.size()];
        int[] offsets = new int[members.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = members.get(i)[0];
            offsets[i] = members.get(i)[1];
        }
        return new Inflated(out.toByteArray(), new Members(src, starts, offsets));
    }

    /** Adds the report of one damaged stretch {@code [from, to)} (the first few only); returns the new count. */
    private static int report(List<String> reports, int reported, int from, int to, int length, String fault,
                              String then) {
        if (reported < MAX_DAMAGE_REPORTS) {
            reports.add(String.format(Locale.ROOT, "gzip data corrupt at bytes %d-%d of %d (%s): skipped, %s",
                    from, to, length, fault, then));
        }
        return reported + 1;
    }

    /** Appends {@code part} to {@code out} (no copy; in memory, so it never fails). */
    private static void append(ByteArrayOutputStream part, ByteArrayOutputStream out) {
        try {
            part.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code b} holds only zero bytes from {@code from} on (padding after the last member). */
    private static boolean zeros(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** A gzip member that ends before its trailer does: the data stops (a partial file), nothing else is wrong. */
    private static final class Cut extends IOException {
        private static final long serialVersionUID = 1L;

        Cut(String message) {
            super(message);
        }
    }

    /** The offset of the next gzip member header (1f 8b 08) at or after {@code from}, or -1. */
    private static int nextMember(byte[] b, int from) {
        for (int i = Math.max(0, from); i + 2 < b.length; i++) {
            if ((b[i] & 0xff) == 0x1f && (b[i + 1] & 0xff) == 0x8b && b[i + 2] == 8) {
                return i;
            }
        }
        return -1;
    }

    /** Inflates the member at {@code start} into {@code out}; returns the offset just after its trailer. */
    private static int member(byte[] b, int start, ByteArrayOutputStream out, long budget, Budget why)
            throws DataFormatException, IOException {
        int p = start + 10;
        if (p > b.length) {
            throw new IOException("truncated gzip header");
        }
        int flags = b[start + 3] & 0xff;
        if ((flags & 0xe0) != 0) {
            throw new IOException("reserved gzip flags set");
        }
        if ((flags & 4) != 0) { // FEXTRA
            if (p + 2 > b.length) {
                throw new IOException("truncated gzip extra field");
            }
            p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) { // FNAME, FCOMMENT: zero-terminated
            if ((flags & bit) != 0) {
                while (p < b.length && b[p] != 0) {
                    p++;
                }
                p++;
            }
        }
        if ((flags & 2) != 0) { // FHCRC
            p += 2;
        }
        if (p >= b.length) {
            throw new IOException("truncated gzip header");
        }
        Inflater inf = new Inflater(true);
        CRC32 crc = new CRC32();
        long size = 0;
        try {
            inf.setInput(b, p, b.length - p);
            byte[] buf = new byte[65_536];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    throw new Cut("gzip member cut short by the end of the data");
                }
                size += n;
                if (out.size() + (long) n > budget) {
                    throw new IllegalArgumentException(why.refusal());
                }
                crc.update(buf, 0, n);
                out.write(buf, 0, n);
            }
            int trailer = b.length - inf.getRemaining();
            if (trailer + 8 > b.length) {
                throw new Cut("gzip member trailer cut short by the end of the data");
            }
            long storedCrc = (b[trailer] & 0xffL) | (b[trailer + 1] & 0xffL) << 8 | (b[trailer + 2] & 0xffL) << 16
                    | (b[trailer + 3] & 0xffL) << 24;
            long storedSize = (b[trailer + 4] & 0xffL) | (b[trailer + 5] & 0xffL) << 8
                    | (b[trailer + 6] & 0xffL) << 16 | (b[trailer + 7] & 0xffL) << 24;
            if (storedCrc != crc.getValue() || storedSize != (size & 0xffffffffL)) {
                throw new IOException("gzip member fails its CRC or length check");
            }
            return trailer + 8;
        } finally {
            inf.end();
        }
    }

    /**
     * The entries of a zip or tar archive, each inflated within {@code budget} (spent entry by entry) and handed to
     * {@code each} as soon as it is read, so only one entry is held at a time. Entries that are not files (links,
     * devices) and entries whose path is absolute or climbs out with {@code ..} are reported, not read. Returns the
     * number of entries handed on.
     */
    static int entries(byte[] archive, boolean zip, Budget budget, IngestOptions options, String src,
                       Consumer<Skipped> skipped, Consumer<Entry> each) {
        int delivered = 0;
        int count = 0;
        String kind = zip ? "zip" : "tar";
        try (ArchiveInputStream<? extends ArchiveEntry> in = zip
                ? new ZipArchiveInputStream(new ByteArrayInputStream(archive))
                : new TarArchiveInputStream(new ByteArrayInputStream(archive))) {
            ArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName();
                if (escapes(name)) {
                    skipped.accept(new Skipped(entryPath(src, name).toString(), kind + " entry named \""
                            + printable(name) + "\": an absolute path or '..' (path traversal), not read"));
                    continue;
                }
                if (hidden(name)) {
                    continue;
                }
                if (++count > options.maxArchiveEntries()) {
                    skipped.accept(new Skipped(src, "more than " + options.maxArchiveEntries()
                            + " archive entries; the rest not read (--max-archive-entries)"));
                    break;
                }
                String special = special(e);
                if (special != null) {
                    skipped.accept(new Skipped(entryPath(src, name).toString(), special));
                    continue;
                }
                Path p = entryPath(src, name);
                if (!in.canReadEntryData(e)) {
                    skipped.accept(new Skipped(p.toString(), "archive entry uses an unsupported method or encryption"));
                    continue;
                }
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                try {
                    copy(in, buf, budget);
                } catch (IllegalArgumentException tooBig) {
                    skipped.accept(new Skipped(p.toString(), tooBig.getMessage() + "; the rest of the archive not "
                            + "read"));
                    break;
                }
                budget.spend(buf.size());
                byte[] bytes = buf.toByteArray();
                buf = null; // only the copy handed on is held while it is read
                delivered++;
                each.accept(new Entry(p, bytes));
            }
        } catch (IOException | RuntimeException ex) {
            String why = FeedReader.oneLine(ex.getMessage());
            if (delivered == 0) {
                throw new IllegalArgumentException("unreadable " + kind + " archive: " + why);
            }
            skipped.accept(new Skipped(src, kind + " archive corrupt after " + delivered
                    + " entries (" + why + "); the entries before it are read"));
        }
        return delivered;
    }

    /** What a link, device or other non-file entry is ("tar symbolic link to x"), or null for a file. */
    private static String special(ArchiveEntry e) {
        if (e instanceof TarArchiveEntry t) {
            if (t.isSymbolicLink()) {
                return "tar symbolic link (to " + printable(t.getLinkName()) + "): not read";
            }
            if (t.isLink()) {
                return "tar hard link (to " + printable(t.getLinkName()) + "): not read";
            }
            if (t.isCharacterDevice() || t.isBlockDevice()) {
                return "tar device entry: not read";
            }
            if (t.isFIFO()) {
                return "tar FIFO entry: not read";
            }
            if (!t.isFile()) {
                return "tar entry that is not a file (type '" + (char) t.getLinkFlag() + "'): not read";
            }
        } else if (e instanceof ZipArchiveEntry z && z.isUnixSymlink()) {
            return "zip symbolic link: not read";
        }
        return null;
    }

    /** Whether an entry name is absolute (a leading slash or backslash, a drive letter) or has a ".." part. */
    static boolean escapes(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** A name on one line, control characters shown as '?'. */
    private static String printable(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cntrl}", "?");
    }

    private static boolean hidden(String name) {
        for (String part : name.split("/")) {
            if (part.startsWith(".") && !part.equals(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }

    private static Path entryPath(String src, String name) {
        String clean = name.replace('\\', '/').replaceAll("^/+", "").replace("\u0000", "");
        try {
            return Path.of(src + "!", clean.isEmpty() ? "entry" : clean);
        } catch (InvalidPathException e) {
            return Path.of(src + "!", clean.replaceAll("[^\\w.\\-/]", "_"));
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out, Budget budget) throws IOException {
        byte[] buf = new byte[65_536];
        long total = 0;
        long left = budget.left();
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > left) {
                throw new IllegalArgumentException(budget.refusal());
            }
            out.write(buf, 0, n);
        }
    }
}
