package org.commonground.learning.boundary;

/** A learner submitted a unit's worksheet. */
public record WorksheetSubmitted(long accountId, String moduleUuid, String unitUuid) {
}
