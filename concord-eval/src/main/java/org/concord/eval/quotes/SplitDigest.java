package org.concord.eval.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Which PolNeAR split a model was trained from: the directory's name and a SHA-256 over the files
 * {@link PolnearReader} reads from it (every regular file under {@code text/} and {@code attributions/}, and the
 * silver coreference table beside the split when there is one). Files are taken in the order of their relative
 * paths ('/'-separated); each contributes its path, its length and its bytes, so that renaming, moving or editing a
 * file changes the digest and the machine, the checkout path and the listing order do not.
 */
public record SplitDigest(String name, String sha256, int files) {
    /** The digest of the split at {@code dir}; {@code silverFile} is the table {@link PolnearReader} used, or null. */
    public static SplitDigest of(Path dir, Path silverFile) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (String sub : List.of("text", "attributions")) {
            try (Stream<Path> s = Files.walk(root.resolve(sub))) {
                s.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        List<String[]> named = new ArrayList<>();
        for (Path f : files) {
            named.add(new String[] {relative(root, f), f.toString()});
        }
        if (silverFile != null) {
            Path s = silverFile.toAbsolutePath().normalize();
            named.add(new String[] {"../" + relative(root.getParent(), s), s.toString()});
        }
        named.sort((a, b) -> a[0].compareTo(b[0]));
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        for (String[] f : named) {
            byte[] bytes = Files.readAllBytes(Path.of(f[1]));
            md.update((f[0] + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
            md.update(bytes);
        }
        Path fileName = root.getFileName();
        return new SplitDigest(fileName == null ? root.toString() : fileName.toString(),
                HexFormat.of().formatHex(md.digest()), named.size());
    }

    private static String relative(Path root, Path f) {
        return root.relativize(f.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The provenance line: "split train, sha256 … of its N files (…)". */
    public String describe() {
        return String.format(Locale.ROOT, "split %s, sha256 %s of its %d files (text/, attributions/ and the silver "
                + "coreference table beside it, if any)", name, sha256, files);
    }
}
