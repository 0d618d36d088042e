package org.commonground.identity.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.commonground.identity.control.Tokens;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.SignInCounter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits registrations and password-reset requests, per email address and per
 * client address, on the same database counters as sign-in (shared by every node,
 * kept across restarts). Every request is counted before anything else is done
 * with it (before a password is hashed or a message stored), so a stream of them
 * costs the server little. The address limit is sized for a whole trust behind one
 * address (a setting).
 */
@ApplicationScoped
public class RequestLimits {

    /** What is asked for: each kind counts on its own. */
    public enum Kind {
        REGISTER, RESET
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "commonground.identity.requests.email-limit", defaultValue = "5")
    int emailLimit;

    @Inject
    @ConfigProperty(name = "commonground.identity.requests.address-limit", defaultValue = "100")
    int addressLimit;

    @Inject
    @ConfigProperty(name = "commonground.identity.requests.window-minutes", defaultValue = "60")
    int windowMinutes;

    Clock clock = Clock.systemUTC();

    private record Limit(String key, int max) {
    }

    /**
     * Counts a request for this email address from this client address and answers
     * zero, or how long to wait (then nothing is counted). Two first requests on a
     * new counter at once: one loses the race on the new row; call this inside
     * {@link org.commonground.platform.control.Races#retried} and it is simply counted again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Duration admit(Kind kind, String email, String address) {
        Instant now = clock.instant();
        Duration window = Duration.ofMinutes(windowMinutes);
        List<Limit> limits = List.of(
                new Limit(key(kind, "email", Account.emailKey(email == null ? "" : email)), emailLimit),
                new Limit(key(kind, "address", String.valueOf(address)), addressLimit));
        Duration wait = Duration.ZERO;
        List<SignInCounter> counted = new java.util.ArrayList<>();
        for (Limit limit : limits.stream().sorted(Comparator.comparing(Limit::key)).toList()) {
            SignInCounter counter = em.find(SignInCounter.class, limit.key(), LockModeType.PESSIMISTIC_WRITE);
            if (counter == null) {
                counter = new SignInCounter(limit.key(), now);
                em.persist(counter);
                em.flush();
            }
            Duration mine = counter.take(limit.max(), window, now);
            if (mine.isZero()) {
                counted.add(counter);
            } else if (mine.compareTo(wait) > 0) {
                wait = mine;
            }
        }
        if (!wait.isZero()) {
            counted.forEach(SignInCounter::release);
        }
        return wait;
    }

    /** Counters are keyed by a hash: no email or address is stored with them. */
    private static String key(Kind kind, String what, String value) {
        return Tokens.hash(kind.name().toLowerCase() + "-" + what + ":" + value);
    }

    /** Whole minutes to tell a person, at least one. */
    public static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
