package org.commonground.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.identity.control.Tokens;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.identity.entity.SignedInSession;
import org.commonground.platform.boundary.ScheduledJob;
import org.commonground.platform.control.Leases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database's record of who is signed in (see {@link SignedInSession}), so that a
 * session survives the node that served it: sessions stay in each node's memory (no
 * replication), and a node that receives a request with a session key it has never
 * seen asks here whether that key still stands. Every sign-in writes a row, sign-out
 * deletes it; a session that ends because of a change to the account (disabled,
 * erased, a new password, a role granted or removed, every session ended) is refused
 * because the row no longer matches the account. A live session tells the row it was
 * seen at most once every {@code commonground.session.touch-minutes} (default 2), so
 * the idle time-out holds on every node without a write per request. Times follow the
 * platform clock; expired rows are swept by the hour, by real time (so a test that
 * moves the platform clock sweeps nothing still in use).
 */
@ApplicationScoped
public class SignedInSessions implements ScheduledJob {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "commonground.session.idle-minutes", defaultValue = "30")
    int idleMinutes;

    @Inject
    @ConfigProperty(name = "commonground.session.max-hours", defaultValue = "12")
    int maxHours;

    @Inject
    @ConfigProperty(name = "commonground.session.touch-minutes", defaultValue = "2")
    int touchMinutes;

    /** Real time, for the sweep only. */
    Clock sweepClock = Clock.systemUTC();

    /** A session carried on by a node that had not seen it: whose it is and what it was signed in with. */
    public record Resumed(long accountId, Set<String> roles, Instant createdAt, int sessionEpoch, String passwordStamp,
            boolean mustChangePassword, String provider) implements Serializable {
    }

    /**
     * Records a new signed-in session of the account under the hash of its key; the row of
     * the key it replaces in this browser (a second sign-in without signing out), if any, goes.
     */
    @Transactional
    public Instant begin(String keyHash, String replacedKeyHash, long accountId, String provider) {
        if (replacedKeyHash != null) {
            end(replacedKeyHash);
        }
        Account account = em.find(Account.class, accountId);
        Instant now = clock.instant();
        em.persist(new SignedInSession(keyHash, account, passwordStamp(account), provider, now, Duration.ofHours(maxHours)));
        return now;
    }

    /**
     * The session of this key, if it may go on now (see {@link SignedInSession#goesOn}); it
     * is then seen now. Two statements to read, one to write.
     */
    @Transactional
    public Optional<Resumed> resume(String keyHash) {
        SignedInSession row = em.find(SignedInSession.class, keyHash);
        if (row == null) {
            return Optional.empty();
        }
        Optional<Account> account = em.createQuery("select distinct a from Account a left join fetch a.roles where a.id = :id",
                Account.class).setParameter("id", row.getAccountId()).getResultStream().findFirst();
        Instant now = clock.instant();
        if (account.isEmpty() || !row.goesOn(account.get(), passwordStamp(account.get()), now, idle())) {
            return Optional.empty();
        }
        row.seen(now);
        Account a = account.get();
        return Optional.of(new Resumed(a.getId(), a.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet()),
                row.getCreatedAt(), a.getSessionEpoch(), passwordStamp(a), a.isMustChangePassword(), row.getProvider()));
    }

    /** Whether a live session last told its row it was seen at {@code touched} long enough ago to tell it again. */
    public boolean touchDue(Instant touched) {
        return !clock.instant().isBefore(touched.plus(Duration.ofMinutes(touchMinutes)));
    }

    /** The session of this key was seen now; false when its row is gone (signed out, on another node perhaps). */
    @Transactional
    public boolean touch(String keyHash) {
        return em.createQuery("update SignedInSession s set s.lastSeenAt = :now where s.keyHash = :key")
                .setParameter("now", clock.instant()).setParameter("key", keyHash).executeUpdate() > 0;
    }

    /** The session of this key goes on with the account's new password (changed in that session). */
    @Transactional
    public void restamp(String keyHash, long accountId) {
        SignedInSession row = em.find(SignedInSession.class, keyHash);
        if (row != null && row.getAccountId() == accountId) {
            row.restamp(passwordStamp(em.find(Account.class, accountId)));
        }
    }

    /** The session of this key has ended: no node may carry it on. */
    @Transactional
    public void end(String keyHash) {
        em.createQuery("delete from SignedInSession s where s.keyHash = :key").setParameter("key", keyHash).executeUpdate();
    }

    public Instant now() {
        return clock.instant();
    }

    /** A short fingerprint of the account's password hash: it changes whenever the password does. */
    public static String passwordStamp(Account account) {
        return Tokens.hash(account.getPasswordHash()).substring(0, 16);
    }

    private Duration idle() {
        return Duration.ofMinutes(idleMinutes);
    }

    @Override
    public String name() {
        return "signed-in-sessions";
    }

    @Override
    public String period(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS).toString();
    }

    /**
     * Deletes the rows past their lifetime, and those idle for longer than the time-out plus
     * the interval at which live sessions tell their row they were seen.
     */
    @Override
    @Transactional
    public void run(Leases.Lease lease) {
        Instant now = sweepClock.instant();
        em.createQuery("delete from SignedInSession s where s.expiresAt < :now or s.lastSeenAt < :idle")
                .setParameter("now", now).setParameter("idle", now.minus(idle()).minus(Duration.ofMinutes(touchMinutes)))
                .executeUpdate();
    }
}
