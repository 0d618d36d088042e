package org.commonground.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.commonground.learning.entity.Assignment;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Team;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.control.CurrencyPolicy;
import org.commonground.progress.entity.Rag;
import org.commonground.progress.entity.Status;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A team's completion: its current members by the modules assigned to them, each
 * cell with its status and red-amber-green, and the team's completion against the
 * target, and the completions the grid shows counted by month. Four SQL statements
 * whatever the team's size: the signed-in account, the team with the caller's right to
 * it, members with their progress, assignments with their modules.
 */
@ApplicationScoped
public class TeamDashboard {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Progress progress;

    @Inject
    @ConfigProperty(name = "commonground.reporting.target-percent", defaultValue = "95")
    int target;

    /** A column: an assigned module. */
    public record Column(String uuid, String title) {
    }

    /** One cell of the grid. */
    public record Cell(Status status, Rag rag, LocalDate due, Instant completedAt, LocalDate renewOn, LocalDate exemptUntil) {

        /** Whether the cell shows a completion (complete, renewal due soon or needs refresh, with its date). */
        public boolean completed() {
            return completedAt != null && status != Status.EXEMPT;
        }
    }

    /** One person's row. */
    public record Row(long membershipId, String name, String staffGroup, Map<String, Cell> cells) {

        public Cell cell(String module) {
            return cells.get(module);
        }
    }

    /** The whole view. */
    public record View(Team team, List<Column> columns, List<Row> rows, long complete, long assigned, double percent,
            int target, Map<Rag, Long> rag, SortedMap<YearMonth, Long> history) {

        public boolean isOnTarget() {
            return percent >= target;
        }

        public long getRed() {
            return rag.get(Rag.RED);
        }

        public long getAmber() {
            return rag.get(Rag.AMBER);
        }

        public long getGreen() {
            return rag.get(Rag.GREEN);
        }

        public long getOnTrack() {
            return rag.get(Rag.NONE);
        }
    }

    public View view(String teamUuid, String moduleFilter, String statusFilter) {
        Team team = organisations.openTeam(teamUuid);

        // The team's members with their stored statuses, one row per member and module (a member with none: one row).
        Map<Long, Object[]> members = new LinkedHashMap<>();
        Map<String, CurrencyPolicy.Facts> statuses = new HashMap<>();
        // The stored facts as plain columns: a grid of 50 x 40 builds no entities.
        em.createQuery("select m.id, a.id, a.displayName, m.staffGroup, s.moduleUuid, s.started, s.completedAt, s.refreshNeeded,"
                + " s.renewOn, s.dueOn, s.attemptsUsedUp, s.exemptUntil"
                + " from Account a join Membership m on m.account = a join m.teams t left join ModuleStatus s on s.accountId = a.id"
                + " where t = :team and m.endedAt is null order by a.displayName, m.id", Object[].class)
                .setParameter("team", team).getResultList().forEach(r -> {
                    members.putIfAbsent(((Number) r[0]).longValue(), r);
                    if (r[4] != null) {
                        statuses.put(r[1] + "#" + r[4], new CurrencyPolicy.Facts(Boolean.TRUE.equals(r[5]), (Instant) r[6],
                                Boolean.TRUE.equals(r[7]), (LocalDate) r[8], (LocalDate) r[9], Boolean.TRUE.equals(r[10]),
                                (LocalDate) r[11]));
                    }
                });
        // The assignments to this team or to one of its members alone, with their module's title, in stage and title order.
        List<Assignment> assignments = new ArrayList<>();
        Map<String, Column> columns = new LinkedHashMap<>();
        em.createQuery("select a, v.title from LearningModule lm join Assignment a on a.moduleUuid = lm.uuid"
                + " join ModuleVersion v on v.module = lm and v.number = lm.currentVersion where a.withdrawnAt is null and"
                + " (a.teamId = :team or a.accountId in (select m.account.id from Membership m join m.teams t"
                + " where t.id = :team and m.endedAt is null)) order by v.stage, v.title, a.id", Object[].class)
                .setParameter("team", team.getId()).getResultList().forEach(r -> {
                    Assignment assignment = (Assignment) r[0];
                    assignments.add(assignment);
                    String uuid = assignment.getModuleUuid();
                    if (moduleFilter == null || moduleFilter.isBlank() || moduleFilter.equals(uuid)) {
                        columns.putIfAbsent(uuid, new Column(uuid, (String) r[1]));
                    }
                });

        List<Row> rows = new ArrayList<>();
        long complete = 0;
        long assigned = 0;
        Map<Rag, Long> rag = new EnumMap<>(Rag.class);
        for (Rag r : Rag.values()) {
            rag.put(r, 0L);
        }
        var decide = progress.verdictsToday();
        // The chart counts exactly the completions the grid shows, by the month of their date.
        SortedMap<YearMonth, Long> history = new TreeMap<>();
        for (Object[] member : members.values()) {
            long accountId = ((Number) member[1]).longValue();
            Map<String, Cell> cells = new HashMap<>();
            for (Column column : columns.values()) {
                if (!applies(assignments, column.uuid(), accountId)) {
                    continue;
                }
                CurrencyPolicy.Facts stored = statuses.get(accountId + "#" + column.uuid());
                CurrencyPolicy.Verdict verdict = decide.apply(stored);
                assigned++;
                if (verdict.status().isCurrent()) {
                    complete++;
                }
                rag.merge(verdict.rag(), 1L, Long::sum);
                cells.put(column.uuid(), new Cell(verdict.status(), verdict.rag(), stored == null ? null : stored.dueOn(),
                        stored == null ? null : stored.completedAt(), stored == null ? null : stored.renewOn(),
                        stored == null ? null : stored.exemptUntil()));
            }
            boolean keep = statusFilter == null || statusFilter.isBlank()
                    || cells.values().stream().anyMatch(c -> c.status().name().equals(statusFilter));
            if (keep) {
                rows.add(new Row(((Number) member[0]).longValue(), (String) member[2], (String) member[3], cells));
                cells.values().stream().filter(Cell::completed).forEach(c -> history.merge(
                        YearMonth.from(c.completedAt().atZone(progress.zoneId())), 1L, Long::sum));
            }
        }
        return new View(team, new ArrayList<>(columns.values()), rows, complete, assigned,
                CurrencyPolicy.percent(complete, assigned), target, rag, history);
    }

    /** Whether a module is assigned to a member through this team or to them alone (never through their other teams). */
    private static boolean applies(List<Assignment> assignments, String module, long accountId) {
        for (Assignment a : assignments) {
            if (a.getModuleUuid().equals(module) && (a.getAccountId() == null || a.getAccountId() == accountId)) {
                return true;
            }
        }
        return false;
    }
}
