package org.commonground.authoring.boundary;

import java.util.Set;

/**
 * Something happened in a draft's review, fired inside the transaction that did it:
 * the draft was sent to reviewers ({@code reviewerIds}), or someone commented on it or
 * signed it off ({@code actorId}; {@code signedOff}). Other features tell people.
 */
public record DraftReviewEvent(long draftId, String moduleUuid, String moduleFolder, long actorId, Set<Long> reviewerIds,
        boolean signedOff, long eventId) {
}
