package org.commonground.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.commonground.identity.entity.Account;

/**
 * Checks email and password against the accounts table for Jakarta Security. The
 * caller name is the account id, never the email, so it can appear in logs.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Accounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof NewAccountCredential registered) {
            return accounts.findWithRoles(registered.accountId()).filter(a -> !a.isDisabled())
                    .map(AccountIdentityStore::result)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        }
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return accounts.verify(login.getCaller(), login.getPasswordAsString())
                .map(AccountIdentityStore::result)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static CredentialValidationResult result(Account account) {
        Set<String> groups = account.getRoles().stream().map(Enum::name).collect(Collectors.toSet());
        return new CredentialValidationResult(Long.toString(account.getId()), groups);
    }
}
