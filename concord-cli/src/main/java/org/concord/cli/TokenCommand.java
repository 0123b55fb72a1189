package org.concord.cli;

import java.util.concurrent.Callable;
import org.concord.serve.Database;
import org.concord.serve.Tokens;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code concord token create NAME}: a new API token for {@code concord serve}, printed once, stored hashed. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Manage the API tokens of concord serve (writes need one: Authorization: Bearer TOKEN).",
        subcommands = TokenCommand.Create.class)
final class TokenCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a token command is required: create");
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
}
