package org.commonground.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInCounterTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    private final SignInCounter counter = new SignInCounter("k", T0);

    @Test
    void countsAttemptsUpToTheLimitThenRefusesUntilTheWindowEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(counter.take(3, WINDOW, T0.plusSeconds(i))).isZero();
        }

        assertThat(counter.take(3, WINDOW, T0.plusSeconds(60))).isEqualTo(Duration.ofMinutes(14));
        assertThat(counter.getAttempts()).as("a refused attempt is not counted").isEqualTo(3);
        assertThat(counter.take(3, WINDOW, T0.plus(WINDOW))).as("a new window").isZero();
    }

    @Test
    void aFailureAtTheLimitWaitsAWindowAndEachFurtherLockOutDoublesIt() {
        Instant now = lockOut(T0);
        assertThat(counter.take(3, WINDOW, now)).isEqualTo(WINDOW);

        now = lockOut(now.plus(WINDOW));
        assertThat(counter.take(3, WINDOW, now)).isEqualTo(WINDOW.multipliedBy(2));

        now = lockOut(now.plus(WINDOW.multipliedBy(2)));
        assertThat(counter.take(3, WINDOW, now)).isEqualTo(WINDOW.multipliedBy(4));
    }

    @Test
    void theBackOffIsCappedAndForgottenAfterAQuietWindow() {
        Instant now = T0;
        for (int i = 0; i < 10; i++) {
            now = lockOut(now);
            now = now.plus(counter.take(3, WINDOW, now));
        }
        Instant last = lockOut(now);
        assertThat(counter.take(3, WINDOW, last)).isEqualTo(SignInCounter.longestWait(WINDOW));

        Instant quiet = last.plus(SignInCounter.longestWait(WINDOW)).plus(WINDOW);
        lockOut(quiet);
        assertThat(counter.take(3, WINDOW, quiet)).isEqualTo(WINDOW);
    }

    @Test
    void aReleasedAttemptIsGivenBack() {
        counter.take(1, WINDOW, T0);
        assertThat(counter.take(1, WINDOW, T0)).isPositive();

        counter.release();

        assertThat(counter.take(1, WINDOW, T0)).isZero();
    }

    /** Three counted attempts that all fail, at the given moment; answers it. */
    private Instant lockOut(Instant now) {
        for (int i = 0; i < 3; i++) {
            assertThat(counter.take(3, WINDOW, now)).isZero();
            counter.failed(3, WINDOW, now);
        }
        return now;
    }
}
