package org.concord.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;

/**
 * How {@code concord} reports a failure on standard error. A usage error (bad flag or value, missing path): one
 * line per problem, picocli's "Did you mean" hints for a mistyped flag or command, then a line pointing at the
 * command's own help, exit status 2; the full usage only with {@code --help}. Nothing readable: one line, exit 1.
 * A file that cannot be read or written: one line, exit 1. Anything else is a bug: its stack trace, exit 1.
 */
final class ErrorHandler implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String message = ex.getMessage() == null ? "usage error" : ex.getMessage();
        message.lines().filter(l -> !l.isBlank()).forEach(l -> err.println("concord: " + l));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println(tryHelp(cl));
        err.flush();
        return Main.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        int status = Main.FAILED;
        if (ex instanceof NothingReadable) {
            err.println("concord: " + ex.getMessage());
        } else if (ex instanceof IllegalArgumentException) {
            err.println("concord: " + firstLine(ex.getMessage()));
            err.println(tryHelp(cl));
            status = Main.USAGE;
        } else if (ex instanceof IOException io) {
            err.println("concord: " + describe(io));
        } else if (ex instanceof UncheckedIOException io) {
            err.println("concord: " + describe(io.getCause()));
        } else {
            err.println("concord: " + ex);
            ex.printStackTrace(err);
        }
        err.flush();
        return status;
    }

    /** "Try 'concord analyze --help' for more information." for the command that failed. */
    static String tryHelp(CommandLine cl) {
        return "Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.";
    }

    /** The file an I/O error is about (when it names one) and why, on one line. */
    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + reason(e);
        }
        return reason(e);
    }

    /** Why an I/O error happened, on one line, without the file it is about. */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            if (e instanceof NoSuchFileException) {
                return "no such file or directory";
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof DirectoryNotEmptyException) {
                return "a directory is in the way";
            }
            if (e instanceof NotDirectoryException) {
                return "not a directory";
            }
            if (e instanceof FileAlreadyExistsException) {
                return "already exists";
            }
        }
        String m = firstLine(e.getMessage());
        return m.isEmpty() ? e.getClass().getSimpleName() : m;
    }

    /** The first line of a message (a parser's message goes on with the place it failed), "" for none. */
    static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
