package org.concord.eval.quotes;

/** One contiguous character range [start, end) of a document text (a brat fragment or a predicted span). */
public record Fragment(int start, int end) implements Comparable<Fragment> {
    public Fragment {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad fragment [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    @Override
    public int compareTo(Fragment o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
