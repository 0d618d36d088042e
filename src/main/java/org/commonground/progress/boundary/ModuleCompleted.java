package org.commonground.progress.boundary;

import java.time.Instant;

/** A learner completed a module (fired inside the transaction that recorded it). */
public record ModuleCompleted(long accountId, String moduleUuid, int version, String title, Instant at) {
}
