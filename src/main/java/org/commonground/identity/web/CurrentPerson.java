package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.commonground.identity.boundary.Accounts;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;

/** The signed-in person, for pages ({@code #{me}}) and backing beans. Loaded once per request. */
@Named("me")
@RequestScoped
public class CurrentPerson {

    @Inject
    SecurityContext security;

    @Inject
    Accounts accounts;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal caller = security.getCallerPrincipal();
            account = caller == null ? Optional.empty() : parse(caller.getName()).flatMap(accounts::findWithRoles);
        }
        return account;
    }

    /** The signed-in account; only for pages that require sign-in. */
    public Account get() {
        return account().orElseThrow(() -> new IllegalStateException("not signed in"));
    }

    public long id() {
        return get().getId();
    }

    /**
     * Whether someone is signed in, from the session alone: the layout asks, and the
     * error pages use the layout, so it must not need the database. (An account that
     * was disabled or erased has its session ended by {@link AccountGate}.)
     */
    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    /**
     * The signed-in person's name for the menu; empty if the database cannot say, so
     * an error page still renders. (EclipseLink reports an unreachable database with
     * its own unchecked exception, not a PersistenceException.)
     */
    public String getName() {
        try {
            return account().map(Account::getDisplayName).orElse("");
        } catch (RuntimeException unreachable) {
            return "";
        }
    }

    /**
     * Unread notifications, from the account this request reads anyway (no statement of
     * its own); 0 if the database cannot say, so an error page still renders.
     */
    public int getUnreadNotifications() {
        try {
            return account().map(Account::getUnreadNotifications).orElse(0);
        } catch (RuntimeException unreachable) {
            return 0;
        }
    }

        public boolean has(String role) {
        return security.isCallerInRole(role);
    }

    public boolean isTrainer() {
        return has(Role.TRAINER_NAME);
    }

    public boolean isReviewer() {
        return has(Role.REVIEWER_NAME);
    }

    public boolean isManager() {
        return has(Role.MANAGER_NAME);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN_NAME);
    }

    private static Optional<Long> parse(String name) {
        try {
            return Optional.of(Long.valueOf(name));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
