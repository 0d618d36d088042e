package org.commonground.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theWaitDoublesFromTheFirstUpToTheLongest() {
        Instant at = Instant.parse("2026-12-03T10:00:00Z");
        Duration first = Duration.ofSeconds(60);
        Duration longest = Duration.ofMinutes(10);
        assertThat(Backoff.next(at, 1, first, longest)).isEqualTo(at.plusSeconds(60));
        assertThat(Backoff.next(at, 2, first, longest)).isEqualTo(at.plusSeconds(120));
        assertThat(Backoff.next(at, 4, first, longest)).isEqualTo(at.plusSeconds(480));
        assertThat(Backoff.next(at, 5, first, longest)).isEqualTo(at.plusSeconds(600));
        assertThat(Backoff.next(at, 60, first, longest)).isEqualTo(at.plusSeconds(600));
    }
}
