package org.commonground.identity.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Sign-in attempts counted against one key (an account, a client address or a known
 * device; the key is a hash, so no address or email is stored here). Kept in the
 * database so every node counts together and a restart forgets nothing. An attempt
 * is counted before its password is checked; once a key reaches its limit it waits,
 * and each further lock-out doubles the wait (back-off), until a whole quiet window
 * has passed.
 */
@Entity
@Cacheable(false)
@Table(name = "sign_in_counter")
public class SignInCounter {

    /** The longest wait is the window times 2^6 (16 hours for a 15-minute window). */
    static final int MAX_DOUBLINGS = 6;

    @Id
    @Column(name = "counter_key", length = 64)
    private String key;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "blocked_until")
    private Instant blockedUntil;

    @Column(name = "strikes", nullable = false)
    private int strikes;

    protected SignInCounter() {
    }

    public SignInCounter(String key, Instant now) {
        this.key = Objects.requireNonNull(key);
        this.windowStart = Objects.requireNonNull(now);
    }

    /** Counts an attempt if one is allowed now and answers zero; otherwise how long to wait (nothing counted). */
    public Duration take(int limit, Duration window, Instant now) {
        if (blockedUntil != null && now.isBefore(blockedUntil)) {
            return Duration.between(now, blockedUntil);
        }
        if (!now.isBefore(windowStart.plus(window))) {
            attempts = 0;
            windowStart = now;
            if (blockedUntil != null && !now.isBefore(blockedUntil.plus(window))) {
                blockedUntil = null;
                strikes = 0;
            }
        }
        if (attempts >= limit) {
            return Duration.between(now, windowStart.plus(window));
        }
        attempts++;
        return Duration.ZERO;
    }

    /** Gives back a counted attempt: it was right (an address counts failures only), or it was never made. */
    public void release() {
        if (attempts > 0) {
            attempts--;
        }
    }

    /** A counted attempt failed: at the limit the key waits a window, twice as long at each further lock-out. */
    public void failed(int limit, Duration window, Instant now) {
        if (attempts >= limit) {
            blockedUntil = now.plus(window.multipliedBy(1L << Math.min(strikes, MAX_DOUBLINGS)));
            strikes++;
            attempts = 0;
            windowStart = now;
        }
    }

    /** The longest a key ever waits. */
    public static Duration longestWait(Duration window) {
        return window.multipliedBy(1L << MAX_DOUBLINGS);
    }

    public String getKey() {
        return key;
    }

    public int getAttempts() {
        return attempts;
    }
}
