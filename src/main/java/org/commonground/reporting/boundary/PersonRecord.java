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
        // The mean over the module's quizzes of the best score in each.
        java.util.Map<String, Double> scores = em.createQuery("select q.moduleUuid, max(q.score) from QuizAttempt q"
                + " where q.accountId = :a group by q.moduleUuid, q.quizUuid", Object[].class).setParameter("a", account)
                .getResultList().stream().collect(java.util.stream.Collectors.groupingBy(r -> (String) r[0],
                        java.util.stream.Collectors.averagingDouble(r -> ((Number) r[1]).doubleValue())));
        List<Done> done = em.createQuery("select coalesce(v.title, c.moduleUuid), c.moduleVersion, c.completedAt, c.moduleUuid"
                + " from Completion c left join LearningModule lm on lm.uuid = c.moduleUuid"
                + " left join ModuleVersion v on v.module = lm and v.number = c.moduleVersion where c.accountId = :a"
                + " order by c.completedAt desc", Object[].class).setParameter("a", account).getResultList().stream()
                .map(r -> new Done((String) r[0], ((Number) r[1]).intValue(), (Instant) r[2], scores.get((String) r[3])))
                .toList();
        List<Long> shared = em.createQuery("select r.id from WorksheetResponse r where r.accountId = :a"
                + " and r.sharedWithManagers = :yes", Long.class).setParameter("a", account).setParameter("yes", Boolean.TRUE)
                .getResultList();
        return new View(membership, done, shared);
    }
}
