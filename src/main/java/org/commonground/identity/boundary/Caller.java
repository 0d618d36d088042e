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

    public Optional<Long> accountId() {
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
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    /** Trainers write content; administrators may do whatever a trainer may. */
    public boolean isTrainer() {
        return security.isCallerInRole(Role.TRAINER_NAME) || isAdmin();
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
