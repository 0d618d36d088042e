package org.commonground.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The platform's one clock for the dates that matter to training: progress, due
 * dates, renewal, certificates. Features inject {@link Clock} instead of reading the
 * system clock, so the integration suite can move time on its own deployment (by
 * adding an alternative producer there; nothing in production can move it). Sessions,
 * sign-in throttling and link tokens keep real time and do not use it.
 */
@ApplicationScoped
public class PlatformClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
