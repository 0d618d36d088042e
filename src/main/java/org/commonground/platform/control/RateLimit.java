package org.commonground.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key within a sliding window and says how long to wait once a
 * key reached its limit. Kept in memory on this node; bounded in size.
 */
public final class RateLimit {

    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    /** How long until another event is allowed for this key; zero if allowed now. */
    public Duration waitFor(String key, int limit, Duration window, Instant now) {
        Deque<Instant> times = events.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times, now, window);
            if (times.size() < limit) {
                return Duration.ZERO;
            }
            return Duration.between(now, times.peekFirst().plus(window));
        }
    }

    public void record(String key, Duration window, Instant now) {
        if (events.size() >= MAX_KEYS) {
            events.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    prune(e.getValue(), now, window);
                    return e.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now, window);
            times.addLast(now);
        }
    }

    public void forget(String key) {
        events.remove(key);
    }

    private static void prune(Deque<Instant> times, Instant now, Duration window) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
