package org.concord.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.model.Entity;
import org.concord.model.Quote;
import org.concord.model.Report;
import org.concord.model.Speaker;
import org.concord.model.Story;

/**
 * Speaker corrections: a quote, by its stable id, is given another speaker (or none). The engine has no such
 * correction, so the store applies them to every report the worker makes before it is stored: they hold after
 * every re-analysis. The speaker is linked to the story's entity of that name (or alias) when there is one.
 *
 * @param speakers quote id to the speaker's name; a null name removes the speaker
 */
record SpeakerFixes(Map<String, String> speakers) {
    static final SpeakerFixes NONE = new SpeakerFixes(Map.of());

    SpeakerFixes {
        speakers = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(speakers));
    }

    /** {@code report} with the fixes applied (the same report when there are none). */
    Report apply(Report report) {
        if (speakers.isEmpty()) {
            return report;
        }
        List<Story> stories = new ArrayList<>();
        for (Story s : report.stories()) {
            List<Quote> quotes = new ArrayList<>();
            for (Quote q : s.quotes()) {
                if (speakers.containsKey(q.id())) {
                    String name = speakers.get(q.id());
                    Speaker sp = name == null ? null : new Speaker(name, entityNamed(s, name));
                    quotes.add(new Quote(q.id(), q.text(), sp, q.occurrences()));
                } else {
                    quotes.add(q);
                }
            }
            stories.add(new Story(s.id(), s.headline(), s.documents(), s.related(), s.summary(), s.entities(), quotes,
                    s.timeline(), s.claims()));
        }
        return new Report(report.schema(), report.documents(), stories, report.skipped(), report.analysis());
    }

    /** The id of the story's entity called {@code name} (its name or an alias, any case), or null. */
    static String entityNamed(Story s, String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Entity e : s.entities()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(n)) {
                return e.id();
            }
        }
        for (Entity e : s.entities()) {
            for (String a : e.aliases()) {
                if (a.toLowerCase(Locale.ROOT).equals(n)) {
                    return e.id();
                }
            }
        }
        return null;
    }
}
