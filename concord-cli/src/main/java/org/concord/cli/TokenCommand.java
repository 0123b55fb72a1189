package org.concord.cli;

import java.util.concurrent.Callable;
import org.concord.serve.Database;
import org.concord.serve.Tokens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code concord token create NAME}: a new API token for {@code concord serve}, printed once, stored hashed;
 * {@code concord token list}: every token's name, creation, last use and revocation (never the token);
 * {@code concord token revoke NAME}: the tokens of that name are refused from then on (401).
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Manage the API tokens of concord serve (writes need one: Authorization: Bearer TOKEN).",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a token command is required: create, list or "
                + "revoke");
    }

    /** {@code concord token create NAME}. */
    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a token named NAME and print it on standard output: the only time it is shown "
                    + "(the store keeps its SHA-256).",
                    "Exit status: 0 created, 1 the store could not be opened, 2 usage error."})
    static final class Create implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "Who or what the token is for (shown in audit records).")
        String name;

        @CommandLine.Mixin
        StoreOptions store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            CommandLine cl = spec.commandLine();
            if (name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
                throw new CommandLine.ParameterException(cl, "NAME must be 1 to 200 characters, without control "
                        + "characters");
            }
            try (Database db = store.config().openDatabase()) {
                String token = new Tokens(db, java.time.Clock.systemUTC()).create(name);
                cl.getOut().println(token);
                cl.getOut().flush();
                return Main.OK;
            } catch (Database.StoreException e) {
                cl.getErr().println("concord: " + ErrorHandler.firstLine(e.getMessage())
                        + StoreOptions.hint(e.getMessage()));
                return Main.FAILED;
            }
        }
    }

    /** {@code concord token list}: one tab-separated line per token, after a header; "-" where there is nothing. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the tokens, in the order created: name, created, last used (to the minute), "
                    + "revoked (tab-separated, '-' for never). The tokens themselves are never shown: the store "
                    + "keeps their SHA-256 only.",
                    "Exit status: 0 listed, 1 the store could not be opened, 2 usage error."})
    static final class ListTokens implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            CommandLine cl = spec.commandLine();
            try (Database db = store.config().openDatabase()) {
                java.io.PrintWriter out = cl.getOut();
                out.println("name\tcreated\tlast_used\trevoked");
                for (Tokens.Info t : new Tokens(db, java.time.Clock.systemUTC()).list()) {
                    out.println(t.name() + "\t" + t.createdAt() + "\t" + orDash(t.lastUsedAt()) + "\t"
                            + orDash(t.revokedAt()));
                }
                out.flush();
                return Main.OK;
            } catch (Database.StoreException e) {
                return failed(cl, e);
            }
        }

        private static String orDash(java.time.Instant t) {
            return t == null ? "-" : t.toString();
        }
    }

    /** {@code concord token revoke NAME}. */
    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = {"Revoke the tokens named NAME: requests presenting them are refused (401) from then on. "
                    + "The rows stay, for the audit trail (token list shows when each was revoked).",
                    "Exit status: 0 revoked, 1 no token of that name is active or the store could not be opened, "
                            + "2 usage error."})
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "NAME", description = "The name the token was created with.")
        String name;

        @CommandLine.Mixin
        StoreOptions store;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            CommandLine cl = spec.commandLine();
            try (Database db = store.config().openDatabase()) {
                int n = new Tokens(db, java.time.Clock.systemUTC()).revoke(name);
                if (n == 0) {
                    cl.getErr().println("concord: no active token is named '" + name + "' (concord token list)");
                    cl.getErr().flush();
                    return Main.FAILED;
                }
                cl.getOut().println("revoked " + n + " token" + (n == 1 ? "" : "s") + " named '" + name + "'");
                cl.getOut().flush();
                return Main.OK;
            } catch (Database.StoreException e) {
                return failed(cl, e);
            }
        }
    }

    private static int failed(CommandLine cl, Database.StoreException e) {
        cl.getErr().println("concord: " + ErrorHandler.firstLine(e.getMessage()) + StoreOptions.hint(e.getMessage()));
        cl.getErr().flush();
        return Main.FAILED;
    }
}
