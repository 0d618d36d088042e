package org.commonground.notification.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.notification.control.Reminders;
import org.commonground.notification.control.Wording;
import org.commonground.notification.entity.Kind;
import org.commonground.platform.boundary.ScheduledJob;
import org.commonground.platform.control.Leases;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.control.CurrencyPolicy;
import org.commonground.progress.entity.Rag;
import org.commonground.progress.entity.Status;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each manager's weekly summary of the teams they manage: how many modules are overdue,
 * due soon, and newly complete (in the last seven days), per team (or organisation),
 * once per ISO week (the week starts on Monday at {@code commonground.notifications.daily-hour}).
 */
@ApplicationScoped
public class TeamDigest implements ScheduledJob {

    @PersistenceContext
    EntityManager em;

    @Inject
    Progress progress;

    @Inject
    DailyReminders reminders;

    @Inject
    Notifications notifications;

    @Inject
    TeamDigest self;

    @Inject
    @ConfigProperty(name = "commonground.notifications.daily-hour", defaultValue = "6")
    int dailyHour;

    /** A manager's scope: a team, or a whole organisation. */
    record Scope(long managerId, long organisationId, String organisationName, Long teamId, String teamName) {
        String name() {
            return teamName != null ? teamName : organisationName;
        }
    }

    /** Counts for one scope. */
    public record Counts(int overdue, int dueSoon, int newlyComplete) {
    }

    @Override
    public String name() {
        return "team-digest";
    }

    @Override
    public String period(Instant now) {
        return week(now.atZone(progress.zoneId()).minusHours(dailyHour).toLocalDate());
    }

    static String week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    @Override
    public void run(Leases.Lease lease) {
        self.digest();
    }

    /** Makes this week's summary for every manager; answers how many were made. */
    @Transactional
    public int digest() {
        LocalDate today = progress.today();
        String week = week(today);
        Map<Long, List<String>> lines = new LinkedHashMap<>();
        for (Scope scope : scopes()) {
            Counts c = counts(scope, today);
            lines.computeIfAbsent(scope.managerId(), k -> new ArrayList<>()).add(Wording.text("notification.TEAM_DIGEST.line",
                    scope.name(), c.overdue(), c.dueSoon(), c.newlyComplete()));
        }
        List<Notifications.Draft> drafts = new ArrayList<>();
        String subject = Wording.text("notification.TEAM_DIGEST.subject", week);
        lines.forEach((manager, text) -> drafts.add(new Notifications.Draft(manager, Kind.TEAM_DIGEST,
                "TEAM_DIGEST:" + manager + ":" + week, subject, Wording.text("notification.TEAM_DIGEST.body") + "\n"
                        + String.join("\n", text), "manage/index.xhtml")));
        return notifications.store(drafts);
    }

    private List<Scope> scopes() {
        return em.createQuery("select ms.account.id, o.id, o.name, t.id, t.name from ManagerScope ms join ms.organisation o"
                + " left join ms.team t order by ms.account.id, o.name, t.name", Object[].class).getResultList().stream()
                .map(r -> new Scope((Long) r[0], (Long) r[1], (String) r[2], (Long) r[3], (String) r[4])).toList();
    }

    Counts counts(Scope scope, LocalDate today) {
        List<Long> members = scope.teamId() == null
                ? em.createQuery("select m.account.id from Membership m where m.organisation.id = :o and m.endedAt is null",
                        Long.class).setParameter("o", scope.organisationId()).getResultList()
                : em.createQuery("select m.account.id from Membership m join m.teams t where t.id = :t and m.endedAt is null",
                        Long.class).setParameter("t", scope.teamId()).getResultList();
        int overdue = 0;
        int dueSoon = 0;
        int newlyComplete = 0;
        Instant weekAgo = today.minusDays(7).atStartOfDay(progress.zoneId()).toInstant();
        int dueSoonDays = progress.dueSoonDays();
        for (int from = 0; from < members.size(); from += DailyReminders.PEOPLE_PER_BATCH) {
            for (Reminders.Row row : reminders.rows(members.subList(from, Math.min(members.size(),
                    from + DailyReminders.PEOPLE_PER_BATCH)))) {
                CurrencyPolicy.Verdict v = CurrencyPolicy.decide(row.facts(), today, dueSoonDays);
                if (v.status() == Status.OVERDUE) {
                    overdue++;
                } else if ((v.status() == Status.NOT_STARTED || v.status() == Status.IN_PROGRESS) && v.rag() == Rag.AMBER) {
                    dueSoon++;
                }
                if (row.facts().completedAt() != null && row.facts().completedAt().isAfter(weekAgo)) {
                    newlyComplete++;
                }
            }
        }
        return new Counts(overdue, dueSoon, newlyComplete);
    }
}
