package org.concord.eval.timex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.TextAnnotator;
import org.concord.annotate.Timex;
import org.concord.annotate.Token;

/**
 * A development aid for the timex eval: keeps the annotations of another annotator in a directory, one file per
 * (annotator, text, date), so that runs that only change the value resolution skip CoreNLP. Used only when the
 * {@code concord.timex.cache} system property names a directory; the reported figures come from runs without it.
 * Files are tab-separated lines: {@code S index start end}, {@code K index start end word lemma pos ner},
 * {@code M start end type sentence text}, {@code X start end type value sentence text}. A file that cannot be read
 * back is recomputed.
 */
final class CachingAnnotator implements TextAnnotator {
    private final TextAnnotator inner;
    private final Path dir;

    private CachingAnnotator(TextAnnotator inner, Path dir) {
        this.inner = Objects.requireNonNull(inner, "inner");
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** {@code inner} itself when {@code cacheDir} is null or blank, else a cache in that directory. */
    static TextAnnotator wrap(TextAnnotator inner, String cacheDir) {
        if (cacheDir == null || cacheDir.isBlank()) {
            return inner;
        }
        return new CachingAnnotator(inner, Path.of(cacheDir));
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Annotation annotate(String text, LocalDate documentDate) {
        Path f = dir.resolve(key(text, documentDate) + ".tsv");
        if (Files.isRegularFile(f)) {
            try {
                return read(Files.readAllLines(f, StandardCharsets.UTF_8), text);
            } catch (IOException | RuntimeException e) {
                // unreadable or stale entry: recompute below
            }
        }
        Annotation a = inner.annotate(text, documentDate);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "tmp", ".tsv");
            Files.write(tmp, write(a), StandardCharsets.UTF_8);
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write timex annotation cache " + f, e);
        }
        return a;
    }

    private String key(String text, LocalDate date) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(inner.name().getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(String.valueOf(date).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clean(String s) {
        return s == null ? "\u0000" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String unclean(String s) {
        return "\u0000".equals(s) ? null : s;
    }

    private static List<String> write(Annotation a) {
        List<String> out = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            out.add("S\t" + s.index() + "\t" + s.start() + "\t" + s.end());
            for (Token t : s.tokens()) {
                out.add("K\t" + t.index() + "\t" + t.start() + "\t" + t.end() + "\t" + clean(t.word()) + "\t"
                        + clean(t.lemma()) + "\t" + clean(t.pos()) + "\t" + clean(t.ner()));
            }
        }
        for (Mention m : a.mentions()) {
            out.add("M\t" + m.start() + "\t" + m.end() + "\t" + clean(m.type()) + "\t" + m.sentence() + "\t"
                    + clean(m.text()));
        }
        for (Timex t : a.timexes()) {
            out.add("X\t" + t.start() + "\t" + t.end() + "\t" + clean(t.type()) + "\t" + clean(t.value()) + "\t"
                    + t.sentence() + "\t" + clean(t.text()));
        }
        return out;
    }

    private static Annotation read(List<String> lines, String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        int[] open = null;
        List<Token> tokens = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "S" -> {
                    if (open != null) {
                        sentences.add(new Sentence(open[0], open[1], open[2], tokens));
                    }
                    open = new int[] {Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3])};
                    tokens = new ArrayList<>();
                }
                case "K" -> tokens.add(new Token(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        Integer.parseInt(f[3]), unclean(f[4]), unclean(f[5]), unclean(f[6]), unclean(f[7])));
                case "M" -> mentions.add(new Mention(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        text.substring(Integer.parseInt(f[1]), Integer.parseInt(f[2])), unclean(f[3]),
                        Integer.parseInt(f[4])));
                case "X" -> timexes.add(new Timex(Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                        text.substring(Integer.parseInt(f[1]), Integer.parseInt(f[2])), unclean(f[3]),
                        unclean(f[4]), Integer.parseInt(f[5])));
                default -> throw new IllegalArgumentException("bad cache line: " + line);
            }
        }
        if (open != null) {
            sentences.add(new Sentence(open[0], open[1], open[2], tokens));
        }
        return new Annotation(sentences, mentions, timexes);
    }
}
