package org.commonground.platform.entity;

import java.time.Duration;
import java.time.Instant;

/** The wait before trying again after a failure: doubling from the first wait, never longer than the longest. */
public final class Backoff {

    private Backoff() {
    }

    /** When to try again after the {@code attempts}-th failed attempt (1 for the first). */
    public static Instant next(Instant at, int attempts, Duration firstWait, Duration longestWait) {
        Duration wait = firstWait.multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return at.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait);
    }
}
