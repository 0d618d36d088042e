package org.commonground.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.Optional;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.ExternalIdentity;
import org.commonground.platform.boundary.BusinessException;

/**
 * The one rule for every external identity (OpenID Connect sign-in, and LTI launches
 * later): a person at a provider is the pair (issuer, subject).
 * <ul>
 * <li>Linked to an account: they are that account.</li>
 * <li>Not linked, and an account has the email address the provider claims: they
 * must prove control of that account first (its password, see {@link #linkAfterProof});
 * an email claim alone never links, whatever the provider says of it.</li>
 * <li>Otherwise a new account is made for them and linked.</li>
 * </ul>
 * Roles are never taken from a provider.
 */
@ApplicationScoped
public class ExternalIdentities {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** Who the provider says the person is. */
    public record ExternalPerson(String issuer, String subject, String email, boolean emailVerified, String name,
            String via) implements Serializable {
    }

    /** What happens next for a person who arrives from a provider. */
    public sealed interface Arrival {
    }

    /** Sign in as this account ({@code created} when it was made just now). */
    public record SignIn(long accountId, boolean created) implements Arrival {
    }

    /** An account has the claimed address: its owner must prove control before the identity is linked. */
    public record ProveControl(long accountId, String email) implements Arrival {
    }

    /** The person cannot sign in: the message key says why. */
    public record Refused(String reason) implements Arrival {
    }

    @Transactional
    public Arrival arrive(ExternalPerson person) {
        Optional<ExternalIdentity> linked = find(person.issuer(), person.subject());
        if (linked.isPresent()) {
            Optional<Account> account = accounts.find(linked.get().getAccountId());
            return account.isEmpty() || account.get().isDisabled() ? new Refused("identity.sso.disabled")
                    : new SignIn(account.get().getId(), false);
        }
        if (person.email() == null || person.email().isBlank()) {
            return new Refused("identity.sso.noEmail");
        }
        Optional<Account> sameAddress = accounts.findByEmail(person.email());
        if (sameAddress.isPresent()) {
            return sameAddress.get().isDisabled() ? new Refused("identity.sso.disabled")
                    : new ProveControl(sameAddress.get().getId(), sameAddress.get().getEmail());
        }
        Account created;
        try {
            created = accounts.createExternal(person.name(), person.email());
        } catch (BusinessException noAddress) {
            return new Refused("identity.sso.noEmail");
        }
        link(person, created.getId());
        audit.record(created.getId(), null, "SIGNED_UP_WITH_PROVIDER", "signed in with " + person.via()
                + (person.emailVerified() ? "; the provider confirmed the address" : ""));
        return new SignIn(created.getId(), true);
    }

    /**
     * Links the identity to the account whose password the person has just proved
     * (the caller checked it, under the sign-in limits). Refused if the identity was
     * linked meanwhile to another account.
     */
    @Transactional
    public Arrival linkAfterProof(ExternalPerson person, long accountId) {
        Optional<ExternalIdentity> linked = find(person.issuer(), person.subject());
        if (linked.isPresent()) {
            return linked.get().getAccountId() == accountId ? new SignIn(accountId, false) : new Refused("identity.sso.failed");
        }
        try {
            link(person, accountId);
        } catch (PersistenceException raced) {
            return new Refused("identity.sso.failed");
        }
        audit.record(accountId, null, "PROVIDER_LINKED", "linked to " + person.via() + " after the password was given");
        return new SignIn(accountId, false);
    }

    private void link(ExternalPerson person, long accountId) {
        em.persist(new ExternalIdentity(person.issuer(), person.subject(), accountId, clock.instant()));
        em.flush();
    }

    private Optional<ExternalIdentity> find(String issuer, String subject) {
        return em.createNamedQuery(ExternalIdentity.BY_ISSUER_SUBJECT, ExternalIdentity.class)
                .setParameter("issuer", issuer).setParameter("subject", subject).getResultStream().findFirst();
    }
}
