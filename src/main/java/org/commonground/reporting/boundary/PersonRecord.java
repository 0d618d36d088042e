package org.commonground.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.entity.Membership;

/**
 * A person's record as their manager sees it: completions with dates and scores,
 * and which of their reflections they shared with managers. Never reflection text.
 */
@ApplicationScoped
public class PersonRecord {

    @PersistenceContext
    EntityManager em;

    @Inject
    Memberships memberships;

    /** A completed module. */
    public record Done(String module, int version, Instant completedAt, Double score) {
    }

    /** What the manager sees. */
    public record View(Membership membership, List<Done> completions, List<Long> sharedWithManagers) {
    }

    public View of(long membershipId) {
        Membership membership = memberships.open(membershipId);
        long account = membership.getAccount().getId();
        List<Done> done = em.createQuery("select new org.commonground.reporting.boundary.PersonRecord.Done("
                + "coalesce(v.title, c.moduleUuid), c.moduleVersion, c.completedAt,"
                + " (select avg(q.score) from QuizAttempt q where q.accountId = c.accountId and q.moduleUuid = c.moduleUuid"
                + " and q.passed = :yes)) from Completion c left join LearningModule lm on lm.uuid = c.moduleUuid"
                + " left join ModuleVersion v on v.module = lm and v.number = c.moduleVersion where c.accountId = :a"
                + " order by c.completedAt desc", Done.class).setParameter("a", account).setParameter("yes", Boolean.TRUE)
                .getResultList();
        List<Long> shared = em.createQuery("select r.id from WorksheetResponse r where r.accountId = :a"
                + " and r.sharedWithManagers = :yes", Long.class).setParameter("a", account).setParameter("yes", Boolean.TRUE)
                .getResultList();
        return new View(membership, done, shared);
    }
}
