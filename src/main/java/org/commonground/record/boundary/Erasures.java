package org.commonground.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.control.PasswordHasher;
import org.commonground.identity.control.Tokens;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.record.entity.ErasureRequest;

/**
 * The right to erasure. A person asks; an administrator confirms; then every
 * personal field is deleted or anonymised. Reflections, certificates, tokens and
 * mail to them are deleted; the account keeps only an anonymous name and address,
 * so organisations' completion counts stay true as anonymous figures.
 */
@ApplicationScoped
public class Erasures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    PasswordHasher hasher;

    Clock clock = Clock.systemUTC();

    /** A pending request, for administrators. */
    public record Pending(long id, long accountId, String name, String email, java.time.Instant requestedAt) {
    }

    @Transactional
    public void request() {
        long me = caller.id();
        boolean pending = em.createQuery("select count(r) from ErasureRequest r where r.accountId = :me and r.confirmedAt is null",
                Long.class).setParameter("me", me).getSingleResult() > 0;
        if (!pending) {
            em.persist(new ErasureRequest(me, clock.instant()));
        }
    }

    /** The caller takes back their own request, before an administrator has confirmed it. */
    @Transactional
    public void withdraw() {
        long me = caller.id();
        int withdrawn = em.createQuery("delete from ErasureRequest r where r.accountId = :me and r.confirmedAt is null")
                .setParameter("me", me).executeUpdate();
        if (withdrawn > 0) {
            audit.record(me, null, "ERASURE_WITHDRAWN", "");
        }
    }

    public boolean requested() {
        return em.createQuery("select count(r) from ErasureRequest r where r.accountId = :me and r.confirmedAt is null",
                Long.class).setParameter("me", caller.id()).getSingleResult() > 0;
    }

    public List<Pending> pending() {
        caller.requireAdmin();
        return em.createQuery("select new org.commonground.record.boundary.Erasures.Pending(r.id, a.id, a.displayName, a.email,"
                + " r.requestedAt) from ErasureRequest r, Account a where a.id = r.accountId and r.confirmedAt is null"
                + " order by r.requestedAt", Pending.class).getResultList();
    }

    @Transactional
    public void confirm(long requestId) {
        caller.requireAdmin();
        ErasureRequest request = em.find(ErasureRequest.class, requestId);
        if (request == null) {
            throw new NotFoundException("record.erasure.notFound");
        }
        if (request.getAccountId() == caller.id()) {
            throw new BusinessException("record.erasure.notYourself");
        }
        request.confirm(caller.id(), clock.instant());
        erase(request.getAccountId());
    }

    @Inject
    org.commonground.notification.boundary.Notifications notifications;

    private void erase(long accountId) {
        Account account = em.find(Account.class, accountId);
        String email = account.getEmailKey();
        em.createQuery("delete from ReflectionReply r where r.authorId = :a or r.responseId in"
                + " (select w.id from WorksheetResponse w where w.accountId = :a)").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from ReviewComment c where c.authorId = :a").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from WorksheetAnswer a where a.response.id in"
                + " (select r.id from WorksheetResponse r where r.accountId = :a)").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from WorksheetResponse r where r.accountId = :a").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from FollowUpAnswer f where f.accountId = :a").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from CalendarFeed c where c.accountId = :a").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from Certificate c where c.accountId = :a").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from AccountToken t where t.account.id = :a").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from SignedInSession s where s.accountId = :a").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from KnownDevice d where d.accountId = :a").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from ExternalIdentity x where x.accountId = :a").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from LtiLink l where l.accountId = :a").setParameter("a", accountId).executeUpdate();
        em.createQuery("delete from MailMessage m where lower(m.recipient) = :e").setParameter("e", email).executeUpdate();
        em.createQuery("delete from ManagerScope s where s.account.id = :a").setParameter("a", accountId).executeUpdate();
        notifications.erase(accountId);
        // Partnership rows they offered that no manager accepted yet go; accepted ones belong to the organisation's map.
        em.createQuery("delete from Partner p where p.offeredBy = :a and p.status = :offered").setParameter("a", accountId)
                .setParameter("offered", org.commonground.maturity.entity.Partner.Status.OFFERED).executeUpdate();
        em.createQuery("update JoinCode c set c.invitedEmail = null where lower(c.invitedEmail) = :e")
                .setParameter("e", email).executeUpdate();
        em.createQuery("select m from org.commonground.organisation.entity.Membership m where m.account.id = :a"
                + " and m.endedAt is null", org.commonground.organisation.entity.Membership.class)
                .setParameter("a", accountId).getResultList().forEach(m -> m.end(clock.instant()));
        // Audit lines keep what happened, but not who they were. Keyed on the entry's subject id only, never on
        // matching their name or address in the text (a name such as "%" or "Sam" would catch other people's
        // lines). Lines they wrote as the actor keep their detail, which is about someone else; the actor's name
        // is read from the account, renamed below.
        em.createQuery("update AuditEntry e set e.detail = :erased where e.subjectId = :a")
                .setParameter("erased", "(erased)").setParameter("a", accountId).executeUpdate();
        account.rename("Erased person");
        account.changeEmail("erased-" + accountId + "@erased.invalid");
        account.replacePasswordHash(hasher.hash(Tokens.newToken()));
        for (Role role : Role.values()) {
            if (role != Role.LEARNER && account.holds(role)) {
                account.revoke(role);
            }
        }
        account.disable();
        audit.record(accountId, null, "ERASED", "");
    }
}
