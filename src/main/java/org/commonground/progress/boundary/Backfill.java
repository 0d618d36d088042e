package org.commonground.progress.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;
import org.commonground.platform.boundary.Bootstrap;

/**
 * Fills the stored statuses once on a database that has progress or assignments but
 * no statuses yet (one upgraded from before they existed, or data loaded by a
 * script). Idempotent: with any status stored it does nothing.
 */
@ApplicationScoped
public class Backfill {

    private static final Logger LOG = Logger.getLogger(Backfill.class.getName());
    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Progress progress;

    @Inject
    Backfill self;

    void atStartup(@Observes @Priority(Bootstrap.SCHEMA_READY + 200) Startup startup) {
        if (!em.createQuery("select s.id from ModuleStatus s", Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        List<Long> accounts = em.createQuery("select distinct p.accountId from ModuleProgress p", Long.class).getResultList();
        List<Long> members = em.createQuery("select distinct m.account.id from Membership m where m.endedAt is null",
                Long.class).getResultList();
        java.util.Set<Long> all = new java.util.TreeSet<>(accounts);
        all.addAll(members);
        if (all.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(all);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            self.fill(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
        LOG.info(() -> "Stored progress statuses for " + ids.size() + " people.");
    }

    @Transactional
    public void fill(List<Long> accountIds) {
        progress.rebuild(accountIds);
        em.flush();
        em.clear();
    }
}
