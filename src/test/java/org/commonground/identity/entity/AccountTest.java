package org.commonground.identity.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountTest {

    private Account account() {
        return new Account("  Sam Okafor ", " Sam@Example.ORG ", "hash", Instant.EPOCH);
    }

    @Test
    void everyoneStartsAsALearner() {
        assertThat(account().getRoles()).containsExactly(Role.LEARNER);
    }

    @Test
    void emailKeepsItsCaseButIsUniqueByItsFoldedForm() {
        Account account = account();
        assertThat(account.getEmail()).isEqualTo("Sam@Example.ORG");
        assertThat(account.getEmailKey()).isEqualTo("sam@example.org");
        assertThat(account.getDisplayName()).isEqualTo("Sam Okafor");
    }

    @Test
    void refusesAnEmptyName() {
        assertThatThrownBy(() -> new Account(" ", "a@b.org", "h", Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void learnerRoleCannotBeTakenAway() {
        Account account = account();
        account.grant(Role.TRAINER);
        account.revoke(Role.TRAINER);
        assertThatThrownBy(() -> account.revoke(Role.LEARNER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(account.getRoles()).containsExactly(Role.LEARNER);
    }

    @Test
    void changingAOneTimePasswordLiftsTheRequirement() {
        Account account = account();
        account.requirePasswordChange();
        assertThat(account.isMustChangePassword()).isTrue();
        account.passwordChanged("new hash");
        assertThat(account.isMustChangePassword()).isFalse();
        assertThat(account.getPasswordHash()).isEqualTo("new hash");
    }
}
