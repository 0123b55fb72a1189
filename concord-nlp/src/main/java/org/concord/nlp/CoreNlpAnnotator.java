package org.concord.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import org.concord.annotate.Annotation;
import org.concord.annotate.Mention;
import org.concord.annotate.Sentence;
import org.concord.annotate.TextAnnotator;
import org.concord.annotate.Token;

/**
 * Stanford CoreNLP (tokenize, ssplit, pos, lemma, ner with SUTime) behind Concord's {@link TextAnnotator}.
 * The CoreNLP pipeline is built once in the constructor (the expensive part: model loading) and is safe to share
 * between threads; {@link #annotate} may be called concurrently.
 */
public final class CoreNlpAnnotator implements TextAnnotator {
    /** The CoreNLP version on the class path, for provenance. */
    public static final String VERSION = "4.5.10";

    private final StanfordCoreNLP pipeline;
    private final String version;

    private CoreNlpAnnotator(Properties props) {
        this.pipeline = new StanfordCoreNLP(props);
        this.version = versionOf(props);
        if (Boolean.parseBoolean(props.getProperty(SUTIME_PREFILTER, "false"))) {
            PrefilteredTimeExtractor.install(pipeline);
        }
    }

    /**
     * Concord's own setting (CoreNLP ignores it): SUTime runs only on sentences {@link TemporalCues} lets through,
     * which gives the same annotation at a fraction of the cost (docs/performance.md). Its name starts with
     * {@code ner.} so that it is part of the NER annotator's signature: CoreNLP shares one NER annotator between
     * pipelines of equal signature, and a pipeline without the prefilter (the CoreNLP baseline) must not get it.
     */
    public static final String SUTIME_PREFILTER = "ner.concord.sutimePrefilter";

    /** The default Concord pipeline: tokenize, ssplit (a newline ends a sentence), pos, lemma, ner with SUTime. */
    public static CoreNlpAnnotator create() {
        return new CoreNlpAnnotator(defaultProperties());
    }

    private static final class Shared {
        static final CoreNlpAnnotator INSTANCE = create();
    }

    /** One default pipeline per JVM, built on first use (tests and tools that run many analyses share it). */
    public static CoreNlpAnnotator shared() {
        return Shared.INSTANCE;
    }

    /** A pipeline with extra or overriding CoreNLP properties on top of the defaults. */
    public static CoreNlpAnnotator create(Properties overrides) {
        Properties props = defaultProperties();
        props.putAll(Objects.requireNonNull(overrides, "overrides"));
        return new CoreNlpAnnotator(props);
    }

    static Properties defaultProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // fine-grained NER (KBP regexner) triples annotation time (745 vs 2,102 tokens/s on one core, PolNeAR
        // train); Concord reads roles and titles with its own lexicon instead (resolve.EntityResolver)
        props.setProperty("ner.applyFineGrained", "false");
        // two of CoreNLP's three CRF models: the 3-class one (PERSON, ORGANIZATION, LOCATION) and the 4-class CoNLL
        // one (MISC, which claims and quotes read); the 7-class MUC model is left out: its DATE, TIME, MONEY and
        // PERCENT are SUTime's and the numeric rules' too, and it cost a sixth of the annotation time
        // (docs/performance.md; every regression holds without it)
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        props.setProperty("ner.buildEntityMentions", "true");
        props.setProperty("ner.useSUTime", "true");
        props.setProperty("sutime.includeRange", "false");
        props.setProperty(SUTIME_PREFILTER, "true");
        props.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
        return props;
    }

    /** The underlying CoreNLP pipeline, for baselines that need CoreNLP's own output. */
    public StanfordCoreNLP pipeline() {
        return pipeline;
    }

    @Override
    public String name() {
        return "corenlp-" + VERSION;
    }

    /**
     * The name, this pipeline's settings and the conversion's own version ({@link #CONVERSION}), so that saved
     * annotations made under other settings are never read back.
     */
    @Override
    public String version() {
        return version;
    }

    /**
     * Bumped whenever {@link #convert} changes what it makes of the same CoreNLP output, or Concord changes how the
     * pipeline runs (2: SUTime isolated per thread and document, {@link IsolatedTimeExtractor}).
     */
    static final int CONVERSION = 2;

    /** The {@link #version()} of the default pipeline ({@link #create()}, {@link #shared()}), without loading it. */
    public static String defaultVersion() {
        return versionOf(defaultProperties());
    }

    static String versionOf(Properties props) {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(props).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
        return "corenlp-" + VERSION + "+c" + CONVERSION + "+" + Integer.toHexString(sb.toString().hashCode());
    }

    @Override
    public Annotation annotate(String text, LocalDate documentDate) {
        edu.stanford.nlp.pipeline.Annotation doc = new edu.stanford.nlp.pipeline.Annotation(text);
        if (documentDate != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
        }
        pipeline.annotate(doc);
        return convert(doc);
    }

    private static String text(edu.stanford.nlp.pipeline.Annotation doc) {
        return doc.get(CoreAnnotations.TextAnnotation.class);
    }

    /** Converts a CoreNLP annotation (tokenize..ner) into Concord's records. */
    public static Annotation convert(edu.stanford.nlp.pipeline.Annotation doc) {
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<org.concord.annotate.Timex> timexes = new ArrayList<>();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (coreSentences == null) {
            return new Annotation(sentences, mentions, timexes);
        }
        int tokenIndex = 0;
        for (int si = 0; si < coreSentences.size(); si++) {
            CoreMap s = coreSentences.get(si);
            List<Token> tokens = new ArrayList<>();
            for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String ner = t.ner() == null ? "O" : t.ner();
                tokens.add(new Token(tokenIndex++, t.beginPosition(), t.endPosition(), t.word(),
                        t.lemma() == null ? t.word().toLowerCase(Locale.ROOT) : t.lemma(), t.tag(), ner));
            }
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(si, start, end, tokens));
            List<CoreMap> ms = s.get(CoreAnnotations.MentionsAnnotation.class);
            if (ms == null) {
                continue;
            }
            org.concord.annotate.Timex open = null;
            String openTid = null;
            for (CoreMap m : ms) {
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                int ms0 = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int me0 = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                String mtext = m.get(CoreAnnotations.TextAnnotation.class);
                Timex tx = m.get(TimeAnnotations.TimexAnnotation.class);
                if (tx != null) {
                    // SUTime may split one TIMEX3 ("Sunday night") over several mentions: join pieces of one tid
                    if (open != null && tx.tid() != null && tx.tid().equals(openTid)
                            && text(doc).substring(open.end(), ms0).isBlank()) {
                        open = new org.concord.annotate.Timex(open.start(), me0,
                                text(doc).substring(open.start(), me0), open.type(), open.value(), si);
                        timexes.set(timexes.size() - 1, open);
                        continue;
                    }
                    String ttype = tx.timexType() != null ? tx.timexType() : type;
                    open = new org.concord.annotate.Timex(ms0, me0, mtext, ttype, tx.value(), si);
                    openTid = tx.tid();
                    timexes.add(open);
                } else if (type != null && !"DATE".equals(type) && !"TIME".equals(type)
                        && !"DURATION".equals(type) && !"SET".equals(type)) {
                    // a DATE or TIME tag with no TIMEX3 behind it is a tagging fragment, not an entity
                    mentions.add(new Mention(ms0, me0, mtext, type, si));
                }
            }
        }
        return new Annotation(sentences, mentions, timexes);
    }
}
