package org.commonground.assessment.boundary;

/**
 * An attempt at a unit's quiz was scored; {@code passes} says whether the attempt
 * that counts (best or latest, by the quiz's rule) reaches the pass mark now.
 */
public record QuizScored(long accountId, String moduleUuid, String unitUuid, boolean passes) {
}
