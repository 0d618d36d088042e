package org.commonground.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static ZonedDateTime at(int day, int hour) {
        return ZonedDateTime.of(2026, 12, day, hour, 30, 0, 0, LONDON); // 3 December 2026 is a Thursday
    }

    @Test
    void noMailAtNightAcrossMidnight() {
        QuietHours quiet = QuietHours.parse("20-8", false);
        assertThat(quiet.quiet(at(3, 19))).isFalse();
        assertThat(quiet.quiet(at(3, 20))).isTrue();
        assertThat(quiet.quiet(at(3, 2))).isTrue();
        assertThat(quiet.quiet(at(3, 7))).isTrue();
        assertThat(quiet.quiet(at(3, 8))).isFalse();
    }

    @Test
    void noMailAtWeekendsUnlessAllowed() {
        assertThat(QuietHours.parse("20-8", false).quiet(at(5, 12))).as("Saturday").isTrue();
        assertThat(QuietHours.parse("20-8", false).quiet(at(6, 12))).as("Sunday").isTrue();
        assertThat(QuietHours.parse("20-8", true).quiet(at(5, 12))).isFalse();
    }

    @Test
    void equalHoursMeanNoQuietTimeAndNonsenseIsRefused() {
        assertThat(QuietHours.parse("0-0", true).quiet(at(3, 3))).isFalse();
        assertThat(QuietHours.parse("1-5", true).quiet(at(3, 3))).isTrue();
        assertThatThrownBy(() -> QuietHours.parse("evening", true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuietHours.parse("20-25", true)).isInstanceOf(IllegalArgumentException.class);
    }
}
