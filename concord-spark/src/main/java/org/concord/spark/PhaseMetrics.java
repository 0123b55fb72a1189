package org.concord.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;

/**
 * What each phase of the job cost on the executors, from Spark's own task metrics: executor run and CPU time,
 * records read, and bytes written to and read from shuffles. A phase is the job description the runner sets before
 * its jobs ({@code spark.job.description}: "documents", "near-duplicates", "stories: ..." and "story analysis");
 * jobs without one are counted under "other".
 */
final class PhaseMetrics extends SparkListener {
    /** The totals of one phase. */
    record Phase(long stages, long tasks, double runSeconds, double cpuSeconds, long inputRecords,
                 long shuffleWriteBytes, long shuffleReadBytes) {
        Phase plus(Phase o) {
            return new Phase(stages + o.stages, tasks + o.tasks, runSeconds + o.runSeconds, cpuSeconds + o.cpuSeconds,
                    inputRecords + o.inputRecords, shuffleWriteBytes + o.shuffleWriteBytes,
                    shuffleReadBytes + o.shuffleReadBytes);
        }
    }

    private final Map<Integer, String> phaseOfStage = new ConcurrentHashMap<>();
    private final Map<String, Phase> phases = new ConcurrentHashMap<>();

    @Override
    public void onJobStart(SparkListenerJobStart job) {
        String d = job.properties() == null ? null : job.properties().getProperty("spark.job.description");
        String phase = d == null || d.isBlank() ? "other" : d;
        scala.collection.Iterator<Object> it = job.stageIds().iterator();
        while (it.hasNext()) {
            phaseOfStage.put((Integer) it.next(), phase);
        }
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted completed) {
        var info = completed.stageInfo();
        TaskMetrics m = info.taskMetrics();
        if (m == null) {
            return;
        }
        Phase p = new Phase(1, info.numTasks(), m.executorRunTime() / 1e3, m.executorCpuTime() / 1e9,
                m.inputMetrics().recordsRead() + m.shuffleReadMetrics().recordsRead(),
                m.shuffleWriteMetrics().bytesWritten(), m.shuffleReadMetrics().totalBytesRead());
        phases.merge(phaseOfStage.getOrDefault(info.stageId(), "other"), p, Phase::plus);
    }

    /** The phases seen so far, by name. */
    Map<String, Phase> phases() {
        return new LinkedHashMap<>(new java.util.TreeMap<>(phases));
    }
}
