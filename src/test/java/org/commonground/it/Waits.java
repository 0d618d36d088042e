package org.commonground.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for a condition, never for a fixed time. */
public final class Waits {

    private Waits() {
    }

    /** Repeats {@code attempt} until its result satisfies {@code done}, for at most 30 seconds. */
    public static <T> T until(Supplier<T> attempt, Predicate<T> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T last = attempt.get();
        while (!done.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("condition not met within 30 s; last result: " + last);
            }
            Thread.onSpinWait();
            last = attempt.get();
        }
        return last;
    }
}
