package org.concord.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the condition decides for a folder that is there, one that is not, and a missing path inside it. */
class SharedDataConditionTest {
    @TempDir
    Path tmp;
    private final String before = System.getProperty(SharedDataCondition.DIR_PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(SharedDataCondition.DIR_PROPERTY);
        } else {
            System.setProperty(SharedDataCondition.DIR_PROPERTY, before);
        }
    }

    @SharedData
    static final class NeedsFolder {
    }

    @SharedData({"data/a", "data/b"})
    static final class NeedsPaths {
    }

    static final class NeedsNothing {
    }

    @Test
    void aMissingFolderIsNamedWithTheWayToFixIt() {
        System.setProperty(SharedDataCondition.DIR_PROPERTY, tmp.resolve("absent").toString());
        Optional<String> why = SharedDataCondition.missing(NeedsFolder.class);
        assertTrue(why.isPresent());
        assertTrue(why.get().startsWith(SharedDataCondition.SKIP_PREFIX), why.get());
        assertTrue(why.get().contains(tmp.resolve("absent").toString()), why.get());
        assertFalse(SharedDataCondition.missing(NeedsNothing.class).isPresent());
    }

    @Test
    void eachMissingPathIsListedAndPresentOnesPass() throws Exception {
        System.setProperty(SharedDataCondition.DIR_PROPERTY, tmp.toString());
        Files.createDirectories(tmp.resolve("data/a"));
        assertEquals(Optional.empty(), SharedDataCondition.missing(NeedsFolder.class));
        Optional<String> why = SharedDataCondition.missing(NeedsPaths.class);
        assertTrue(why.isPresent());
        assertTrue(why.get().contains("missing data/b in "), why.get());
        assertFalse(why.get().contains("data/a,"), why.get());
        Files.createDirectories(tmp.resolve("data/b"));
        assertEquals(Optional.empty(), SharedDataCondition.missing(NeedsPaths.class));
        assertEquals(tmp.resolve("data/b").toAbsolutePath(), SharedDataCondition.path("data/b"));
    }
}
