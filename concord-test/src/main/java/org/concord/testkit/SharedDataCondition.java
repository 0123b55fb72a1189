package org.concord.testkit;

import java.lang.reflect.AnnotatedElement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link SharedData}: a test whose shared paths are missing is disabled (reported as skipped,
 * its reason starting with {@value #SKIP_PREFIX}), unless {@value #REQUIRE_PROPERTY} is {@code true}, in which case
 * it runs and fails before its first line with the same reason. The folder is the system property
 * {@value #DIR_PROPERTY} (the parent pom sets it to {@code ../shared} beside the checkout).
 */
public final class SharedDataCondition implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback {
    /** System property: the shared folder. */
    public static final String DIR_PROPERTY = "concord.shared";
    /** System property: when {@code true}, a missing shared folder fails the tests that need it. */
    public static final String REQUIRE_PROPERTY = "concord.requireShared";
    /** How every skip reason of this extension begins (the summary counts them by it). */
    public static final String SKIP_PREFIX = "needs the shared data: ";

    /** The shared folder as configured (it may not exist). */
    public static Path dir() {
        String p = System.getProperty(DIR_PROPERTY);
        return (p == null || p.isBlank() ? Path.of("..", "shared") : Path.of(p)).toAbsolutePath().normalize();
    }

    /** A path inside the shared folder ("data/quotes/polnear/dev"). */
    public static Path path(String relative) {
        return dir().resolve(relative);
    }

    /** Whether the build says the shared folder must be present. */
    public static boolean required() {
        return Boolean.parseBoolean(System.getProperty(REQUIRE_PROPERTY, "false").strip());
    }

    /** Why the element cannot run here (a missing folder or path), or empty when everything it names exists. */
    static Optional<String> missing(AnnotatedElement element) {
        Optional<SharedData> a = AnnotationSupport.findAnnotation(element, SharedData.class);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        Path dir = dir();
        if (!Files.isDirectory(dir)) {
            return Optional.of(SKIP_PREFIX + "no folder " + dir + " (put the shared folder beside the checkout, or "
                    + "pass -Dshared.dir=DIR to Maven)");
        }
        List<String> absent = new ArrayList<>();
        for (String p : a.get().value()) {
            if (!Files.exists(dir.resolve(p))) {
                absent.add(p);
            }
        }
        return absent.isEmpty() ? Optional.empty()
                : Optional.of(SKIP_PREFIX + "missing " + String.join(", ", absent) + " in " + dir);
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<AnnotatedElement> element = context.getElement();
        Optional<String> why = element.flatMap(SharedDataCondition::missing);
        if (why.isEmpty()) {
            return ConditionEvaluationResult.enabled("shared data present");
        }
        if (required()) {
            return ConditionEvaluationResult.enabled("shared data required: the test fails before it starts");
        }
        return ConditionEvaluationResult.disabled(why.get());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        failIfRequiredAndMissing(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        failIfRequiredAndMissing(context);
    }

    private static void failIfRequiredAndMissing(ExtensionContext context) {
        Optional<String> why = context.getElement().flatMap(SharedDataCondition::missing);
        if (why.isPresent() && required()) {
            throw new AssertionError(why.get() + "; " + REQUIRE_PROPERTY + "=true says it must be there");
        }
    }
}
