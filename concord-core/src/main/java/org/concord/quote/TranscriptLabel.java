package org.concord.quote;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcript lines in quotation marks: "WALLACE: Let's start with …" is the labelled speaker's, the content after
 * the label; a passage opening a paragraph right after such a line, with no cue of its own, continues the same
 * answer ("PENCE: …" then "Well, …"). Runs after {@link DirectQuotation}, whose passage cues it reads and whose
 * mentions it replaces for these passages.
 */
final class TranscriptLabel implements QuoteRule {
    /** A transcript speaker label: "WALLACE: ", "SEN. KAINE: ". */
    static final Pattern LABEL = Pattern.compile("([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):\\s+");

    @Override
    public void find(TokenView view, SpeakerReader speakers, Found found) {
        List<QuoteMarks.Passage> passages = view.passages();
        String text = view.text();
        Cue[] cueOf = found.passageCues();
        Cue transcript = null; // the speaker of the last transcript line, while its paragraphs follow
        for (int i = 0; i < passages.size(); i++) {
            QuoteMarks.Passage p = passages.get(i);
            Cue c = cueOf[i];
            if (transcript != null && (i == 0 || !view.onlyMarksBetween(passages.get(i - 1).end(), p.start()))) {
                transcript = null;
            }
            boolean continued = false;
            if (c == null && transcript != null && p.opensParagraph()) {
                c = transcript; // a transcript answer running over paragraphs: "PENCE: …" then "Well, …"
                continued = true;
            }
            if (DirectQuotation.speechless(view, p, c)) {
                continue;
            }
            Matcher label = LABEL.matcher(text.substring(p.start(), p.end()));
            if (label.lookingAt() && label.end() < p.end() - p.start()) {
                // a transcript line in marks: "WALLACE: Let's start with …"
                int ls = p.start() + label.start(1);
                int le = p.start() + label.end(1);
                Cue speaker = Cue.ofSpeaker(text.substring(ls, le), ls, le, SpeakerKind.NAME);
                transcript = speaker.asBorrowed();
                found.putPassage(i, view.mention(p.start() + label.end(), p.end(), speaker, true));
            } else if (continued) {
                found.putPassage(i, view.mention(p.start(), p.end(), c, true));
            }
        }
    }
}
