package org.commonground.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountGateTest {

    private static final Instant MADE = Instant.parse("2026-12-03T08:00:00Z");

    @Test
    void aSessionLastsItsAbsoluteLifetimeAndNoLonger() {
        long made = MADE.toEpochMilli();

        assertThat(AccountGate.outlived(made, MADE.plus(Duration.ofHours(12)).minusSeconds(1), 12)).isFalse();
        assertThat(AccountGate.outlived(made, MADE.plus(Duration.ofHours(12)), 12)).isTrue();
        assertThat(AccountGate.outlived(made, MADE.plus(Duration.ofHours(2)), 1)).isTrue();
    }
}
