package org.concord.eval.stories;

/** One document of a story clustering set: {@code date} an ISO date or null, {@code cluster} its gold story. */
public record StoryDoc(String id, String title, String text, String date, String cluster) {}
