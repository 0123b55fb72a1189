package org.concord.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.concord.serve.Database;
import org.concord.serve.ServeConfig;
import org.concord.serve.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code concord token list} and {@code concord token revoke} through the real {@code Main}. */
class TokenCommandTest {
    @TempDir
    Path data;

    @Test
    void listShowsNamesAndDatesNeverTheTokenAndRevokeRefusesIt() {
        String newsroom = Cli.run("token", "create", "newsroom", "--data", data.toString()).out().strip();
        String bot = Cli.run("token", "create", "feed bot", "--data", data.toString()).out().strip();
        try (Database db = ServeConfig.defaults(data).openDatabase()) {
            assertTrue(new Tokens(db, Clock.systemUTC()).check(bot).isPresent(), "a use is noted");
        }
        Cli.Run list = Cli.run("token", "list", "--data", data.toString());
        assertEquals(Main.OK, list.status(), list.err());
        List<String> lines = list.out().lines().toList();
        assertEquals(3, lines.size(), list.out());
        assertEquals("name\tcreated\tlast_used\trevoked", lines.get(0));
        assertTrue(lines.get(1).matches("newsroom\t\\d{4}-\\d{2}-\\d{2}T[^\t]+Z\t-\t-"), lines.get(1));
        assertTrue(lines.get(2).matches("feed bot\t[^\t]+Z\t[^\t]+Z\t-"), lines.get(2));
        assertFalse(list.out().contains(newsroom) || list.out().contains(bot), "never the token");

        Cli.Run revoke = Cli.run("token", "revoke", "feed bot", "--data", data.toString());
        assertEquals(Main.OK, revoke.status(), revoke.err());
        assertEquals("revoked 1 token named 'feed bot'", revoke.out().strip());
        try (Database db = ServeConfig.defaults(data).openDatabase()) {
            Tokens tokens = new Tokens(db, Clock.systemUTC());
            assertTrue(tokens.check(bot).isEmpty(), "a revoked token is refused");
            assertTrue(tokens.check(newsroom).isPresent());
        }
        String after = Cli.run("token", "list", "--data", data.toString()).out();
        assertTrue(after.lines().skip(2).findFirst().orElse("").matches("feed bot\t[^\t]+\t[^\t]+\t[^\t]+Z"), after);

        Cli.Run again = Cli.run("token", "revoke", "feed bot", "--data", data.toString());
        assertEquals(Main.FAILED, again.status());
        assertTrue(again.err().contains("no active token is named 'feed bot'"), again.err());
        assertEquals(Main.USAGE, Cli.run("token", "revoke", "--data", data.toString()).status());
    }
}
