package org.concord.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Where {@code analyze --format F1,F2,... --out OUT} writes each format. One format: {@code OUT} is the file (or
 * standard output without --out), as before. Several formats: {@code OUT} is required; when it is a folder (an
 * existing one, or a path ending in '/'), each format goes to {@code OUT/report.EXT}; otherwise {@code OUT} is a
 * base name and each format goes to {@code OUT.EXT}, a .json, .md or .html extension given with it replaced
 * ({@code --out out/report} and {@code --out out/report.json} both write out/report.json, out/report.md and
 * out/report.html). EXT is json, md or html.
 */
final class ReportTargets {
    static final List<String> FORMATS = List.of("json", "md", "html");

    private ReportTargets() {
    }

    /** The formats of a --format value ("json", "md,html"), in order, each once; a usage error for a bad one. */
    static List<String> formats(String value, CommandLine cl) {
        List<String> out = new ArrayList<>();
        for (String f : value.split(",", -1)) {
            String format = f.strip().toLowerCase(Locale.ROOT);
            if (format.equals("markdown")) {
                format = "md";
            }
            if (format.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "--format: an empty format in '" + value
                        + "' (give json, md or html, separated by commas)");
            }
            OutputOptions.checkFormat(format, cl, FORMATS.toArray(String[]::new));
            if (!out.contains(format)) {
                out.add(format);
            }
        }
        return out;
    }

    /**
     * Each format's file, in the order of {@code formats}; a null file means standard output (one format, no
     * --out). A usage error when several formats are asked for without --out.
     */
    static Map<String, Path> of(List<String> formats, Path out, CommandLine cl) {
        Map<String, Path> targets = new LinkedHashMap<>();
        if (formats.size() == 1) {
            targets.put(formats.get(0), out);
            return targets;
        }
        if (out == null) {
            throw new CommandLine.ParameterException(cl, "--format " + String.join(",", formats) + " writes "
                    + formats.size() + " files: give --out DIR/ or --out BASENAME (e.g. --out report writes "
                    + String.join(", ", formats.stream().map(f -> "report." + f).toList()) + ")");
        }
        String given = out.toString();
        boolean folder = Files.isDirectory(out) || given.endsWith("/") || given.endsWith(java.io.File.separator);
        for (String f : formats) {
            targets.put(f, folder ? out.resolve("report." + f) : base(out).resolveSibling(
                    base(out).getFileName() + "." + f));
        }
        return targets;
    }

    /** {@code out} without a .json, .md, .markdown or .html extension. */
    private static Path base(Path out) {
        String name = out.getFileName().toString();
        for (String ext : List.of(".json", ".md", ".markdown", ".html")) {
            if (name.toLowerCase(Locale.ROOT).endsWith(ext) && name.length() > ext.length()) {
                return out.resolveSibling(name.substring(0, name.length() - ext.length()));
            }
        }
        return out;
    }
}
