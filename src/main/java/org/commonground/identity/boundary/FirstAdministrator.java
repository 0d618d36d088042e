package org.commonground.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.commonground.identity.entity.Role;
import org.commonground.platform.boundary.Bootstrap;
import org.commonground.platform.control.Races;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new deployment needs someone to run it. When no account holds ADMIN, the
 * administrator named in configuration ({@code commonground.admin.email} and a
 * one-time {@code commonground.admin.password}) is created; they must choose their
 * own password at first sign-in. Nothing happens once an administrator exists.
 * Nodes starting together take turns under the start-up lock (see {@link Bootstrap});
 * should two still create the account at once, the account's unique email lets one in
 * and the other finds the administrator made.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    @ConfigProperty(name = "commonground.admin.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "commonground.admin.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "commonground.admin.name", defaultValue = "Administrator")
    String name;

    void ensure(@Observes @Priority(Bootstrap.SCHEMA_READY + 10) Startup startup) {
        if (email.isEmpty() || password.isEmpty() || administratorExists()) {
            return;
        }
        if (accounts.findByEmail(email.get()).isPresent()) {
            LOG.warning(() -> "commonground.admin.email names an existing account that is not an administrator;"
                    + " grant it ADMIN instead. No administrator was created.");
            return;
        }
        try {
            accounts.create(name, email.get(), password.get(), true, Role.LEARNER, Role.ADMIN);
        } catch (RuntimeException e) {
            if (Races.lost(e) && administratorExists()) {
                LOG.info("Another node created the first administrator at the same moment; nothing to do here.");
                return;
            }
            throw e;
        }
        LOG.info("Created the first administrator from configuration; they must change the one-time password at first sign-in.");
    }

    private boolean administratorExists() {
        return em.createQuery("select count(a) from Account a join a.roles r where r = :admin", Long.class)
                .setParameter("admin", Role.ADMIN)
                .getSingleResult() > 0;
    }
}
