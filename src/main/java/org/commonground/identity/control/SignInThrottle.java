package org.commonground.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.commonground.platform.control.RateLimit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after too many failed sign-ins within a window,
 * further attempts for that account, or from that client address, are refused
 * until the window has passed. Thresholds are configuration. Counts are kept per
 * server node, in memory, and forgotten on restart.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = "commonground.identity.throttle.account-failures", defaultValue = "5")
    int accountLimit;

    @Inject
    @ConfigProperty(name = "commonground.identity.throttle.address-failures", defaultValue = "20")
    int addressLimit;

    @Inject
    @ConfigProperty(name = "commonground.identity.throttle.window-minutes", defaultValue = "15")
    int windowMinutes;

    Clock clock = Clock.systemUTC();

    private final RateLimit byAccount = new RateLimit();
    private final RateLimit byAddress = new RateLimit();

    /** How long the caller must wait before trying again; zero when an attempt is allowed. */
    public Duration waitBeforeAttempt(String accountKey, String address) {
        Instant now = clock.instant();
        Duration account = byAccount.waitFor(accountKey, accountLimit, window(), now);
        Duration client = byAddress.waitFor(address, addressLimit, window(), now);
        return account.compareTo(client) >= 0 ? account : client;
    }

    public void failed(String accountKey, String address) {
        Instant now = clock.instant();
        byAccount.record(accountKey, window(), now);
        byAddress.record(address, window(), now);
    }

    public void succeeded(String accountKey) {
        byAccount.forget(accountKey);
    }

    private Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }
}
