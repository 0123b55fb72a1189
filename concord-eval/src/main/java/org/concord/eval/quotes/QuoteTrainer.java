package org.concord.eval.quotes;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Annotation;
import org.concord.annotate.TextAnnotator;
import org.concord.eval.CachingAnnotator;
import org.concord.model.Document;
import org.concord.quote.AttributionCandidate;
import org.concord.quote.AttributionFilter;
import org.concord.quote.CueLexicon;
import org.concord.quote.QuoteExtractor;
import org.concord.quote.QuoteMention;
import org.concord.quote.SpeakerConfidence;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * {@code concord train quotes}: learns what the quote extractor's attribution mode uses from a PolNeAR split.
 * <ol>
 * <li>The {@link CueLexicon}: for each word form (and form with the word after it), how often it lies inside an
 * annotated attribution cue. Deterministic: the same split gives the same table, byte for byte.</li>
 * <li>The {@link AttributionFilter}: a logistic regression (Tribuo LinearSGDTrainer through {@link org.concord.eval.BinaryLogistic}, with log loss and
 * AdaGrad, the iterates averaged, seed {@value #SEED}) over the candidates {@link QuoteExtractor#candidates}
 * proposes, each labelled by
 * whether it overlaps a gold attribution by the eval's rule (half of the shorter span). The candidates of each half
 * of the split are proposed with a lexicon counted on the other half (two-fold jackknife), so that the cue
 * probabilities the model sees in training are as noisy as on unseen text. The threshold is the one, in steps of
 * 0.05 from 0.20 to 0.80, that maximises the sum of content F1, direct F1 and end-to-end F1 over the split.</li>
 * </ol>
 * Both tables carry their provenance ({@link #writeLexicon}, {@link #writeFilter}): the split's name and a SHA-256
 * of its files ({@link SplitDigest}). A split named dev or test is refused unless forced ({@link #checkNotHeldOut}).
 */
public final class QuoteTrainer {
    /** An entry must have been a cue this often to be kept (rarer ones answer 0 anyway, by {@link CueLexicon#MIN_COUNT}). */
    public static final int MIN_CUE = 2;
    /** The seed of the filter's training. */
    public static final long SEED = 42L;
    /** Passes over the training candidates. */
    public static final int EPOCHS = 10;

    /** Split directory names held out for evaluation: training on them needs {@code force}. */
    public static final Set<String> HELD_OUT = Set.of("dev", "test");

    /** Where a model comes from: the split read (its name and content hash) and what it holds. */
    public record Source(SplitDigest split, int documents, int attributions) {
        /** The provenance lines both tables carry. */
        String describe() {
            return "trained by: concord train quotes --data " + split.name() + " (" + documents + " documents, "
                    + attributions + " attributions)\n" + split.describe();
        }
    }

    /** What was learned, from which split, and from how many candidates. */
    public record Result(CueLexicon lexicon, AttributionFilter filter, Source source, int candidates, int positives,
                         String thresholdReport, List<PolnearReader.Problem> problems, SpeakerConfidence confidence,
                         int confidenceExamples, String confidenceReport) {}

    private QuoteTrainer() {
    }

    /** Trains the lexicon only (no annotation needed). */
    public static CueLexicon lexicon(List<PolnearDocument> docs) {
        CueLexicon.Counter counter = new CueLexicon.Counter();
        for (PolnearDocument d : docs) {
            List<int[]> cues = new ArrayList<>();
            for (GoldAttribution g : d.attributions()) {
                for (Fragment f : g.cue()) {
                    cues.add(new int[] {f.start(), f.end()});
                }
            }
            counter.add(d.text(), cues);
        }
        return counter.build(MIN_CUE);
    }

    /**
     * Refuses a split directory named {@code dev} or {@code test} (any case) unless {@code force}: those are held
     * out to measure the model on text it has not seen.
     * @throws IllegalArgumentException naming the split and the way out
     */
    public static void checkNotHeldOut(Path splitDir, boolean force) {
        Path name = splitDir.toAbsolutePath().normalize().getFileName();
        String n = name == null ? "" : name.toString();
        if (!force && HELD_OUT.contains(n.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("refusing to train on the '" + n + "' split (" + splitDir + "): dev "
                    + "and test are held out to measure the model on text it was not trained on, and a model "
                    + "trained on them makes their figures meaningless. Train on PolNeAR train, or pass --force to "
                    + "train on this split anyway.");
        }
    }

    /**
     * Trains the lexicon and the filter; progress goes to {@code log}.
     * @throws IllegalArgumentException for a held-out split without {@code force} ({@link #checkNotHeldOut})
     */
    public static Result train(Path splitDir, int threads, PrintWriter log, boolean force) throws IOException {
        checkNotHeldOut(splitDir, force);
        PolnearReader.Split split = PolnearReader.read(splitDir, 0);
        List<PolnearDocument> docs = split.documents();
        if (docs.isEmpty()) {
            throw new IOException("no annotated documents in " + splitDir);
        }
        Source source = source(split);
        CueLexicon lexicon = lexicon(docs);
        List<AnnotatedDocument> annotated = annotate(docs, threads, log);
        // two-fold jackknife: candidates of each half proposed with the other half's lexicon
        List<List<PolnearDocument>> halves = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < docs.size(); i++) {
            halves.get(i % 2).add(docs.get(i));
        }
        List<QuoteExtractor> byHalf = List.of(QuoteExtractor.attributions(lexicon(halves.get(1)), null),
                QuoteExtractor.attributions(lexicon(halves.get(0)), null)); // each half: the other half's lexicon
        List<List<AttributionCandidate>> candidates = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            candidates.add(byHalf.get(i % 2).candidates(annotated.get(i)));
        }
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(new SimpleDataSourceProvenance(
                "PolNeAR " + splitDir.getFileName() + " attribution candidates", factory), factory);
        int positives = 0;
        int n = 0;
        for (int i = 0; i < docs.size(); i++) {
            List<BitSet> gold = goldSets(docs.get(i));
            for (AttributionCandidate c : candidates.get(i)) {
                boolean yes = overlapsGold(docs.get(i).text(), c.mention(), gold);
                positives += yes ? 1 : 0;
                n++;
                String[] names = c.features().toArray(new String[0]);
                double[] values = new double[names.length];
                java.util.Arrays.fill(values, 1.0);
                data.add(new ArrayExample<>(new Label(Boolean.toString(yes)), names, values));
            }
        }
        if (positives == 0 || positives == n) {
            throw new IOException("cannot train the attribution filter from " + splitDir + ": its " + n
                    + " candidates are " + (positives == 0 ? "all non-attributions" : "all attributions")
                    + "; a split with more annotated documents is needed");
        }
        log.printf(Locale.ROOT, "concord: training the attribution filter on %d candidates (%d positive)%n", n,
                positives);
        log.flush();
        // the average of the iterates (Polyak and Juditsky 1992), as for the speaker confidence: the last iterate of
        // one SGD run moved the attributions view more than the rule changes retrained for
        Map<String, Double> weights = org.concord.eval.BinaryLogistic.trainAveraged(data, EPOCHS, SEED,
                AttributionFilter.BIAS);
        weights.values().removeIf(v -> v == 0.0);
        // the threshold: content F1 + direct F1 + end-to-end F1 over the split, 0.20 to 0.80 in steps of 0.05
        StringBuilder report = new StringBuilder();
        double bestT = 0.5;
        double best = -1;
        for (int step = 4; step <= 16; step++) {
            double t = step / 20.0;
            AttributionFilter f = AttributionFilter.of(weights, t);
            QuoteScorer.Counts sum = QuoteScorer.Counts.ZERO;
            for (int i = 0; i < docs.size(); i++) {
                List<QuoteMention> kept = f.select(candidates.get(i));
                sum = sum.plus(QuoteScorer.score(docs.get(i), ConcordQuoteSystem.predictions(kept,
                        docs.get(i).text())).counts());
            }
            double content = f1(sum.overlapTp(), sum.pred(), sum.gold());
            double direct = f1(sum.directTp(), sum.directPred(), sum.directGold());
            double e2e = f1(sum.e2eTp(), sum.pred(), sum.gold());
            double speaker = sum.speakerScored() == 0 ? 0 : (double) sum.speakerRight() / sum.speakerScored();
            report.append(String.format(Locale.ROOT, "threshold %.2f: content F1 %.4f, direct F1 %.4f, end-to-end F1"
                    + " %.4f, speaker accuracy %.4f%n", t, content, direct, e2e, speaker));
            if (content + direct + e2e > best + 1e-9) {
                best = content + direct + e2e;
                bestT = t;
            }
        }
        AttributionFilter filter = AttributionFilter.of(weights, bestT);
        log.printf(Locale.ROOT, "concord: training the speaker confidence%n");
        log.flush();
        ConfidenceTrainer.Result conf = ConfidenceTrainer.train(docs, annotated, lexicon);
        return new Result(lexicon, filter, source, n, positives, report.toString(), split.problems(), conf.model(),
                conf.examples(), conf.report());
    }

    /** The source of a model trained from {@code split}: its name, content hash and size. */
    public static Source source(PolnearReader.Split split) throws IOException {
        int attributions = split.documents().stream().mapToInt(d -> d.attributions().size()).sum();
        return new Source(SplitDigest.of(split.dir(), split.silverFile()), split.documents().size(), attributions);
    }

    /** Writes the cue lexicon as {@code concord train quotes} commits it (deterministic, byte for byte). */
    public static void writeLexicon(CueLexicon lexicon, Source source, Writer w) throws IOException {
        lexicon.write(w, "Concord attribution cue lexicon: key (word form, or form and the class of the next word),"
                + " times inside a gold cue, times seen; entries kept with cue count >= " + MIN_CUE + ".\n"
                + source.describe());
    }

    /** Writes the attribution filter as {@code concord train quotes} commits it (deterministic, byte for byte). */
    public static void writeFilter(Result r, Writer w) throws IOException {
        r.filter().write(w, "Concord attribution filter: logistic-regression weights (log-odds that a candidate is"
                + " an attribution) per feature, and the probability a candidate must reach; " + r.candidates()
                + " candidates, " + r.positives() + " positive; Tribuo LinearSGDTrainer, log loss, AdaGrad(0.5, 0.1)"
                + " with parameter averaging, " + EPOCHS + " epochs, seed " + SEED + ".\n" + r.source().describe()
                + "\n" + r.thresholdReport().strip());
    }

    /** Writes the speaker confidence model as {@code concord train quotes} commits it (deterministic). */
    public static void writeConfidence(Result r, Writer w) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("Concord speaker confidence: logistic-regression weights (log-odds that the speaker the report"
                + " gives a quote is right) per evidence feature, and the default minimum confidence of a shown"
                + " speaker (the lowest at which train's shown speakers are right at least "
                + SpeakerConfidence.TARGET_PRECISION + " of the time); " + r.confidenceExamples()
                + " matched attributions with a source; Tribuo LinearSGDTrainer, log loss, AdaGrad(0.5, 0.1) with"
                + " parameter averaging, " + ConfidenceTrainer.EPOCHS + " epochs, seed " + SEED + ".");
        header.addAll(r.source().describe().lines().toList());
        header.addAll(r.confidenceReport().strip().lines().toList());
        r.confidence().write(w, header);
    }

    private static double f1(long tp, long pred, long gold) {
        double p = pred == 0 ? 0 : (double) tp / pred;
        double r = gold == 0 ? 0 : (double) tp / gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<AnnotatedDocument> annotate(List<PolnearDocument> docs, int threads, PrintWriter log)
            throws IOException {
        TextAnnotator annotator = CachingAnnotator.coreNlp();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<AnnotatedDocument>> futures = new ArrayList<>();
            for (PolnearDocument pd : docs) {
                futures.add(pool.submit(() -> {
                    Document d = new Document(pd.name(), pd.name(), null, null, null, false, pd.text(), List.of(),
                            null);
                    Annotation a = annotator.annotate(pd.text(), null);
                    return new AnnotatedDocument(d, a);
                }));
            }
            List<AnnotatedDocument> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                out.add(futures.get(i).get());
                if ((i + 1) % 100 == 0 || i + 1 == futures.size()) {
                    log.printf(Locale.ROOT, "concord: annotated %d/%d training documents%n", i + 1, futures.size());
                    log.flush();
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while annotating", e);
        } catch (ExecutionException e) {
            throw new IOException("annotating a training document failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<BitSet> goldSets(PolnearDocument d) {
        List<BitSet> out = new ArrayList<>();
        for (GoldAttribution g : d.attributions()) {
            BitSet b = Spans.normalised(d.text(), g.content());
            if (!b.isEmpty()) {
                out.add(b);
            }
        }
        return out;
    }

    /** The eval's overlap rule against any gold content, for the scorer's view of the mention. */
    private static boolean overlapsGold(String text, QuoteMention m, List<BitSet> gold) {
        int start = ConcordQuoteSystem.withComplementizer(m, text);
        BitSet b = Spans.normalised(text, Math.min(start, text.length()), Math.min(m.end(), text.length()));
        if (b.isEmpty()) {
            return false;
        }
        for (BitSet g : gold) {
            if (Spans.halfOverlap(Spans.intersection(g, b), g.cardinality(), b.cardinality())) {
                return true;
            }
        }
        return false;
    }
}
