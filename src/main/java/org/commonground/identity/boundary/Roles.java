package org.commonground.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.platform.boundary.BusinessException;

/**
 * Granting and removing roles, and disabling accounts: administrators only, every
 * change audited. MANAGER is granted through manager scopes (organisation feature),
 * which call {@link #grantManager}/{@link #revokeManagerIfNoScopes} in their transaction.
 */
@ApplicationScoped
public class Roles {

    @Inject
    Accounts accounts;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Transactional
    public void grant(long accountId, Role role) {
        caller.requireAdmin();
        if (role == Role.LEARNER || role == Role.MANAGER) {
            throw new BusinessException("identity.roles.notGrantable");
        }
        Account account = accounts.get(accountId);
        if (!account.holds(role)) {
            account.grant(role);
            audit.record(accountId, null, "ROLE_GRANTED", role.name());
        }
    }

    @Transactional
    public void revoke(long accountId, Role role) {
        caller.requireAdmin();
        if (role == Role.LEARNER || role == Role.MANAGER) {
            throw new BusinessException("identity.roles.notGrantable");
        }
        if (role == Role.ADMIN && accountId == caller.id()) {
            throw new BusinessException("identity.roles.notYourOwnAdmin");
        }
        Account account = accounts.get(accountId);
        if (account.holds(role)) {
            account.revoke(role);
            audit.record(accountId, null, "ROLE_REVOKED", role.name());
        }
    }

    /** Part of granting a manager scope; the scope's grant is audited by the caller. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grantManager(Account account) {
        account.grant(Role.MANAGER);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revokeManagerIfNoScopes(Account account, long remainingScopes) {
        if (remainingScopes == 0 && account.holds(Role.MANAGER)) {
            account.revoke(Role.MANAGER);
        }
    }

    /** A disabled account cannot sign in, and its open sessions end at their next request. */
    @Transactional
    public void disable(long accountId) {
        caller.requireAdmin();
        if (accountId == caller.id()) {
            throw new BusinessException("identity.roles.notYourself");
        }
        Account account = accounts.get(accountId);
        if (!account.isDisabled()) {
            account.disable();
            audit.record(accountId, null, "ACCOUNT_DISABLED", "");
        }
    }

    @Transactional
    public void enable(long accountId) {
        caller.requireAdmin();
        Account account = accounts.get(accountId);
        if (account.isDisabled()) {
            account.enable();
            audit.record(accountId, null, "ACCOUNT_ENABLED", "");
        }
    }
}
