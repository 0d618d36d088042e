package org.commonground.learning.boundary;

/** An assignment was made or withdrawn, for a whole team ({@code teamId}) or for one person ({@code accountId}). */
public record AssignmentChanged(Long teamId, Long accountId) {
}
