package org.concord.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The kit as a build meets it: the same annotated tests run through the JUnit engine are skipped with the reason
 * when the shared folder is missing, fail when {@value SharedDataCondition#REQUIRE_PROPERTY} is true, and run when
 * the folder is there.
 */
class SharedDataEngineTest {
    @TempDir
    static Path tmp;
    private final String dir = System.getProperty(SharedDataCondition.DIR_PROPERTY);
    private final String required = System.getProperty(SharedDataCondition.REQUIRE_PROPERTY);

    @AfterEach
    void restore() {
        set(SharedDataCondition.DIR_PROPERTY, dir);
        set(SharedDataCondition.REQUIRE_PROPERTY, required);
    }

    private static void set(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    /** Run only through the engine kit below (the nested classes are not picked up by the build on their own). */
    static final class Sample {
        @SharedData
        static final class OnMethods {
            @Test
            void one() {
            }

            @Test
            void two() {
            }
        }

        static final class Mixed {
            @Test
            void needsNothing() {
            }

            @Test
            @SharedData("data/x")
            void needsX() {
            }
        }
    }

    private static EngineExecutionResults run(Class<?> c) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(c)).execute();
    }

    @Test
    void missingFolderSkipsWithTheReason() {
        System.setProperty(SharedDataCondition.DIR_PROPERTY, tmp.resolve("absent").toString());
        System.clearProperty(SharedDataCondition.REQUIRE_PROPERTY);
        run(Sample.OnMethods.class).allEvents().assertThatEvents().haveExactly(1,
                event(skippedWithReason(r -> r.startsWith(SharedDataCondition.SKIP_PREFIX))));
        run(Sample.Mixed.class).testEvents().assertStatistics(s -> s.skipped(1).succeeded(1).failed(0));
    }

    @Test
    void missingFolderFailsWhenRequired() {
        System.setProperty(SharedDataCondition.DIR_PROPERTY, tmp.resolve("absent").toString());
        System.setProperty(SharedDataCondition.REQUIRE_PROPERTY, "true");
        EngineExecutionResults onMethods = run(Sample.OnMethods.class);
        onMethods.testEvents().assertStatistics(s -> s.skipped(0).succeeded(0));
        onMethods.allEvents().assertThatEvents().haveExactly(1,
                finishedWithFailure(message(m -> m.contains("concord.requireShared=true"))));
        EngineExecutionResults mixed = run(Sample.Mixed.class);
        mixed.testEvents().assertStatistics(s -> s.succeeded(1).failed(1));
        mixed.testEvents().assertThatEvents().haveExactly(1,
                event(test("needsX"), finishedWithFailure(message(m -> m.contains("no folder")))));
    }

    @Test
    void presentFolderRunsEverything() throws Exception {
        java.nio.file.Files.createDirectories(tmp.resolve("shared/data/x"));
        System.setProperty(SharedDataCondition.DIR_PROPERTY, tmp.resolve("shared").toString());
        System.setProperty(SharedDataCondition.REQUIRE_PROPERTY, "true");
        run(Sample.OnMethods.class).testEvents().assertStatistics(s -> s.succeeded(2).skipped(0).failed(0));
        run(Sample.Mixed.class).testEvents().assertStatistics(s -> s.succeeded(2).skipped(0).failed(0));
    }
}
