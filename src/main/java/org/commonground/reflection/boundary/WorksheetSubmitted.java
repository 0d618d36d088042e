package org.commonground.reflection.boundary;

/** A learner submitted a unit's worksheet. */
public record WorksheetSubmitted(long accountId, String moduleUuid, String unitUuid) {
}
