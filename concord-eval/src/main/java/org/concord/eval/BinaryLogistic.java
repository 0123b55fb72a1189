package org.concord.eval;

import com.oracle.labs.mlrg.olcut.util.Pair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.math.optimisers.ParameterAveraging;
import org.tribuo.math.StochasticGradientOptimiser;

/**
 * The one way Concord's trainers learn a yes/no logistic regression with Tribuo and turn it into a plain weight
 * table: {@link LinearSGDTrainer} with log loss and AdaGrad(0.5, 0.1) over labels "true" and "false"; the binary
 * log-odds weight of a feature is its "true" weight minus its "false" weight, the bias is stored under
 * {@code biasName}, every weight rounded to six decimals.
 */
public final class BinaryLogistic {
    /** Held so that its level is not lost to garbage collection. */
    private static final java.util.logging.Logger TRIBUO_LOG = java.util.logging.Logger.getLogger("org.tribuo");

    private BinaryLogistic() {
    }

    /** Trains on {@code data} ({@code epochs} passes, {@code seed}) and returns the weight table. */
    public static Map<String, Double> train(MutableDataset<Label> data, int epochs, long seed, String biasName) {
        return train(data, new AdaGrad(0.5, 0.1), epochs, seed, biasName);
    }

    /**
     * As {@link #train(MutableDataset, int, long, String)}, but the weights are the average of every iterate
     * (Polyak and Juditsky 1992, {@link ParameterAveraging} over the same AdaGrad): the average settles where the
     * last iterate wanders, so a small change in the examples or their order moves the weights little.
     */
    public static Map<String, Double> trainAveraged(MutableDataset<Label> data, int epochs, long seed,
                                                    String biasName) {
        return train(data, new ParameterAveraging(new AdaGrad(0.5, 0.1)), epochs, seed, biasName);
    }

    private static Map<String, Double> train(MutableDataset<Label> data, StochasticGradientOptimiser optimiser,
                                             int epochs, long seed, String biasName) {
        // Tribuo reports the loss every thousand steps at INFO; the trainers print their own progress
        TRIBUO_LOG.setLevel(java.util.logging.Level.WARNING);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), optimiser, epochs, seed);
        Model<Label> model = trainer.train(data);
        Map<String, List<Pair<String, Double>>> top = model.getTopFeatures(-1);
        Map<String, Double> weights = new HashMap<>();
        for (Pair<String, Double> p : top.getOrDefault("true", List.of())) {
            weights.merge(p.getA(), p.getB(), Double::sum);
        }
        for (Pair<String, Double> p : top.getOrDefault("false", List.of())) {
            weights.merge(p.getA(), -p.getB(), Double::sum);
        }
        Double bias = weights.remove(Model.BIAS_FEATURE);
        weights.put(biasName, bias == null ? 0.0 : bias);
        weights.replaceAll((k, v) -> Math.round(v * 1e6) / 1e6);
        return weights;
    }
}
