package org.commonground.reflection.boundary;

/**
 * A learner shared their reflection with trainers ({@code replyId} null), or a trainer
 * replied to one ({@code replyId}); fired inside the transaction that did it.
 */
public record ReflectionEvent(long responseId, String moduleUuid, long learnerId, long actorId, Long replyId) {
}
