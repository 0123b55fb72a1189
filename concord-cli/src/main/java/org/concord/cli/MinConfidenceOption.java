package org.concord.cli;

import org.concord.model.Quote;
import org.concord.quote.QuoteStep;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --min-confidence P}: the lowest confidence at which a quote's speaker is shown (a picocli mixin). A quote
 * whose speaker is less likely right keeps its words and shows no speaker; its confidence stays in the report.
 */
final class MinConfidenceOption {
    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Show a quote's speaker only when its estimated probability of being right is at least P "
                    + "(0 to 1; default: the model's own threshold, chosen on PolNeAR train so that about 95%% of "
                    + "the speakers shown are right; 0 shows every speaker found).")
    Double minConfidence;

    /** The value given, checked, or null when none was given. */
    Double value(CommandLine cl) {
        if (minConfidence != null && !(minConfidence >= 0 && minConfidence <= 1)) {
            throw new CommandLine.ParameterException(cl, "--min-confidence must be a number from 0 to 1, got "
                    + minConfidence);
        }
        return minConfidence;
    }

    /** The threshold in force: the value given, else the default. */
    static double orDefault(Double given) {
        return given != null ? given : QuoteStep.defaultMinConfidence();
    }

    /** {@code q} with its speaker withheld when its confidence is below {@code min}; itself otherwise. */
    static Quote apply(Quote q, double min) {
        if (q.speaker() == null || q.confidence() == null || q.confidence() >= min) {
            return q;
        }
        return new Quote(q.id(), q.text(), null, q.occurrences(), q.confidence());
    }
}
