package org.commonground.reflection.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Which follow-up a completion is at on a day: none before day 30, then 30, then 90 from day 90. */
class FollowUpsTest {

    private static final LocalDate COMPLETED = LocalDate.of(2026, 1, 31);

    @Test
    void nothingIsAskedBeforeTheThirtiethDay() {
        assertThat(FollowUps.pointOn(COMPLETED, COMPLETED)).isEmpty();
        assertThat(FollowUps.pointOn(COMPLETED, COMPLETED.plusDays(29))).isEmpty();
    }

    @Test
    void theThirtyDayFollowUpRunsUntilTheNinetiethDay() {
        assertThat(FollowUps.pointOn(COMPLETED, COMPLETED.plusDays(30))).isEqualTo(OptionalInt.of(30));
        assertThat(FollowUps.pointOn(COMPLETED, COMPLETED.plusDays(89))).isEqualTo(OptionalInt.of(30));
    }

    @Test
    void theNinetyDayFollowUpTakesOverFromTheNinetiethDay() {
        assertThat(FollowUps.pointOn(COMPLETED, COMPLETED.plusDays(90))).isEqualTo(OptionalInt.of(90));
        assertThat(FollowUps.pointOn(COMPLETED, COMPLETED.plusDays(400))).isEqualTo(OptionalInt.of(90));
    }

    @Test
    void noCompletionMeansNoFollowUp() {
        assertThat(FollowUps.pointOn(null, COMPLETED)).isEmpty();
    }
}
