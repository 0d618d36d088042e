package org.commonground.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.commonground.identity.entity.AuditEntry;

/** The record of grants and removals: written with the change, read by administrators. */
@ApplicationScoped
public class Audit {

    @PersistenceContext
    EntityManager em;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    /** Records an action by the current caller; joins the caller's transaction. */
    @Transactional
    public void record(Long subjectId, Long organisationId, String action, String detail) {
        em.persist(new AuditEntry(clock.instant(), caller.accountId().orElse(null), subjectId, organisationId, action, detail));
    }

    /** An entry with the names of who acted and on whom, for the administrators' audit page. */
    public record Row(java.time.Instant at, String actor, String subject, String action, String detail) {
    }

    public List<Row> recent(int first, int max) {
        caller.requireAdmin();
        return em.createQuery("select new org.commonground.identity.boundary.Audit.Row(e.at, a.displayName, s.displayName,"
                + " e.action, e.detail) from AuditEntry e left join Account a on a.id = e.actorId"
                + " left join Account s on s.id = e.subjectId order by e.at desc, e.id desc", Row.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        caller.requireAdmin();
        return em.createQuery("select count(e) from AuditEntry e", Long.class).getSingleResult();
    }

    public List<Row> about(long subjectId) {
        caller.requireAdmin();
        return em.createQuery("select new org.commonground.identity.boundary.Audit.Row(e.at, a.displayName, s.displayName,"
                + " e.action, e.detail) from AuditEntry e left join Account a on a.id = e.actorId"
                + " left join Account s on s.id = e.subjectId where e.subjectId = :s order by e.at desc, e.id desc", Row.class)
                .setParameter("s", subjectId).setMaxResults(200).getResultList();
    }
}
