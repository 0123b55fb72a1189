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
 * of tokens that no such mention covers (consecutive tokens of one timex id form one span).
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
        List<TimexSpan> out = new ArrayList<>();
        int tokens = 0;
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) {
            return new Tagged(out, 0);
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            tokens += toks.size();
            List<TimexSpan> fromMentions = new ArrayList<>();
            List<CoreMap> mentions = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (mentions != null) {
                for (CoreMap m : mentions) {
                    Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
                    if (tx != null) {
                        fromMentions.add(new TimexSpan(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), tx.timexType(),
                                tx.value()));
                    }
                }
            }
            out.addAll(fromMentions);
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
                out.add(new TimexSpan(t.beginPosition(), toks.get(j - 1).endPosition(), tx.timexType(), tx.value()));
                i = j;
            }
        }
        out.sort(Comparator.comparingInt(TimexSpan::start).thenComparingInt(TimexSpan::end));
        return new Tagged(out, tokens);
    }

    private static boolean covered(List<TimexSpan> spans, int pos) {
        for (TimexSpan s : spans) {
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
