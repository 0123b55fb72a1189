package org.concord.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.annotate.AnnotatedDocument;
import org.concord.annotate.Sentence;
import org.concord.annotate.Terms;
import org.concord.model.Span;
import org.concord.model.SummarySentence;

/**
 * An extractive, cited summary of a story. Sentences are scored by how central their content words are to the
 * story (the share of independent documents that use each word, the centroid weighting of Radev et al. 2004,
 * "Centroid-based summarization of multiple documents") plus a lead bonus for an article's first sentences,
 * then picked greedily with maximal marginal relevance (Carbonell and Goldstein 1998): a sentence too close to
 * one already picked (Jaccard above {@value #REDUNDANT}) is left out. Each picked sentence cites its own span
 * and the spans of sentences in other documents that say the same (Jaccard at least {@value #SUPPORT}).
 * Quotations and questions are left to the quote ledger; near-copies are read once.
 */
public final class Summarizer {
    static final double REDUNDANT = 0.4;
    static final double SUPPORT = 0.3;
    private final int words;

    private Summarizer(int words) {
        this.words = words;
    }

    /** A summarizer that stops once about {@code words} words are picked (the last sentence may pass it). */
    public static Summarizer create(int words) {
        if (words < 1) {
            throw new IllegalArgumentException("words must be positive, got " + words);
        }
        return new Summarizer(words);
    }

    public List<SummarySentence> summarize(List<AnnotatedDocument> members, Map<String, String> duplicateOf) {
        List<Candidate> all = candidates(members);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> df = new HashMap<>();
        Set<String> docs = new HashSet<>();
        for (AnnotatedDocument d : members) {
            if (d.document().duplicateOf() != null) {
                continue;
            }
            docs.add(d.id());
            Set<String> seen = new HashSet<>(Terms.content(d.annotation()));
            for (String t : seen) {
                df.merge(t, 1, Integer::sum);
            }
        }
        double nDocs = Math.max(1, docs.size());
        for (Candidate c : all) {
            double s = 0;
            for (String t : c.terms) {
                s += df.getOrDefault(t, 0) / nDocs;
            }
            c.score = s / Math.sqrt(Math.max(8, c.terms.size())) + (c.position == 0 ? 0.3 : c.position < 3 ? 0.1 : 0);
        }
        List<Candidate> ranked = new ArrayList<>(all);
        ranked.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparing(c -> c.document)
                .thenComparingInt(c -> c.start));
        List<Candidate> picked = new ArrayList<>();
        int count = 0;
        for (Candidate c : ranked) {
            if (count >= words) {
                break;
            }
            boolean redundant = false;
            for (Candidate p : picked) {
                if (Terms.jaccard(p.terms, c.terms) > REDUNDANT) {
                    redundant = true;
                    break;
                }
            }
            if (redundant || (count > 0 && count + c.words > words * 1.1)) {
                continue;
            }
            picked.add(c);
            count += c.words;
        }
        // present in reading order: by publication, then document, then position
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            order.put(members.get(i).id(), i);
        }
        picked.sort(Comparator.comparingInt((Candidate c) -> order.get(c.document)).thenComparingInt(c -> c.start));
        List<SummarySentence> out = new ArrayList<>();
        for (Candidate c : picked) {
            List<Span> sources = new ArrayList<>();
            sources.add(new Span(c.document, c.start, c.end));
            Set<String> cited = new HashSet<>(Set.of(c.document));
            for (Candidate o : all) {
                if (!cited.contains(o.document) && Terms.jaccard(o.terms, c.terms) >= SUPPORT) {
                    sources.add(new Span(o.document, o.start, o.end));
                    cited.add(o.document);
                }
            }
            out.add(new SummarySentence(c.text, sources));
        }
        return out;
    }

    /** A neutral one-line headline: the title closest to the story's centre, else its most central sentence. */
    public static String headline(List<AnnotatedDocument> members) {
        Map<String, Integer> tf = new HashMap<>();
        for (AnnotatedDocument d : members) {
            for (String t : new HashSet<>(Terms.content(d.annotation()))) {
                tf.merge(t, 1, Integer::sum);
            }
        }
        String best = null;
        double bestScore = -1;
        for (AnnotatedDocument d : members) {
            String title = d.document().title();
            if (title == null || title.isBlank() || d.document().duplicateOf() != null) {
                continue;
            }
            String[] ws = title.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+");
            double s = 0;
            int n = 0;
            for (String w : ws) {
                if (w.length() > 2) {
                    s += tf.getOrDefault(w, 0);
                    n++;
                }
            }
            double score = n == 0 ? 0 : s / Math.sqrt(n) - (title.contains("!") || title.contains("?") ? 1 : 0);
            if (score > bestScore) {
                bestScore = score;
                best = title.strip();
            }
        }
        if (best != null) {
            return best;
        }
        List<Candidate> c = candidates(members);
        if (c.isEmpty()) {
            return members.isEmpty() ? "" : members.get(0).id();
        }
        String[] w = c.get(0).text.split("\\s+");
        return w.length <= 16 ? c.get(0).text : String.join(" ", java.util.Arrays.copyOf(w, 15)) + "\u2026";
    }

    private static List<Candidate> candidates(List<AnnotatedDocument> members) {
        List<Candidate> out = new ArrayList<>();
        for (AnnotatedDocument d : members) {
            if (d.document().duplicateOf() != null) {
                continue;
            }
            int position = 0;
            for (Sentence s : d.annotation().sentences()) {
                String text = d.text().substring(s.start(), s.end()).strip();
                int nWords = text.split("\\s+").length;
                boolean quoted = text.chars().anyMatch(ch -> ch == '"' || ch == '\u201c' || ch == '\u201d');
                List<String> terms = Terms.content(s);
                if (nWords >= 8 && nWords <= 45 && !quoted && !text.endsWith("?") && !text.endsWith(":")
                        && terms.size() >= 4) {
                    out.add(new Candidate(d.id(), s.start(), s.end(), text.replaceAll("\\s+", " "), nWords,
                            new HashSet<>(terms), position));
                }
                position++;
            }
        }
        return out;
    }

    private static final class Candidate {
        final String document;
        final int start;
        final int end;
        final String text;
        final int words;
        final Set<String> terms;
        final int position;
        double score;

        Candidate(String document, int start, int end, String text, int words, Set<String> terms, int position) {
            this.document = document;
            this.start = start;
            this.end = end;
            this.text = text;
            this.words = words;
            this.position = position;
            this.terms = terms;
        }
    }
}
