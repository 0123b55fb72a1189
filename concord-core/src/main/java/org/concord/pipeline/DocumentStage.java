package org.concord.pipeline;

/**
 * A per-document stage: a pure function of one document ({@link DocumentWork} in, the same document with one more
 * field out), so that documents can run in any order, on any thread or machine, and a result can be kept and
 * reused. Stages are shared between threads and must be thread-safe. {@link DocumentPipeline} runs a chain of
 * them, times each by its {@link #name()}, and turns a failure into a skipped entry naming the document.
 * As in CoreNLP's {@code Annotator}, a stage says what it needs; the chain checks the order once, when it is built.
 */
public interface DocumentStage {
    /** The stage's name, as timings and messages show it ("clean", "annotate", ...). */
    String name();

    /** The names of the stages whose output this one reads. */
    java.util.Set<String> requires();

    /**
     * Runs the stage on one document.
     * @throws Rejected when the document has nothing for the later stages (its reason is reported as is)
     * @throws RuntimeException on any other failure, reported as "{@code <failure()>: <exception>}"
     */
    DocumentWork apply(DocumentWork in);

    /** How a failure of this stage is reported, before the exception's message ("cleaning failed"). */
    default String failure() {
        return name() + " failed";
    }

    /** A document a stage declines, with the reason the report gives. */
    final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Rejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
