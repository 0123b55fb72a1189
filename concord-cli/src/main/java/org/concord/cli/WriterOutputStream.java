package org.concord.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Bridges a PrintStream-based API (the eval tasks' log) onto picocli's error writer, line by line. */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter target;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter target) {
        this.target = target;
    }

    @Override
    public synchronized void write(int b) {
        line.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public synchronized void flush() {
        if (line.size() > 0) {
            target.print(line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
        target.flush();
    }
}
