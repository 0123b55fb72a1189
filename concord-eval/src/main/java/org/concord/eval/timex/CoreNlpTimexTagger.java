package org.concord.eval.timex;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * System {@code corenlp}: a plain Stanford CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner) with SUTime's
 * defaults (Chang and Manning 2012, "SUTime: A library for recognizing and normalizing time expressions"), the
 * document date set per document. The TIMEX3 are read from the {@code TimexAnnotation} of the entity mentions, and
 * of tokens that no such mention covers (consecutive tokens of one timex id form one span). One TIMEX3 is one span:
 * neighbouring pieces of the same timex id (CoreNLP splits "Sunday night" into a DATE and a TIME mention that carry
 * the same timex) separated only by whitespace are joined.
 */
final class CoreNlpTimexTagger implements TimexTagger {
    private final StanfordCoreNLP pipeline;

    private CoreNlpTimexTagger(StanfordCoreNLP pipeline) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    /** Builds the pipeline (loads the models). */
    static CoreNlpTimexTagger create() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ner.applyFineGrained", "false");
        return new CoreNlpTimexTagger(new StanfordCoreNLP(props));
    }

    @Override
    public Tagged tag(String text, LocalDate anchor) {
        Annotation doc = new Annotation(text);
        if (anchor != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, anchor.toString());
        }
        pipeline.annotate(doc);
        List<Piece> pieces = new ArrayList<>();
        int tokens = 0;
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return new Tagged(List.of(), 0);
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            tokens += toks.size();
            List<Piece> fromMentions = new ArrayList<>();
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
                    if (tx != null) {
                        fromMentions.add(new Piece(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tx));
                    }
                }
            }
            pieces.addAll(fromMentions);
            // tokens carrying a timex that no mention covers: group consecutive tokens of the same timex id
            int i = 0;
            while (i < toks.size()) {
                CoreLabel t = toks.get(i);
                Timex tx = t.get(TimeAnnotations.TimexAnnotation.class);
                if (tx == null || covered(fromMentions, t.beginPosition())) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < toks.size() && sameTimex(tx, toks.get(j).get(TimeAnnotations.TimexAnnotation.class))
                        && !covered(fromMentions, toks.get(j).beginPosition())) {
                    j++;
                }
                pieces.add(new Piece(t.beginPosition(), toks.get(j - 1).endPosition(), tx));
                i = j;
            }
        }
        return new Tagged(join(text, pieces), tokens);
    }

    /**
     * One span per TIMEX3: pieces in text order, neighbours of the same timex id separated only by whitespace joined;
     * type and value are the timex's.
     */
    static List<TimexSpan> join(String text, List<Piece> unsorted) {
        List<Piece> pieces = new ArrayList<>(unsorted);
        pieces.sort(Comparator.comparingInt(Piece::start).thenComparingInt(Piece::end));
        List<TimexSpan> out = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Piece p = pieces.get(i);
            int end = p.end();
            int j = i + 1;
            while (j < pieces.size() && sameTimex(p.timex(), pieces.get(j).timex()) && pieces.get(j).start() >= end
                    && text.substring(end, pieces.get(j).start()).isBlank()) {
                end = pieces.get(j).end();
                j++;
            }
            out.add(new TimexSpan(p.start(), end, p.timex().timexType(), p.timex().value()));
            i = j;
        }
        return out;
    }

    /** A piece of text CoreNLP attached a timex to. */
    record Piece(int start, int end, Timex timex) {}

    private static boolean covered(List<Piece> spans, int pos) {
        for (Piece s : spans) {
            if (pos >= s.start() && pos < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameTimex(Timex a, Timex b) {
        if (b == null) {
            return false;
        }
        if (a == b) {
            return true;
        }
        return a.tid() != null && a.tid().equals(b.tid());
    }
}
