package org.concord.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
     * Inflates gzip data (all members) within {@code budget} (spent by what is returned). Members are inflated one by one: a damaged member (bad header, bad deflate data, CRC or
     * length mismatch, truncation) is reported and skipped, and reading resumes at the next member header, so a
     * record-per-member {@code .warc.gz} with one broken record still yields every other record (RFC 1952).
     */
    static byte[] gunzip(byte[] gz, Budget budget, String src, Consumer<Skipped> skipped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        int damaged = 0;
        long firstDamageAt = -1;
        while (pos < gz.length) {
            int start = nextMember(gz, pos);
            if (start < 0) {
                break;
            }
            if (start > pos && out.size() > 0) {
                damaged++; // bytes between members that are not a member
                firstDamageAt = firstDamageAt < 0 ? out.size() : firstDamageAt;
            }
            int end;
            int before = out.size();
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            try {
                end = member(gz, start, part, budget.left() - before, budget);
                part.writeTo(out);
            } catch (DataFormatException | IOException e) {
                // what the broken member produced is dropped; look for the next member after its header
                if (before == 0 && start == 0 && nextMember(gz, 1) < 0) {
                    throw new IllegalArgumentException("corrupt gzip data: " + FeedReader.oneLine(e.getMessage()));
                }
                damaged++;
                firstDamageAt = firstDamageAt < 0 ? before : firstDamageAt;
                pos = start + 1;
                continue;
            }
            pos = end;
        }
        if (out.size() == 0 && damaged > 0) {
            throw new IllegalArgumentException("corrupt gzip data: no member could be read");
        }
        if (damaged > 0) {
            skipped.accept(new Skipped(src, "gzip data corrupt: " + damaged + " damaged part(s) skipped, the first "
                    + "after " + firstDamageAt + " bytes; the members around them are read"));
        }
        budget.spend(out.size());
        return out.toByteArray();
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
                    throw new IOException("truncated gzip member");
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
                throw new IOException("truncated gzip trailer");
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
