package org.commonground.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.control.EmailAddresses;
import org.commonground.organisation.control.Access;
import org.commonground.organisation.control.JoinCodeGenerator;
import org.commonground.organisation.entity.JoinCode;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.platform.boundary.Outbox;
import org.commonground.platform.control.MailSettings;

/** Join codes and email invitations, made by an organisation's managers and administrators. */
@ApplicationScoped
public class JoinCodes {

    public static final int MAX_DAYS = 90;
    public static final int MAX_USES = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Access access;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    MailSettings mail;

    @Inject
    Audit audit;

    /** What the "days" of a code's life are: days, except in tests that need codes to expire quickly. */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "commonground.organisation.code-lifetime-unit", defaultValue = "DAYS")
    String lifetimeUnit;

    Clock clock = Clock.systemUTC();

    @Transactional
    public JoinCode create(String organisationUuid, String teamUuid, int days, int maxUses) {
        Organisation organisation = organisations.open(organisationUuid);
        if (days < 1 || days > MAX_DAYS) {
            throw BusinessException.onField("days", "organisation.code.days", MAX_DAYS);
        }
        if (maxUses < 1 || maxUses > MAX_USES) {
            throw BusinessException.onField("uses", "organisation.code.uses", MAX_USES);
        }
        return persist(organisation, team(organisation, teamUuid), null, days, maxUses);
    }

    /** Sends a one-use code to an email address, with a link that fills it in. */
    @Transactional
    public JoinCode invite(String organisationUuid, String teamUuid, String email) {
        Organisation organisation = organisations.open(organisationUuid);
        if (!EmailAddresses.isPlausible(email)) {
            throw BusinessException.onField("email", "identity.register.emailInvalid");
        }
        JoinCode code = persist(organisation, team(organisation, teamUuid), email.trim(), 14, 1);
        outbox.sendLink(email.trim(), "You are invited to join " + organisation.getName() + " on Common Ground",
                "Hello,\n\n" + organisation.getName() + " uses Common Ground for training staff who work with people"
                + " that services often leave behind.\n\nTo join, open this link and create an account with this"
                + " email address (or sign in with it):\n\n"
                + mail.publicUrl() + "/join.xhtml?code=" + code.getCode() + "\n\nOr type this join code: "
                + code.getCode() + "\nIt works once, for 14 days, and only for " + email.trim() + ".\n",
                code.getCode(), code.getExpiresAt());
        // The address stays on the join code (cleared if that person is erased), not in the audit text.
        audit.record(null, organisation.getId(), "INVITED",
                code.getTeam() == null ? organisation.getName() : "team " + code.getTeam().getName() + " of " + organisation.getName());
        return code;
    }

    /** The email keys of the organisation's invitations that can still be used (not revoked, used or expired). */
    public java.util.Set<String> invitedEmailKeys(Organisation organisation) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        em.createQuery("select c.invitedEmail from JoinCode c where c.organisation = :o and c.invitedEmail is not null"
                + " and c.revoked = false and c.uses < c.maxUses and c.expiresAt > :now", String.class)
                .setParameter("o", organisation).setParameter("now", clock.instant()).getResultList()
                .forEach(email -> keys.add(org.commonground.identity.entity.Account.emailKey(email)));
        return keys;
    }

    /** For demo data: a code with a known value. Idempotent. */
    @Transactional
    public void ensure(Organisation organisation, String code, int days) {
        if (em.createNamedQuery(JoinCode.BY_CODE, JoinCode.class).setParameter("code", code).getResultList().isEmpty()) {
            Instant now = clock.instant();
            em.persist(new JoinCode(code, em.merge(organisation), null, null, now.plus(days, java.time.temporal.ChronoUnit.valueOf(lifetimeUnit)), MAX_USES, now, null));
        }
    }

    @Transactional
    public void revoke(String code) {
        JoinCode joinCode = find(code).orElseThrow(() -> new NotFoundException("organisation.join.unknown"));
        access.requireOrganisation(joinCode.getOrganisation());
        joinCode.revoke();
    }

    public List<JoinCode> of(Organisation organisation) {
        access.requireOrganisation(organisation);
        return em.createNamedQuery(JoinCode.OF_ORGANISATION, JoinCode.class).setParameter("organisation", organisation)
                .getResultList();
    }

    /** What a typed code would let a person join, for the join page; empty if it cannot be used. */
    public Optional<JoinCode> usable(String typed) {
        return find(JoinCodeGenerator.normalise(typed)).filter(c -> c.refusalAt(clock.instant()).isEmpty());
    }

    /** Whether the code is an invitation sent to an address other than the caller's (only that person may use it). */
    public boolean invitesSomeoneElse(JoinCode code) {
        if (code == null || code.getInvitedEmail() == null) {
            return false;
        }
        return caller.accountId().map(id -> em.find(org.commonground.identity.entity.Account.class, id))
                .map(a -> !a.getEmailKey().equals(org.commonground.identity.entity.Account.emailKey(code.getInvitedEmail())))
                .orElse(true);
    }

    private Optional<JoinCode> find(String code) {
        return em.createNamedQuery(JoinCode.BY_CODE, JoinCode.class).setParameter("code", code).getResultStream().findFirst();
    }

    private JoinCode persist(Organisation organisation, Team team, String invited, int days, int maxUses) {
        Instant now = clock.instant();
        JoinCode code = new JoinCode(JoinCodeGenerator.next(), organisation, team, invited, now.plus(days, java.time.temporal.ChronoUnit.valueOf(lifetimeUnit)),
                maxUses, now, caller.accountId().orElse(null));
        em.persist(code);
        return code;
    }

    private Team team(Organisation organisation, String teamUuid) {
        if (teamUuid == null || teamUuid.isBlank()) {
            return null;
        }
        Team team = organisations.findTeam(teamUuid).orElseThrow(() -> new NotFoundException("organisation.team.notFound"));
        if (!team.getOrganisation().equals(organisation)) {
            throw new NotFoundException("organisation.team.notFound");
        }
        return team;
    }
}
