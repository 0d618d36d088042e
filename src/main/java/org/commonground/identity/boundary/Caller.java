package org.commonground.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.commonground.identity.entity.Role;
import org.commonground.platform.boundary.AccessDeniedException;

/**
 * Who is making the current request, for boundaries that decide what that person
 * may see or do. Checks live in the boundaries, so no page can forget them.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityContext security;

    private Long actingAs;
    private java.util.Set<Role> actingRoles = java.util.Set.of();

    /**
     * For work that runs outside any request (the demo data at start-up): for the rest of
     * this request context the caller is this account with these roles, so the work goes
     * through the same boundaries and checks as a person's. {@code null} ends it. Nothing a
     * request sends can reach this.
     */
    public void actAs(Long accountId, java.util.Set<Role> roles) {
        actingAs = accountId;
        actingRoles = accountId == null ? java.util.Set.of() : java.util.Set.copyOf(roles);
    }

    public Optional<Long> accountId() {
        if (actingAs != null) {
            return Optional.of(actingAs);
        }
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.valueOf(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The caller's account id; refuses a caller who is not signed in. */
    public long id() {
        return accountId().orElseThrow(AccessDeniedException::new);
    }

    public boolean isAdmin() {
        return actingAs != null ? actingRoles.contains(Role.ADMIN) : security.isCallerInRole(Role.ADMIN_NAME);
    }

    /** Trainers write content; administrators may do whatever a trainer may. */
    public boolean isTrainer() {
        return (actingAs != null ? actingRoles.contains(Role.TRAINER) : security.isCallerInRole(Role.TRAINER_NAME)) || isAdmin();
    }

    public void requireTrainer() {
        if (!isTrainer()) {
            throw new AccessDeniedException();
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException();
        }
    }
}
