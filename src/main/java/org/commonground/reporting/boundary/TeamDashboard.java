package org.commonground.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.learning.control.Currency;
import org.commonground.learning.entity.Assignment;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Team;
import org.commonground.reporting.control.CellRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A team's completion: its current members by the modules assigned to them, each
 * cell with its status and red-amber-green, and the team's completion against the
 * target. Five SQL statements whatever the team's size: the signed-in account, the team
 * with the caller's right to it, members with their progress, assignments with their
 * modules, completions by month.
 */
@ApplicationScoped
public class TeamDashboard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    @ConfigProperty(name = "commonground.reporting.amber-days", defaultValue = "30")
    int amberDays;

    @Inject
    @ConfigProperty(name = "commonground.reporting.target-percent", defaultValue = "95")
    int target;

    @Inject
    @ConfigProperty(name = "commonground.timezone", defaultValue = "Europe/London")
    String zone;

    Clock clock = Clock.systemUTC();

    /** A column: an assigned module. */
    public record Column(String uuid, String title) {
    }

    /** One cell of the grid. */
    public record Cell(CellRules.Status status, CellRules.Rag rag, LocalDate due, Instant completedAt) {
    }

    /** One person's row. */
    public record Row(long membershipId, String name, String staffGroup, Map<String, Cell> cells) {

        public Cell cell(String module) {
            return cells.get(module);
        }
    }

    /** The whole view. */
    public record View(Team team, List<Column> columns, List<Row> rows, long complete, long assigned, double percent,
            int target, Map<CellRules.Rag, Long> rag, List<Monthly> history) {

        public boolean isOnTarget() {
            return percent >= target;
        }
    }

    /** Completions in one month, for the chart. */
    public record Monthly(int year, int month, long completions) {
    }

    public View view(String teamUuid, String moduleFilter, String statusFilter) {
        Team team = organisations.openTeam(teamUuid);
        ZoneId zoneId = ZoneId.of(zone);
        LocalDate today = LocalDate.now(clock.withZone(zoneId));

        // The team's members with their progress, one row per member and module started (a member with none: one row).
        Map<Long, Object[]> members = new LinkedHashMap<>();
        Map<String, Object[]> progress = new HashMap<>();  // the same rows, by account and module
        em.createQuery("select m.id, a.id, a.displayName, m.staffGroup, p.moduleUuid, p.completedAt, p.completedVersion"
                + " from Account a join Membership m on m.account = a join m.teams t left join ModuleProgress p on p.accountId = a.id"
                + " where t = :team and m.endedAt is null order by a.displayName, m.id", Object[].class)
                .setParameter("team", team).getResultList().forEach(r -> {
                    members.putIfAbsent(((Number) r[0]).longValue(), r);
                    if (r[4] != null) {
                        progress.put(r[1] + "#" + r[4], r);
                    }
                });
        // The assignments that apply, with their module's title and latest material version, in stage and title order.
        List<Assignment> assignments = new ArrayList<>();
        Map<String, Column> columns = new LinkedHashMap<>();
        Map<String, Integer> material = new HashMap<>();
        // (One row per assignment and material version of its module: a few at most.)
        em.createQuery("select a, v.title, mv.number from LearningModule lm join Assignment a on a.moduleUuid = lm.uuid"
                + " join ModuleVersion v on v.module = lm and v.number = lm.currentVersion"
                + " left join ModuleVersion mv on mv.module = lm and mv.material = true where a.withdrawnAt is null and"
                + " (a.teamId = :team or a.accountId in (select m.account.id from Membership m join m.teams t"
                + " where t.id = :team and m.endedAt is null)) order by v.stage, v.title, a.id", Object[].class)
                .setParameter("team", team.getId()).getResultList().forEach(r -> {
                    Assignment assignment = (Assignment) r[0];
                    String uuid = assignment.getModuleUuid();
                    if (assignments.isEmpty() || assignments.get(assignments.size() - 1) != assignment) {
                        assignments.add(assignment);
                    }
                    if (r[2] != null) {
                        material.merge(uuid, ((Number) r[2]).intValue(), Math::max);
                    }
                    if (moduleFilter == null || moduleFilter.isBlank() || moduleFilter.equals(uuid)) {
                        columns.putIfAbsent(uuid, new Column(uuid, (String) r[1]));
                    }
                });

        List<Row> rows = new ArrayList<>();
        long complete = 0;
        long assigned = 0;
        Map<CellRules.Rag, Long> rag = new LinkedHashMap<>();
        for (CellRules.Rag r : CellRules.Rag.values()) {
            rag.put(r, 0L);
        }
        for (Object[] member : members.values()) {
            long accountId = ((Number) member[1]).longValue();
            Map<String, Cell> cells = new HashMap<>();
            for (Column column : columns.values()) {
                Assignment applies = applying(assignments, column.uuid(), accountId);
                if (applies == null) {
                    continue;
                }
                Object[] p = progress.get(accountId + "#" + column.uuid());
                Instant completedAt = p == null ? null : (Instant) p[5];
                boolean completed = completedAt != null;
                boolean current = completed && Currency.isCurrent(((Number) p[6]).intValue(), completedAt,
                        material.getOrDefault(column.uuid(), 0), applies.getRenewalMonths(), today, zoneId);
                boolean renewalPassed = completed && applies.getRenewalMonths() != null
                        && !today.isBefore(Currency.renewalDate(completedAt, applies.getRenewalMonths(), zoneId));
                CellRules.Cell cell = CellRules.cell(current, completed && !current, renewalPassed, p != null,
                        applies.getDueOn(), today, amberDays);
                assigned++;
                if (current) {
                    complete++;
                }
                rag.merge(cell.rag(), 1L, Long::sum);
                cells.put(column.uuid(), new Cell(cell.status(), cell.rag(), applies.getDueOn(), completedAt));
            }
            boolean keep = statusFilter == null || statusFilter.isBlank()
                    || cells.values().stream().anyMatch(c -> c.status().name().equals(statusFilter));
            if (keep) {
                rows.add(new Row(((Number) member[0]).longValue(), (String) member[2], (String) member[3], cells));
            }
        }
        List<Monthly> history = em.createQuery("select extract(year from c.completedAt), extract(month from c.completedAt),"
                + " count(c) from Completion c where c.accountId in (select m.account.id from Membership m join m.teams t"
                + " where t.id = :team and m.endedAt is null) group by extract(year from c.completedAt),"
                + " extract(month from c.completedAt) order by 1, 2", Object[].class).setParameter("team", team.getId())
                .getResultList().stream().map(r -> new Monthly(((Number) r[0]).intValue(), ((Number) r[1]).intValue(),
                        ((Number) r[2]).longValue())).toList();
        return new View(team, new ArrayList<>(columns.values()), rows, complete, assigned, CellRules.percent(complete, assigned),
                target, rag, history);
    }

    /** The assignment of a module that applies to a person (the earliest due), or null. */
    private static Assignment applying(List<Assignment> assignments, String module, long accountId) {
        Assignment found = null;
        for (Assignment a : assignments) {
            boolean mine = a.getAccountId() == null || a.getAccountId() == accountId;
            if (a.getModuleUuid().equals(module) && mine && (found == null || a.getDueOn().isBefore(found.getDueOn()))) {
                found = a;
            }
        }
        return found;
    }
}
