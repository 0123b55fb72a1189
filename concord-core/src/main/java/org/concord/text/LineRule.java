package org.concord.text;

import java.util.Locale;
import java.util.regex.Pattern;
import org.concord.model.RemovalReason;

/**
 * One boilerplate rule over a whole paragraph line: a reason (recorded in {@code removed}), a pattern that must
 * be found in the line, and the most words such a line may have (real paragraphs that merely mention "subscribe"
 * are longer than a prompt).
 */
public record LineRule(RemovalReason reason, Pattern pattern, int maxWords) {
    static LineRule of(RemovalReason reason, String regex, int maxWords) {
        return new LineRule(reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), maxWords);
    }

    /** Whether a line of {@code words} words is this boilerplate. */
    public boolean matches(String line, int words) {
        return words <= maxWords && pattern.matcher(line.toLowerCase(Locale.ROOT)).find();
    }
}
