package org.commonground.reflection.boundary;

/**
 * A learner shared their reflection ({@code replyId} null): newly with the module's
 * trainers ({@code toTrainers}) and/or newly with the managers of their membership
 * {@code managersOf} (null when not); or a trainer replied to one ({@code replyId}).
 * Fired inside the transaction that did it.
 */
public record ReflectionEvent(long responseId, String moduleUuid, long learnerId, long actorId, Long replyId,
        boolean toTrainers, Long managersOf) {

    /** A trainer's reply. */
    public static ReflectionEvent reply(long responseId, String moduleUuid, long learnerId, long trainerId, long replyId) {
        return new ReflectionEvent(responseId, moduleUuid, learnerId, trainerId, replyId, false, null);
    }
}
