package org.commonground.identity.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Instant;
import java.util.Optional;
import org.commonground.identity.entity.Account;
import org.junit.jupiter.api.Test;

/** Registration signs the new account in without a second password hash (600,000 PBKDF2 rounds each). */
class AccountIdentityStoreTest {

    /** The accounts table as the store sees it; checking a password here would mean hashing it again. */
    static final class OneAccount extends Accounts {
        final Account account = new Account("New Person", "new@example.org", "stored-hash", Instant.EPOCH);
        int passwordChecks;

        OneAccount() {
            try {
                // The id the database gave it.
                java.lang.reflect.Field id = org.commonground.platform.entity.BaseEntity.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(account, 7L);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<Account> findWithRoles(long id) {
            return id == 7 ? Optional.of(account) : Optional.empty();
        }

        @Override
        public Optional<Account> verify(String email, String password) {
            passwordChecks++;
            return Optional.empty();
        }
    }

    private static CredentialValidationResult validate(OneAccount accounts, Credential credential) {
        AccountIdentityStore store = new AccountIdentityStore();
        store.accounts = accounts;
        return store.validate(credential);
    }

    @Test
    void theAccountJustRegisteredIsSignedInWithoutCheckingItsPasswordAgain() {
        OneAccount accounts = new OneAccount();

        CredentialValidationResult result = validate(accounts, new NewAccountCredential(7));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("7");
        assertThat(result.getCallerGroups()).containsExactly("LEARNER");
        assertThat(accounts.passwordChecks).isZero();
    }

    @Test
    void aDisabledOrUnknownAccountIsNotSignedIn() {
        OneAccount accounts = new OneAccount();
        accounts.account.disable();

        assertThat(validate(accounts, new NewAccountCredential(7)).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(validate(accounts, new NewAccountCredential(8)).getStatus()).isEqualTo(CredentialValidationResult.Status.INVALID);
    }
}
