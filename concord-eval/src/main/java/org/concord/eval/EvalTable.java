package org.concord.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** The human-readable table of an eval result (standard error on the command line). */
public final class EvalTable {
    private EvalTable() {
    }

    public static void print(EvalResult r, PrintStream out) {
        out.printf(Locale.ROOT, "%s on %s, system %s: n=%d, %.1fs%s%n", r.task(), r.data(), r.system(), r.n(),
                r.elapsedS(), r.tokensPerS() == null ? "" : String.format(Locale.ROOT, ", %.0f tokens/s", r.tokensPerS()));
        for (Map.Entry<String, Double> m : r.metrics().entrySet()) {
            out.printf(Locale.ROOT, "  %-28s %.4f%n", m.getKey(), m.getValue());
        }
        out.flush();
    }
}
