package org.commonground.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.ExternalSignIn;
import org.commonground.identity.boundary.PasswordSignInRule;
import org.commonground.identity.entity.Account;
import org.commonground.organisation.control.StaffGroups;
import org.commonground.organisation.entity.Membership;
import org.commonground.organisation.entity.Organisation;

/**
 * Organisations and single sign-on. A provider's claims may place the person in an
 * organisation (by its id, after the provider's own mapping) and staff group: someone
 * who belongs to no organisation joins it; a current member's staff group follows the
 * claim. A member of another organisation stays there (a manager ends that membership).
 * Roles never come from a provider. And an organisation may require single sign-on: its
 * current members' passwords are refused; leavers keep theirs.
 */
@ApplicationScoped
public class SingleSignOnMembers implements PasswordSignInRule {

    private static final Logger LOG = Logger.getLogger(SingleSignOnMembers.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Memberships memberships;

    @Inject
    StaffGroups staffGroups;

    @Inject
    Audit audit;

    @Override
    public Optional<String> refusal(long accountId) {
        long required = em.createQuery("select count(m) from Membership m where m.account.id = :a and m.endedAt is null"
                + " and m.organisation.requireSso = true", Long.class).setParameter("a", accountId).getSingleResult();
        return required > 0 ? Optional.of("identity.sso.required") : Optional.empty();
    }

    @jakarta.transaction.Transactional
    void place(@Observes ExternalSignIn signIn) {
        if (signIn.organisation() == null) {
            return;
        }
        List<Organisation> found = em.createNamedQuery(Organisation.BY_UUID, Organisation.class)
                .setParameter("uuid", signIn.organisation()).getResultList();
        if (found.isEmpty()) {
            LOG.info(() -> "A provider (" + signIn.provider() + ") named an organisation that is not here");
            return;
        }
        Organisation organisation = found.get(0);
        Optional<String> claimedGroup = staffGroups.keyFor(signIn.staffGroup());
        Optional<Membership> current = memberships.active(signIn.accountId());
        if (current.isEmpty()) {
            String group = claimedGroup.orElse(staffGroups.getKeys().get(0));
            Membership membership = memberships.ensure(em.find(Account.class, signIn.accountId()), organisation, group, List.of());
            audit.record(signIn.accountId(), organisation.getId(), "JOINED",
                    organisation.getName() + ", by single sign-on (" + signIn.provider() + ")");
            LOG.fine(() -> "Membership " + membership.getId() + " made at sign-in");
        } else if (current.get().getOrganisation().equals(organisation) && claimedGroup.isPresent()
                && !claimedGroup.get().equals(current.get().getStaffGroup())) {
            current.get().changeStaffGroup(claimedGroup.get());
        }
    }
}
