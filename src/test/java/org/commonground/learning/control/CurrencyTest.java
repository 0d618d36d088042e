package org.commonground.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CurrencyTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Instant completed = Instant.parse("2026-01-10T10:00:00Z");

    @Test
    void aCompletionCountsUntilAMaterialChangeAfterIt() {
        assertThat(Currency.isCurrent(2, completed, 2, null, LocalDate.of(2030, 1, 1), LONDON)).isTrue();
        assertThat(Currency.isCurrent(2, completed, 3, null, LocalDate.of(2026, 2, 1), LONDON)).isFalse();
    }

    @Test
    void aCompletionCountsUntilItsRenewalDate() {
        assertThat(Currency.isCurrent(1, completed, 0, 24, LocalDate.of(2028, 1, 9), LONDON)).isTrue();
        assertThat(Currency.isCurrent(1, completed, 0, 24, LocalDate.of(2028, 1, 10), LONDON)).isFalse();
        assertThat(Currency.renewalDate(completed, 24, LONDON)).isEqualTo(LocalDate.of(2028, 1, 10));
    }
}
