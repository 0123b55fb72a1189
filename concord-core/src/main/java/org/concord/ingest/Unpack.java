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
import java.util.zip.GZIPInputStream;
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
     * in the refusal.
     */
    static byte[] gunzip(byte[] gz, long budget, long limit, String src, Consumer<Skipped> skipped) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz), 65_536)) {
            copy(in, out, budget, limit);
        } catch (IOException e) {
            if (out.size() == 0) {
                throw new IllegalArgumentException("corrupt gzip data: " + FeedReader.oneLine(e.getMessage()));
            }
            skipped.accept(new Skipped(src, "gzip data corrupt after " + out.size() + " bytes ("
                    + FeedReader.oneLine(e.getMessage()) + "); the part before it is read"));
        }
        return out.toByteArray();
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
