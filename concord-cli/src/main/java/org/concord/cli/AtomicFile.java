package org.concord.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Random;

/**
 * Writes a file whole or not at all: the content goes to a hidden temporary file in the same folder, which then
 * replaces the target in one atomic rename (a plain replacing move where the file system has no atomic one). When
 * writing fails the temporary file is removed and a file already at the target is left as it was, so a reader never
 * sees half a report.
 */
final class AtomicFile {
    private static final Random RANDOM = new SecureRandom();
    private static final int ATTEMPTS = 10;

    private AtomicFile() {
    }

    /** Writes {@code body} to {@code file} in UTF-8, parent folders created. */
    static void write(Path file, OutputOptions.Body body) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new FileSystemException(file.toString(), null, "is a directory");
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = createTemp(dir, target.getFileName().toString());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 Writer w = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch),
                         StandardCharsets.UTF_8))) {
                body.writeTo(w);
                w.flush();
                ch.force(true);
            }
            move(tmp, target);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** A new empty file beside the target, hidden, with the default permissions (as the target would get). */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
