package org.commonground.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final SignInThrottle throttle = new SignInThrottle();

    @BeforeEach
    void configure() {
        throttle.accountLimit = 3;
        throttle.addressLimit = 5;
        throttle.windowMinutes = 15;
        throttle.clock = clock;
    }

    @Test
    void allowsAttemptsBelowTheAccountLimit() {
        throttle.failed("a@x.org", "1.1.1.1");
        throttle.failed("a@x.org", "1.1.1.1");

        assertThat(throttle.waitBeforeAttempt("a@x.org", "1.1.1.1")).isZero();
    }

    @Test
    void blocksAnAccountFromAnyAddressAtTheLimitUntilTheWindowPasses() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("a@x.org", "1.1.1." + i);
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(throttle.waitBeforeAttempt("a@x.org", "9.9.9.9")).isEqualTo(Duration.ofMinutes(12));
        assertThat(throttle.waitBeforeAttempt("b@x.org", "9.9.9.9")).isZero();

        clock.advance(Duration.ofMinutes(12));
        assertThat(throttle.waitBeforeAttempt("a@x.org", "9.9.9.9")).isZero();
    }

    @Test
    void blocksAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i + "@x.org", "6.6.6.6");
        }

        assertThat(throttle.waitBeforeAttempt("fresh@x.org", "6.6.6.6")).isPositive();
        assertThat(throttle.waitBeforeAttempt("fresh@x.org", "7.7.7.7")).isZero();
    }

    @Test
    void successClearsTheAccountsFailures() {
        throttle.failed("a@x.org", "1.1.1.1");
        throttle.failed("a@x.org", "1.1.1.1");
        throttle.succeeded("a@x.org");
        throttle.failed("a@x.org", "1.1.1.1");

        assertThat(throttle.waitBeforeAttempt("a@x.org", "2.2.2.2")).isZero();
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
