package org.commonground.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing: after too many failed sign-ins within a window,
 * further attempts for that account, or from that client address, are refused
 * until the window has passed. Thresholds are configuration. Counts are kept per
 * server node, in memory, and forgotten on restart.
 */
@ApplicationScoped
public class SignInThrottle {

    private static final int MAX_TRACKED = 100_000;

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

    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    /** How long the caller must wait before trying again; zero when an attempt is allowed. */
    public Duration waitBeforeAttempt(String accountKey, String address) {
        Instant now = clock.instant();
        Duration account = wait(byAccount, accountKey, accountLimit, now);
        Duration client = wait(byAddress, address, addressLimit, now);
        return account.compareTo(client) >= 0 ? account : client;
    }

    public void failed(String accountKey, String address) {
        Instant now = clock.instant();
        record(byAccount, accountKey, now);
        record(byAddress, address, now);
    }

    public void succeeded(String accountKey) {
        byAccount.remove(accountKey);
    }

    private Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }

    private Duration wait(Map<String, Deque<Instant>> failures, String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(window()));
        }
    }

    private void record(Map<String, Deque<Instant>> failures, String key, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
