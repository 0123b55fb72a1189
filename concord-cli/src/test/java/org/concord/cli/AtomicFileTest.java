package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file a command writes through {@link OutputOptions#write} is written whole or not at all: a writer that
 * fails midway leaves the earlier file as it was and no temporary file behind.
 */
class AtomicFileTest {
    @TempDir
    Path dir;

    private final PrintWriter stdout = new PrintWriter(new StringWriter());

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriterThatFailsMidwayLeavesTheEarlierReportAndNoTemporaryFile() throws IOException {
        Path report = dir.resolve("report.json");
        Files.writeString(report, "{\"old\": true}\n");
        IOException io = assertThrows(IOException.class, () -> OutputOptions.write(report, w -> {
            w.write("{\"new\": ".repeat(10_000));
            throw new IOException("disk full");
        }, stdout));
        assertEquals("disk full", io.getMessage());
        assertThrows(IllegalStateException.class, () -> OutputOptions.write(report, w -> {
            w.write("{\"new\": ");
            throw new IllegalStateException("cannot serialize report");
        }, stdout));
        assertThrows(UncheckedIOException.class, () -> OutputOptions.write(report, w -> {
            throw new UncheckedIOException(new IOException("broken"));
        }, stdout));
        assertEquals("{\"old\": true}\n", Files.readString(report));
        assertEquals(List.of("report.json"), names());
    }

    @Test
    void aWriteReplacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
        Path report = dir.resolve("out").resolve("report.md");
        OutputOptions.write(report, w -> w.write("first\n"), stdout);
        OutputOptions.write(report, w -> w.write("second\n"), stdout);
        assertEquals("second\n", Files.readString(report));
        try (Stream<Path> s = Files.list(report.getParent())) {
            assertEquals(List.of("report.md"), s.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aFolderInTheWayIsAnErrorAndStaysAsItWas() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("report.json"));
        Files.writeString(folder.resolve("keep.txt"), "kept");
        IOException e = assertThrows(IOException.class, () -> OutputOptions.write(folder, w -> w.write("x"), stdout));
        assertEquals("is a directory", ErrorHandler.reason(e));
        assertEquals("kept", Files.readString(folder.resolve("keep.txt")));
        assertEquals(List.of("report.json"), names());
    }
}
