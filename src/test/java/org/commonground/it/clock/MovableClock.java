package org.commonground.it.clock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test only, added by the integration suite to its own deployment (never in the
 * production WAR): replaces the platform clock with real time moved on by an offset
 * that {@link ClockServlet} sets.
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MovableClock {

    static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    private static final Clock MOVED = new Moved(ZoneOffset.UTC);

    @Produces
    Clock clock() {
        return MOVED;
    }

    /** Real time plus the offset, read at every call. */
    private static final class Moved extends Clock {

        private final ZoneId zone;

        Moved(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moved(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(OFFSET.get());
        }
    }
}
