package org.commonground.notification.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonground.content.boundary.MaterialChangePublished;
import org.commonground.learning.boundary.AssignmentChanged;

/**
 * Messages that should not wait for the daily run: a module assigned, a module completed
 * changing materially. Once the change has committed, the people it touches get the
 * same reminders the daily run would make for them (so the daily run makes none twice).
 * Should this fail, the next daily run makes them.
 */
@ApplicationScoped
public class ImmediateReminders {

    private static final Logger LOG = Logger.getLogger(ImmediateReminders.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DailyReminders reminders;

    @Inject
    ImmediateReminders self;

    @Resource
    ManagedExecutorService executor;

    void assigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssignmentChanged changed) {
        later(() -> self.remind(changed.accountId() != null ? List.of(changed.accountId())
                : self.teamMembers(changed.teamId())));
    }

    void materialChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaterialChangePublished published) {
        later(() -> self.remind(self.needingRefresh(published.moduleUuid())));
    }

    private void later(Runnable work) {
        executor.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reminders were not made now; the daily run makes them", e);
            }
        });
    }

    @Transactional
    public List<Long> teamMembers(long teamId) {
        return em.createQuery("select m.account.id from Membership m join m.teams t where t.id = :team and m.endedAt is null",
                Long.class).setParameter("team", teamId).getResultList();
    }

    @Transactional
    public List<Long> needingRefresh(String moduleUuid) {
        return em.createQuery("select s.accountId from ModuleStatus s where s.moduleUuid = :m and s.refreshNeeded = :yes",
                Long.class).setParameter("m", moduleUuid).setParameter("yes", Boolean.TRUE).getResultList();
    }

    /** Reminders for these people, 500 at a time. */
    public void remind(List<Long> people) {
        for (int from = 0; from < people.size(); from += DailyReminders.PEOPLE_PER_BATCH) {
            reminders.remind(people.subList(from, Math.min(people.size(), from + DailyReminders.PEOPLE_PER_BATCH)));
        }
    }
}
