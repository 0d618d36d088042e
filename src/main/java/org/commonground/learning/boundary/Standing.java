package org.commonground.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.content.entity.Stage;
import org.commonground.identity.boundary.Caller;
import org.commonground.learning.control.Currency;
import org.commonground.learning.control.StageRules;
import org.commonground.learning.entity.Assignment;
import org.commonground.learning.entity.ModuleProgress;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a learner stands: each published module's status for them (with due dates
 * from assignments), whether completions are still current, and their stage.
 */
@ApplicationScoped
public class Standing {

    @PersistenceContext
    EntityManager em;

    @Inject
    Modules modules;

    @Inject
    Assignments assignments;

    @Inject
    Caller caller;

    @Inject
    @ConfigProperty(name = "commonground.timezone", defaultValue = "Europe/London")
    String zone;

    @Inject
    @ConfigProperty(name = "commonground.learning.due-soon-days", defaultValue = "30")
    int dueSoonDays;

    Clock clock = Clock.systemUTC();

    public enum Status {
        NOT_STARTED, IN_PROGRESS, COMPLETE, NEEDS_REFRESH
    }

    /** One module on "My learning". */
    public record Row(String moduleUuid, String title, Stage stage, int minutes, int units, long unitsDone, Status status,
            LocalDate dueOn, boolean overdue, boolean dueSoon, boolean assigned, Instant completedAt, LocalDate renewBy,
            String lastUnitUuid, Instant lastVisitedAt) {
    }

    /** Everything on "My learning". */
    public record Overview(List<Row> assigned, List<Row> others, Optional<Stage> stage, Optional<StageRules.Next> next,
            Map<String, String> titles, Optional<Row> continueWith) {
    }

    public Overview mine() {
        return of(caller.id());
    }

    Overview of(long accountId) {
        ZoneId zoneId = ZoneId.of(zone);
        LocalDate today = LocalDate.now(clock.withZone(zoneId));
        List<ModuleVersion> published = modules.published();
        Map<String, ModuleProgress> progress = new HashMap<>();
        em.createQuery("select p from ModuleProgress p where p.accountId = :a", ModuleProgress.class)
                .setParameter("a", accountId).getResultList().forEach(p -> progress.put(p.getModuleUuid(), p));
        Map<String, Set<String>> doneUnits = new HashMap<>();
        em.createQuery("select u.moduleUuid, u.unitUuid from UnitProgress u where u.accountId = :a and u.completedAt is not null",
                Object[].class).setParameter("a", accountId).getResultList()
                .forEach(r -> doneUnits.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((String) r[1]));
        Map<String, Integer> material = latestMaterial();
        Map<String, Assignment> byModule = new HashMap<>();
        for (Assignment a : assignments.of(accountId)) {
            byModule.merge(a.getModuleUuid(), a, (x, y) -> x.getDueOn().isBefore(y.getDueOn()) ? x : y);
        }
        List<Row> assigned = new ArrayList<>();
        List<Row> others = new ArrayList<>();
        Map<Stage, Set<String>> byStage = new EnumMap<>(Stage.class);
        Set<String> current = new HashSet<>();
        Map<String, String> titles = new HashMap<>();
        for (ModuleVersion version : published) {
            String uuid = version.getModule().getUuid();
            titles.put(uuid, version.getTitle());
            byStage.computeIfAbsent(version.getStage(), s -> new HashSet<>()).add(uuid);
            ModuleProgress p = progress.get(uuid);
            Assignment assignment = byModule.get(uuid);
            Integer renewal = assignment == null ? null : assignment.getRenewalMonths();
            Status status;
            LocalDate renewBy = null;
            if (p != null && p.isCompleted()) {
                boolean isCurrent = Currency.isCurrent(p.getCompletedVersion(), p.getCompletedAt(),
                        material.getOrDefault(uuid, 0), renewal, today, zoneId);
                status = isCurrent ? Status.COMPLETE : Status.NEEDS_REFRESH;
                if (isCurrent) {
                    current.add(uuid);
                }
                if (renewal != null) {
                    renewBy = Currency.renewalDate(p.getCompletedAt(), renewal, zoneId);
                }
            } else {
                status = p == null ? Status.NOT_STARTED : Status.IN_PROGRESS;
            }
            Set<String> unitUuids = new HashSet<>();
            version.getUnits().forEach(u -> unitUuids.add(u.getUnitUuid()));
            long done = doneUnits.getOrDefault(uuid, Set.of()).stream().filter(unitUuids::contains).count();
            boolean complete = status == Status.COMPLETE;
            LocalDate due = assignment == null ? null : assignment.getDueOn();
            boolean overdue = due != null && !complete && today.isAfter(due);
            boolean soon = due != null && !complete && !overdue && !today.plusDays(dueSoonDays).isBefore(due);
            Row row = new Row(uuid, version.getTitle(), version.getStage(), version.getMinutes(), version.getUnitCount(),
                    complete ? version.getUnitCount() : done, status, due, overdue, soon, assignment != null,
                    p == null ? null : p.getCompletedAt(), renewBy, p == null ? null : p.getLastUnitUuid(),
                    p == null ? null : p.getLastVisitedAt());
            (assignment != null ? assigned : others).add(row);
        }
        assigned.sort(Comparator.comparing(Row::dueOn));
        Optional<Row> continueWith = java.util.stream.Stream.concat(assigned.stream(), others.stream())
                .filter(r -> r.status() == Status.IN_PROGRESS && r.lastVisitedAt() != null)
                .max(Comparator.comparing(Row::lastVisitedAt));
        return new Overview(assigned, others, StageRules.stage(byStage, current), StageRules.next(byStage, current), titles,
                continueWith);
    }

    /** Whether a learner's completion of a module still counts. */
    public boolean isCurrent(long accountId, String moduleUuid, ModuleProgress progress) {
        if (!progress.isCompleted()) {
            return false;
        }
        ZoneId zoneId = ZoneId.of(zone);
        Integer renewal = assignments.of(accountId).stream().filter(a -> a.getModuleUuid().equals(moduleUuid))
                .map(Assignment::getRenewalMonths).filter(java.util.Objects::nonNull).min(Integer::compare).orElse(null);
        return Currency.isCurrent(progress.getCompletedVersion(), progress.getCompletedAt(),
                latestMaterial().getOrDefault(moduleUuid, 0), renewal, LocalDate.now(clock.withZone(zoneId)), zoneId);
    }

    private Map<String, Integer> latestMaterial() {
        Map<String, Integer> latest = new HashMap<>();
        em.createQuery("select v.module.uuid, max(v.number) from ModuleVersion v where v.material = :yes group by v.module.uuid",
                Object[].class).setParameter("yes", Boolean.TRUE).getResultList()
                .forEach(r -> latest.put((String) r[0], ((Number) r[1]).intValue()));
        return latest;
    }
}
