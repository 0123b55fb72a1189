package org.concord.resolve;

/** One mention the resolver read, with the group (entity) it ends up in. */
final class Ref {
    final String doc;
    final int start;
    final int end;
    final String text;
    final String type;
    final int order;
    Group group;

    Ref(String doc, int start, int end, String text, String type, int order) {
        this.doc = doc;
        this.start = start;
        this.end = end;
        this.text = text;
        this.type = type;
        this.order = order;
    }
}
