package org.commonground.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.commonground.platform.entity.BaseEntity;
import org.junit.jupiter.api.Test;

class SignedInSessionTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-12-03T09:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(30);

    private static Account account(long id) {
        Account account = new Account("Sam Okafor", "sam@example.org", "hash", Instant.EPOCH);
        try {
            java.lang.reflect.Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(account, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return account;
    }

    private static SignedInSession session(Account account) {
        return new SignedInSession("k", account, "stamp", null, SIGNED_IN, Duration.ofHours(12));
    }

    @Test
    void goesOnForTheSameAccountWithinItsIdleTimeAndLifetime() {
        Account account = account(7);
        SignedInSession session = session(account);
        assertThat(session.goesOn(account, "stamp", SIGNED_IN.plus(Duration.ofMinutes(29)), IDLE)).isTrue();
        assertThat(session.goesOn(account(8), "stamp", SIGNED_IN, IDLE)).as("another account").isFalse();
    }

    @Test
    void endsWhenIdleForTheTimeOutFromWhenItWasLastSeen() {
        Account account = account(7);
        SignedInSession session = session(account);
        assertThat(session.goesOn(account, "stamp", SIGNED_IN.plus(IDLE), IDLE)).isFalse();
        session.seen(SIGNED_IN.plus(Duration.ofMinutes(20)));
        assertThat(session.goesOn(account, "stamp", SIGNED_IN.plus(Duration.ofMinutes(49)), IDLE)).isTrue();
        session.seen(SIGNED_IN);
        assertThat(session.getLastSeenAt()).as("never goes back").isEqualTo(SIGNED_IN.plus(Duration.ofMinutes(20)));
    }

    @Test
    void endsAtItsLifetimeHoweverRecentlySeen() {
        Account account = account(7);
        SignedInSession session = session(account);
        Instant end = SIGNED_IN.plus(Duration.ofHours(12));
        session.seen(end.minusSeconds(1));
        assertThat(session.goesOn(account, "stamp", end.minusMillis(1), IDLE)).isTrue();
        assertThat(session.goesOn(account, "stamp", end, IDLE)).isFalse();
    }

    @Test
    void endsWhenTheAccountChanged() {
        Account account = account(7);
        SignedInSession session = session(account);
        Instant now = SIGNED_IN.plusSeconds(60);
        assertThat(session.goesOn(account, "other", now, IDLE)).as("a new password").isFalse();
        account.grant(Role.REVIEWER);
        assertThat(session.goesOn(account, "stamp", now, IDLE)).as("a role granted").isFalse();
        account.revoke(Role.REVIEWER);
        assertThat(session.goesOn(account, "stamp", now, IDLE)).isTrue();
        account.endSessions();
        assertThat(session.goesOn(account, "stamp", now, IDLE)).as("every session ended").isFalse();
        Account disabled = account(7);
        disabled.disable();
        assertThat(session.goesOn(disabled, "stamp", now, IDLE)).as("disabled").isFalse();
        session.restamp("other");
        assertThat(session.goesOn(account(7), "other", now, IDLE)).as("a password changed in this session").isTrue();
    }
}
