package org.concord.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class or method that reads the shared folder ({@code ../shared} beside the checkout: seeds, public
 * data sets, specs). When the folder, or one of the {@link #value() paths} named inside it, is missing, the test is
 * skipped with the reason, and the build's summary line counts it ({@link SharedDataSummary}); when the system
 * property {@value SharedDataCondition#REQUIRE_PROPERTY} is {@code true} (CI sets it), a missing folder fails the
 * test instead. Tests reach the folder through {@link SharedDataCondition#dir()} and
 * {@link SharedDataCondition#path(String)}.
 *
 * <pre>{@code
 * @SharedData("data/quotes/polnear/dev")
 * class PolnearDevSplitTest { ... SharedDataCondition.path("data/quotes/polnear/dev") ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(SharedDataCondition.class)
public @interface SharedData {
    /** Paths inside the shared folder the test reads ("seeds", "data/time/tbaq"); empty: the folder itself. */
    String[] value() default {};
}
