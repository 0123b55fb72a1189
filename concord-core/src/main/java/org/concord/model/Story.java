package org.concord.model;

import java.util.List;

/** A group of documents covering one event, with everything Concord found about it. */
public record Story(String id, String headline, List<String> documents, List<Related> related,
                    List<SummarySentence> summary, List<Entity> entities, List<Quote> quotes,
                    List<TimelineEntry> timeline, List<Claim> claims) implements java.io.Serializable {}
