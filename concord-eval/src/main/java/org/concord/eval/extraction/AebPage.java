package org.concord.eval.extraction;

/** One benchmark page: its id, original address (never fetched), decompressed HTML bytes and gold article body. */
public record AebPage(String id, String url, byte[] html, String goldBody) {}
