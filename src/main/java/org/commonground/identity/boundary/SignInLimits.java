package org.commonground.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.commonground.identity.control.Tokens;
import org.commonground.identity.entity.KnownDevice;
import org.commonground.identity.entity.SignInCounter;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down password guessing, with counters in the database (shared by every
 * node, kept across restarts). Each attempt is counted before its password is
 * checked, under a lock on the counter rows, so of forty guesses sent at once only
 * the limit are checked. Counted per account and per client address (the address
 * limit is sized for a whole trust behind one address); a browser that presents
 * the account's known-device cookie is counted on its own counter instead, so
 * strangers guessing elsewhere never lock the owner out of their own device.
 */
@ApplicationScoped
public class SignInLimits {

    private static final int PURGE_EVERY = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "commonground.identity.throttle.account-failures", defaultValue = "5")
    int accountLimit;

    @Inject
    @ConfigProperty(name = "commonground.identity.throttle.address-failures", defaultValue = "200")
    int addressLimit;

    @Inject
    @ConfigProperty(name = "commonground.identity.throttle.window-minutes", defaultValue = "15")
    int windowMinutes;

    @Inject
    @ConfigProperty(name = "commonground.identity.known-device-days", defaultValue = "180")
    int deviceDays;

    @Inject
    Audit audit;

    Clock clock = Clock.systemUTC();

    private final AtomicInteger sincePurge = new AtomicInteger();

    /** One sign-in attempt: the folded email, the client address, and the known-device token sent, if any. */
    public record Attempt(String accountKey, String address, String deviceToken) {
    }

    private record Limit(String key, int max) {
    }

    /**
     * Counts the attempt and answers zero, or answers how long to wait (then nothing
     * is counted). Two first attempts on a new counter at once: one of them fails on
     * the other's row and may simply be asked again.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Duration admit(Attempt attempt) {
        Instant now = clock.instant();
        List<SignInCounter> taken = new ArrayList<>();
        Duration wait = Duration.ZERO;
        for (Limit limit : limits(attempt, now)) {
            SignInCounter counter = locked(limit.key(), now);
            Duration mine = counter.take(limit.max(), window(), now);
            if (mine.isZero()) {
                taken.add(counter);
            } else if (mine.compareTo(wait) > 0) {
                wait = mine;
            }
        }
        if (!wait.isZero()) {
            taken.forEach(SignInCounter::release);
            accountOf(attempt).ifPresent(id -> audit.record(id, null, "SIGN_IN_THROTTLED", "not checked: too many attempts"));
        }
        if (sincePurge.incrementAndGet() % PURGE_EVERY == 0) {
            purge(now);
        }
        return wait;
    }

    /** The counted attempt failed: a counter at its limit starts its wait. Audited for an account that exists (so is a refused one). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Attempt attempt) {
        Instant now = clock.instant();
        for (Limit limit : limits(attempt, now)) {
            locked(limit.key(), now).failed(limit.max(), window(), now);
        }
        accountOf(attempt).ifPresent(id -> audit.record(id, null, "SIGN_IN_FAILED", ""));
    }

    /** The account the attempt names, if there is one (only such attempts are audited). */
    private Optional<Long> accountOf(Attempt attempt) {
        return em.createQuery("select a.id from Account a where a.emailKey = :k", Long.class).setParameter("k", attempt.accountKey())
                .getResultStream().findFirst();
    }

    /**
     * The attempt was right: the account (or device) counts afresh, the address gets
     * its attempt back, and the browser is (or stays) a known device of the account.
     * Answers the token for the known-device cookie.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public String succeeded(Attempt attempt, long accountId) {
        Instant now = clock.instant();
        Optional<KnownDevice> device = device(attempt, now);
        audit.record(accountId, null, "SIGNED_IN", device.isPresent() ? "on a known device" : "on a new device");
        if (device.isPresent()) {
            device.get().used(now);
            forget(key("device", Tokens.hash(attempt.deviceToken())));
            return attempt.deviceToken();
        }
        forget(key("account", attempt.accountKey()));
        Optional.ofNullable(em.find(SignInCounter.class, key("address", attempt.address()), LockModeType.PESSIMISTIC_WRITE))
                .ifPresent(SignInCounter::release);
        String token = Tokens.newToken();
        em.persist(new KnownDevice(Tokens.hash(token), accountId, now));
        return token;
    }

    /** How long a known-device cookie lasts. */
    public Duration deviceLifetime() {
        return Duration.ofDays(deviceDays);
    }

    /** The counters this attempt counts on, always locked in the same order. */
    private List<Limit> limits(Attempt attempt, Instant now) {
        List<Limit> limits = device(attempt, now).isPresent()
                ? List.of(new Limit(key("device", Tokens.hash(attempt.deviceToken())), accountLimit))
                : List.of(new Limit(key("account", attempt.accountKey()), accountLimit),
                        new Limit(key("address", attempt.address()), addressLimit));
        return limits.stream().sorted(Comparator.comparing(Limit::key)).toList();
    }

    /** The known device the attempt presents, if it is this account's and not expired. */
    private Optional<KnownDevice> device(Attempt attempt, Instant now) {
        if (attempt.deviceToken() == null || attempt.deviceToken().isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(KnownDevice.class, Tokens.hash(attempt.deviceToken())))
                .filter(d -> d.getLastUsedAt().plus(deviceLifetime()).isAfter(now))
                .filter(d -> em.createQuery("select count(a) from Account a where a.id = :id and a.emailKey = :k", Long.class)
                        .setParameter("id", d.getAccountId()).setParameter("k", attempt.accountKey()).getSingleResult() > 0);
    }

    private SignInCounter locked(String key, Instant now) {
        SignInCounter counter = em.find(SignInCounter.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (counter == null) {
            counter = new SignInCounter(key, now);
            em.persist(counter);
            em.flush();
        }
        return counter;
    }

    private void forget(String key) {
        Optional.ofNullable(em.find(SignInCounter.class, key, LockModeType.PESSIMISTIC_WRITE)).ifPresent(em::remove);
    }

    /** Counters quiet for longer than the longest wait, and devices unused for their lifetime, go. */
    private void purge(Instant now) {
        Instant horizon = now.minus(SignInCounter.longestWait(window())).minus(window());
        em.createQuery("delete from SignInCounter c where c.windowStart < :h and (c.blockedUntil is null or c.blockedUntil < :h)")
                .setParameter("h", horizon).executeUpdate();
        em.createQuery("delete from KnownDevice d where d.lastUsedAt < :h").setParameter("h", now.minus(deviceLifetime()))
                .executeUpdate();
    }

    /** Counters are keyed by a hash: no email or address is stored with them. */
    private static String key(String kind, String value) {
        return Tokens.hash(kind + ":" + value);
    }

    private Duration window() {
        return Duration.ofMinutes(windowMinutes);
    }
}
