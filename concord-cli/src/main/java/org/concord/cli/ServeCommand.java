package org.concord.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.concord.serve.Database;
import org.concord.serve.JobImport;
import org.concord.serve.ServeApp;
import org.concord.serve.ServeConfig;
import org.concord.serve.SourceOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code concord serve}: the store, the analysis worker and the HTTP API, until stopped (Ctrl-C, SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the REST API over a store that grows as articles are posted: documents are analysed "
                + "in the background into stories, quotes and a search index (see docs/serve.md).",
                "With --import DIR it first loads the output of the Spark job (concord-spark AnalyzeJob --out DIR) "
                        + "as the store's analysis, without annotating it again.",
                "Writes need a token (concord token create NAME). Exit status: 0 stopped, 1 the store or the port "
                        + "could not be opened, or --import refused the folder (the store is left as it was), "
                        + "2 usage error.",
                "With --watch DIR files dropped into DIR are taken as uploads are; feeds are added with "
                        + "POST /v1/feeds (or an OPML list to /v1/feeds/opml) and fetched on their schedule."})
final class ServeCommand implements Callable<Integer> {
    /** Released to stop a running server from the same process (tests); a signal does the same. */
    private static volatile CountDownLatch running;

    @CommandLine.Mixin
    StoreOptions store;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServeConfig.DEFAULT_BIND,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port (default: ${DEFAULT-VALUE}; 0: any free port, printed at start).")
    int port;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "16777216",
            description = "Refuse request bodies larger than this with 413 (default: ${DEFAULT-VALUE}, 16 MiB).")
    long maxBodyBytes;

    @Option(names = "--open-reads",
            description = "Let clients on other machines read without a token (reads from loopback never need one).")
    boolean openReads;

    @Option(names = "--import", paramLabel = "DIR",
            description = "First load the output folder of the Spark job (report.json, stories.jsonl, "
                    + "documents.jsonl) into the store as its analysis, then serve. Into an empty store only; "
                    + "the same folder again changes nothing.")
    Path importDir;

    @Option(names = "--watch", paramLabel = "DIR",
            description = "Also take every file dropped into DIR (anything analyze reads, WARC and archives "
                    + "included): stored once its size and time settle, then moved to DIR/.done (DIR/.failed "
                    + "when nothing could be read, with the reason in the log and the store). Created if missing.")
    Path watch;

    @Option(names = "--feed-max-failures", paramLabel = "N", defaultValue = "5",
            description = "Disable a feed after N failed fetches in a row (default: ${DEFAULT-VALUE}).")
    int feedMaxFailures;

    @CommandLine.Mixin
    ThreadsOption threads;

    @Option(names = "--annotator-class", paramLabel = "CLASS", hidden = true,
            description = "For tests and benchmarks: annotate with this TextAnnotator (a public class with a public "
                    + "no-argument constructor on the class path) instead of CoreNLP.")
    String annotatorClass;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        CommandLine cl = spec.commandLine();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(cl, "--port must be between 0 and 65535, got " + port);
        }
        if (maxBodyBytes < 1) {
            throw new CommandLine.ParameterException(cl, "--max-body-bytes must be at least 1, got " + maxBodyBytes);
        }
        if (feedMaxFailures < 1) {
            throw new CommandLine.ParameterException(cl, "--feed-max-failures must be at least 1, got "
                    + feedMaxFailures);
        }
        if (watch != null && java.nio.file.Files.exists(watch) && !java.nio.file.Files.isDirectory(watch)) {
            throw new CommandLine.ParameterException(cl, "--watch " + watch + " is not a folder");
        }
        int n = threads.count(cl);
        PrintWriter err = cl.getErr();
        Progress progress = new Progress(err, false);
        ServeConfig config = store.config().withBind(bind).withPort(port).withMaxBodyBytes(maxBodyBytes)
                .withThreads(n).withOpenReads(openReads);
        org.concord.annotate.TextAnnotator annotator = annotatorClass == null ? Runner.annotator(progress)
                : annotatorOf(annotatorClass, cl);
        Consumer<String> log = line -> {
            synchronized (err) {
                err.println("concord serve: " + line);
                err.flush();
            }
        };
        ServeApp app;
        try {
            if (importDir != null) {
                JobImport.run(config, importDir, annotator, log);
            }
            app = ServeApp.start(config, SourceOptions.defaults().withWatch(watch)
                    .withFeedMaxFailures(feedMaxFailures), annotator, log);
        } catch (JobImport.ImportException e) {
            err.println("concord: cannot import " + e.getMessage());
            return Main.FAILED;
        } catch (Database.StoreException e) {
            err.println("concord: " + ErrorHandler.firstLine(e.getMessage()) + StoreOptions.hint(e.getMessage()));
            return Main.FAILED;
        } catch (RuntimeException e) {
            // Jetty: the port is taken or the address is not this machine's
            err.println("concord: cannot listen on " + bind + ":" + port + ": " + ErrorHandler.firstLine(
                    String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage())));
            return Main.FAILED;
        }
        CountDownLatch stop = new CountDownLatch(1);
        running = stop;
        Thread hook = new Thread(() -> {
            stop.countDown();
            app.close();
        }, "concord-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        cl.getOut().println(String.format(Locale.ROOT, "concord serve: listening on %s (data %s, store %s)",
                app.url(), config.data().toAbsolutePath().normalize(), config.db() == null ? "embedded H2"
                        : "--db"));
        cl.getOut().flush();
        stop.await();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
            app.close();
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook closes the server
        }
        return Main.OK;
    }

    /** A new instance of the named annotator class; a usage error naming --annotator-class when it cannot be made. */
    static org.concord.annotate.TextAnnotator annotatorOf(String name, CommandLine cl) {
        try {
            return (org.concord.annotate.TextAnnotator) Class.forName(name).getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new CommandLine.ParameterException(cl, "--annotator-class " + name + ": not a TextAnnotator with "
                    + "a public no-argument constructor on the class path (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Stops the server this process runs, as a signal would (tests). */
    static void stopRunning() {
        CountDownLatch l = running;
        if (l != null) {
            l.countDown();
        }
    }
}
