package org.commonground.notification.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.commonground.content.boundary.MaterialChangePublished;
import org.commonground.learning.boundary.AssignmentChanged;

/**
 * Messages that should not wait for the daily run: a module assigned, a module completed
 * changing materially. In the transaction of the change, after progress has brought the
 * stored statuses up to date (a later observer priority), the people it touches get the
 * reminders the daily run would make for them (so the daily run makes none twice).
 * (Not handed to an executor: a task submitted from a request shares the request's
 * component context on Payara, which then closes the request's entity managers.)
 */
@ApplicationScoped
public class ImmediateReminders {

    /** After progress's observers (default priority), which update the statuses read here. */
    static final int AFTER_PROGRESS = Interceptor.Priority.APPLICATION + 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    DailyReminders reminders;

    void assigned(@Observes @Priority(AFTER_PROGRESS) AssignmentChanged changed) {
        remind(changed.accountId() != null ? List.of(changed.accountId()) : em.createQuery("select m.account.id from Membership m"
                + " join m.teams t where t.id = :team and m.endedAt is null", Long.class).setParameter("team", changed.teamId())
                .getResultList());
    }

    void materialChange(@Observes @Priority(AFTER_PROGRESS) MaterialChangePublished published) {
        remind(em.createQuery("select s.accountId from ModuleStatus s where s.moduleUuid = :m and s.refreshNeeded = :yes",
                Long.class).setParameter("m", published.moduleUuid()).setParameter("yes", Boolean.TRUE).getResultList());
    }

    /** Reminders for these people, 500 at a time (joins the caller's transaction). */
    private void remind(List<Long> people) {
        for (int from = 0; from < people.size(); from += DailyReminders.PEOPLE_PER_BATCH) {
            reminders.remind(people.subList(from, Math.min(people.size(), from + DailyReminders.PEOPLE_PER_BATCH)));
        }
    }
}
