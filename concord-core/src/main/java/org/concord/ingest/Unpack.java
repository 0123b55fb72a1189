package org.concord.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
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
     * Inflates gzip data (all members) within {@code budget} bytes; {@code limit} is the configured limit, named
     * in the refusal. Members are inflated one by one: a damaged member (bad header, bad deflate data, CRC or
     * length mismatch, truncation) is reported and skipped, and reading resumes at the next member header, so a
     * record-per-member {@code .warc.gz} with one broken record still yields every other record (RFC 1952).
     */
    static byte[] gunzip(byte[] gz, long budget, long limit, String src, Consumer<Skipped> skipped) {
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
                end = member(gz, start, part, budget - before, limit);
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
    private static int member(byte[] b, int start, ByteArrayOutputStream out, long budget, long limit)
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
                    throw new IllegalArgumentException("inflates past " + limit + " bytes for one input, nested "
                            + "archives included (--max-decompressed-size): refused as a possible decompression bomb");
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

    /** The entries of a zip or tar archive, inflated within {@code budget} bytes in all. */
    static List<Entry> entries(byte[] archive, boolean zip, long budget, IngestOptions options, String src,
                               Consumer<Skipped> skipped) {
        List<Entry> out = new ArrayList<>();
        int count = 0;
        try (ArchiveInputStream<? extends ArchiveEntry> in = zip
                ? new ZipArchiveInputStream(new ByteArrayInputStream(archive))
                : new TarArchiveInputStream(new ByteArrayInputStream(archive))) {
            ArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String name = e.getName();
                if (hidden(name)) {
                    continue;
                }
                if (++count > options.maxArchiveEntries()) {
                    skipped.accept(new Skipped(src, "more than " + options.maxArchiveEntries()
                            + " archive entries; the rest not read (--max-archive-entries)"));
                    break;
                }
                Path p = entryPath(src, name);
                if (!in.canReadEntryData(e)) {
                    skipped.accept(new Skipped(p.toString(), "archive entry uses an unsupported method or encryption"));
                    continue;
                }
                ByteArrayOutputStream buf = new ByteArrayOutputStream();
                try {
                    copy(in, buf, budget, options.maxDecompressedBytes());
                } catch (IllegalArgumentException tooBig) {
                    skipped.accept(new Skipped(p.toString(), tooBig.getMessage()));
                    break;
                }
                budget -= buf.size();
                out.add(new Entry(p, buf.toByteArray()));
            }
        } catch (IOException | RuntimeException ex) {
            String why = FeedReader.oneLine(ex.getMessage());
            if (out.isEmpty()) {
                throw new IllegalArgumentException("unreadable " + (zip ? "zip" : "tar") + " archive: " + why);
            }
            skipped.accept(new Skipped(src, (zip ? "zip" : "tar") + " archive corrupt after " + out.size()
                    + " entries (" + why + "); the entries before it are read"));
        }
        return out;
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

    private static void copy(InputStream in, ByteArrayOutputStream out, long budget, long limit) throws IOException {
        byte[] buf = new byte[65_536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > budget) {
                throw new IllegalArgumentException("inflates past " + limit + " bytes for one input, nested archives "
                        + "included (--max-decompressed-size): refused as a possible decompression bomb");
            }
            out.write(buf, 0, n);
        }
    }
}
