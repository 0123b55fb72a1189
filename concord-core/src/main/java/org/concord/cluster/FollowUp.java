package org.concord.cluster;

/** Story {@code story} is later coverage that refers back to story {@code earlierStory} (indices). */
public record FollowUp(int story, int earlierStory) implements java.io.Serializable {}
