package org.commonground.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commonground.notification.control.Reminders;
import org.commonground.notification.control.Wording;
import org.commonground.notification.entity.Kind;
import org.commonground.platform.boundary.ScheduledJob;
import org.commonground.platform.boundary.Scheduler;
import org.commonground.platform.control.Leases;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.control.CurrencyPolicy;
import org.commonground.reflection.boundary.FollowUps;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The daily run: for everyone with a stored status that may call for a reminder (a due
 * date not yet met, a renewal date, a refresh), the learner's reminders and the
 * managers' escalations of today, 500 people at a time
 * ({@code commonground.notifications.people-per-batch}), each batch in its own
 * transaction; then the practice follow-ups that fall due today. A run stopped half-way (a node stopped) is taken up again by the next
 * tick on any node; the unique keys make nothing twice. The day starts at
 * {@code commonground.notifications.daily-hour} in the platform's time zone.
 */
@ApplicationScoped
public class DailyReminders implements ScheduledJob {

    static final int PEOPLE_PER_BATCH = 500;
    /** How many days back the follow-ups that fell due are looked for (a day the platform was down). */
    static final int FOLLOW_UP_CATCH_UP_DAYS = 7;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(DailyReminders.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @PersistenceContext
    EntityManager em;

    @Inject
    Progress progress;

    @Inject
    Notifications notifications;

    @Inject
    Scheduler scheduler;

    @Inject
    FollowUps followUps;

    @Inject
    DailyReminders self;

    @Inject
    @ConfigProperty(name = "commonground.notifications.daily-hour", defaultValue = "6")
    int dailyHour;

    @Inject
    @ConfigProperty(name = "commonground.notifications.escalate-after-days", defaultValue = "14")
    int escalateAfterDays;

    @Inject
    @ConfigProperty(name = "commonground.notifications.people-per-batch", defaultValue = "500")
    int peoplePerBatch;

    @Override
    public String name() {
        return "daily-reminders";
    }

    @Override
    public String period(Instant now) {
        return now.atZone(progress.zoneId()).minusHours(dailyHour).toLocalDate().toString();
    }

    @Override
    public void run(Leases.Lease lease) {
        long after = -1;
        int made = 0;
        int seen = 0;
        while (true) {
            List<Long> people = self.nextPeople(after);
            if (people.isEmpty()) {
                made += self.askFollowUps();
                int total = made;
                int everyone = seen;
                LOG.info(() -> "Daily reminders " + lease.period() + ": " + total + " messages for " + everyone + " people");
                return;
            }
            made += self.remind(people);
            seen += people.size();
            after = people.get(people.size() - 1);
            if (!scheduler.stillHeld(lease)) {
                throw new IllegalStateException("the lease of " + lease.job() + " was lost; another node takes it up");
            }
        }
    }

    /** The next people (by id) with a status that may call for a reminder. */
    @Transactional
    public List<Long> nextPeople(long after) {
        return em.createQuery("select distinct s.accountId from ModuleStatus s where s.accountId > :after and (s.renewOn is not null"
                + " or s.refreshNeeded = :yes or (s.dueOn is not null and s.completedAt is null)) order by s.accountId", Long.class)
                .setParameter("after", after).setParameter("yes", Boolean.TRUE).setMaxResults(peoplePerBatch).getResultList();
    }

    /**
     * Asks each learner whose 30- or 90-day practice follow-up fell due today (or in the
     * week before, should the platform not have run on that day) and is not answered to
     * answer it, with a link to its page; once per completion and point (its key).
     */
    @Transactional
    public int askFollowUps() {
        LocalDate today = progress.today();
        List<Notifications.Draft> drafts = new ArrayList<>();
        Map<String, String> titles = null;
        String prefix = "notification." + Kind.FOLLOW_UP_DUE.name();
        for (int back = FOLLOW_UP_CATCH_UP_DAYS - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            for (FollowUps.Due d : followUps.dueOn(day)) {
                titles = titles == null ? titles() : titles;
                String title = titles.getOrDefault(d.moduleUuid(), "a module");
                String key = "FOLLOW_UP_DUE:" + d.accountId() + ":" + d.moduleUuid() + ":" + day.minusDays(d.afterDays()) + ":"
                        + d.afterDays();
                drafts.add(new Notifications.Draft(d.accountId(), Kind.FOLLOW_UP_DUE, key,
                        Wording.text(prefix + ".subject", title, d.afterDays()),
                        Wording.text(prefix + ".body", title, d.afterDays()), "learn/follow-up.xhtml?m=" + d.moduleUuid()));
            }
        }
        return notifications.store(drafts);
    }

    /** Makes today's reminders for these people (and escalations to their managers); answers how many were made. */
    @Transactional
    public int remind(Collection<Long> people) {
        if (people.isEmpty()) {
            return 0;
        }
        LocalDate today = progress.today();
        int dueSoonDays = progress.dueSoonDays();
        List<Reminders.Row> rows = rows(people);
        Map<String, String> titles = titles();
        List<Notifications.Draft> drafts = new ArrayList<>();
        List<Reminders.Row> escalating = new ArrayList<>();
        for (Reminders.Row row : rows) {
            String title = titles.getOrDefault(row.moduleUuid(), "a module");
            for (Reminders.Reminder r : Reminders.forLearner(row, today, dueSoonDays)) {
                String prefix = "notification." + r.kind().name();
                String on = r.on() == null ? "" : DAY.format(r.on());
                drafts.add(new Notifications.Draft(row.accountId(), r.kind(), r.key(), Wording.text(prefix + ".subject", title, on),
                        Wording.text(prefix + ".body", title, on), "learn/module.xhtml?m=" + row.moduleUuid()));
            }
            if (Reminders.escalates(row, today, dueSoonDays, escalateAfterDays)) {
                escalating.add(row);
            }
        }
        if (!escalating.isEmpty()) {
            escalations(escalating, titles, today, drafts);
        }
        return notifications.store(drafts);
    }

    private void escalations(List<Reminders.Row> rows, Map<String, String> titles, LocalDate today,
            List<Notifications.Draft> drafts) {
        List<Long> members = rows.stream().map(Reminders.Row::accountId).distinct().toList();
        Map<Long, List<Object[]>> managers = new HashMap<>();
        em.createQuery("select distinct m.account.id, ms.account.id, m.id, o.uuid, m.account.displayName from ManagerScope ms,"
                + " Membership m join m.organisation o left join m.teams t where m.account.id in :ids and m.endedAt is null"
                + " and ms.organisation = m.organisation and (ms.team is null or ms.team = t) and ms.account.id <> m.account.id",
                Object[].class).setParameter("ids", members).getResultList()
                .forEach(r -> managers.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r));
        for (Reminders.Row row : rows) {
            for (Object[] m : managers.getOrDefault(row.accountId(), List.of())) {
                long manager = (Long) m[1];
                String title = titles.getOrDefault(row.moduleUuid(), "a module");
                long late = today.toEpochDay() - row.facts().dueOn().toEpochDay();
                Object[] args = {title, DAY.format(row.facts().dueOn()), m[4], late};
                drafts.add(new Notifications.Draft(manager, Kind.ESCALATION, Reminders.escalationKey(manager, row),
                        Wording.text("notification.ESCALATION.subject", args), Wording.text("notification.ESCALATION.body", args),
                        "organisation/person.xhtml?org=" + m[3] + "&membership=" + m[2]));
            }
        }
    }

    List<Reminders.Row> rows(Collection<Long> people) {
        return em.createQuery("select s.accountId, s.moduleUuid, s.assigned, s.completedVersion, s.started, s.completedAt,"
                + " s.refreshNeeded, s.renewOn, s.dueOn, s.attemptsUsedUp, s.exemptUntil from ModuleStatus s"
                + " where s.accountId in :ids", Object[].class).setParameter("ids", people).getResultList().stream()
                .map(r -> new Reminders.Row((Long) r[0], (String) r[1], (Boolean) r[2], (Integer) r[3],
                        new CurrencyPolicy.Facts((Boolean) r[4], (Instant) r[5], (Boolean) r[6], (LocalDate) r[7],
                                (LocalDate) r[8], (Boolean) r[9], (LocalDate) r[10])))
                .toList();
    }

    /** The current title of every module, by uuid. */
    Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        em.createQuery("select lm.uuid, v.title from LearningModule lm join ModuleVersion v on v.module = lm"
                + " and v.number = lm.currentVersion", Object[].class).getResultList()
                .forEach(r -> titles.put((String) r[0], (String) r[1]));
        return titles;
    }
}
