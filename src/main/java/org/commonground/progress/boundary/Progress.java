package org.commonground.progress.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.content.boundary.MaterialChangePublished;
import org.commonground.learning.boundary.AssignmentChanged;
import org.commonground.organisation.boundary.MembershipChanged;
import org.commonground.progress.control.CurrencyPolicy;
import org.commonground.progress.entity.ModuleStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps every person's stored status per module up to date, in the transaction of
 * the event that changes it, and answers "is this person trained?" for every page
 * through {@link CurrencyPolicy}.
 */
@ApplicationScoped
public class Progress {

    private static final int CHUNK = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry registry;

    @Inject
    @ConfigProperty(name = "commonground.timezone", defaultValue = "Europe/London")
    String zone;

    @Inject
    @ConfigProperty(name = "commonground.progress.due-soon-days", defaultValue = "30")
    int dueSoonDays;

    /** Today in the platform's time zone, by the platform clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zoneId()));
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** The status and colour of stored facts today; a person with no stored row has not started. */
    public CurrencyPolicy.Verdict verdict(ModuleStatus status) {
        return verdict(status == null ? null : status.facts());
    }

    /** Decides many statuses on one day: today is read once (a team grid or the organisation report). */
    public java.util.function.Function<CurrencyPolicy.Facts, CurrencyPolicy.Verdict> verdictsToday() {
        LocalDate today = today();
        return facts -> CurrencyPolicy.decide(facts == null ? NOTHING : facts, today, dueSoonDays);
    }

    private static final CurrencyPolicy.Facts NOTHING = new CurrencyPolicy.Facts(false, null, false, null, null, false, null);

    public CurrencyPolicy.Verdict verdict(CurrencyPolicy.Facts facts) {
        return CurrencyPolicy.decide(facts == null ? NOTHING : facts, today(), dueSoonDays);
    }

    /**
     * A person's quiz score per module: the mean over the module's quizzes of the best
     * score in each, rounded to one decimal. The learner's record and the manager's
     * view of a person both show this figure.
     */
    public Map<String, Double> scores(long accountId) {
        Map<String, Double> scores = new HashMap<>();
        em.createQuery("select q.moduleUuid, q.quizUuid, max(q.score) from QuizAttempt q where q.accountId = :a"
                + " group by q.moduleUuid, q.quizUuid", Object[].class).setParameter("a", accountId).getResultList().stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> (String) r[0],
                        java.util.stream.Collectors.averagingDouble(r -> ((Number) r[2]).doubleValue())))
                .forEach((module, mean) -> scores.put(module, Math.round(mean * 10) / 10.0));
        return scores;
    }

    /** A person's stored statuses by module. */
    public Map<String, ModuleStatus> of(long accountId) {
        Map<String, ModuleStatus> byModule = new HashMap<>();
        em.createQuery("select s from ModuleStatus s where s.accountId = :a", ModuleStatus.class).setParameter("a", accountId)
                .getResultList().forEach(s -> byModule.put(s.getModuleUuid(), s));
        return byModule;
    }

    /**
     * A person's stored status on one module, if any. Within a transaction a row read or
     * made once is kept (one quiz submit touches it several times: reading it again would
     * cost a statement and a flush each time).
     */
    public java.util.Optional<ModuleStatus> find(long accountId, String moduleUuid) {
        Object key = key(accountId, moduleUuid);
        if (inTransaction() && registry.getResource(key) instanceof ModuleStatus kept && em.contains(kept)) {
            return java.util.Optional.of(kept);
        }
        java.util.Optional<ModuleStatus> found = em.createQuery("select s from ModuleStatus s where s.accountId = :a"
                + " and s.moduleUuid = :m", ModuleStatus.class).setParameter("a", accountId).setParameter("m", moduleUuid)
                .getResultStream().findFirst();
        found.ifPresent(this::keep);
        return found;
    }

    private void keep(ModuleStatus row) {
        if (inTransaction()) {
            registry.putResource(key(row.getAccountId(), row.getModuleUuid()), row);
        }
    }

    private boolean inTransaction() {
        return registry.getTransactionStatus() == jakarta.transaction.Status.STATUS_ACTIVE;
    }

    private static Object key(long accountId, String moduleUuid) {
        return java.util.List.of(Progress.class, accountId, moduleUuid);
    }

    /** Work in a module: the number of its units now complete (joins the caller's transaction). */
    public void worked(long accountId, String moduleUuid, int unitsDone) {
        row(accountId, moduleUuid).worked(unitsDone, clock.instant());
    }

    /**
     * The last allowed attempt at one of the module's quizzes failed ({@code true}), or a
     * trainer or manager allowed more ({@code false}). Joins the caller's transaction.
     */
    public void attemptsUsedUp(long accountId, String moduleUuid, boolean usedUp) {
        row(accountId, moduleUuid).attemptsUsedUp(usedUp, clock.instant());
    }

    void completed(@Observes ModuleCompleted completed) {
        ModuleStatus row = row(completed.accountId(), completed.moduleUuid());
        row.completed(completed.version(), completed.at(), zoneId());
    }

    void materialChange(@Observes MaterialChangePublished published) {
        em.createQuery("update ModuleStatus s set s.refreshNeeded = true, s.version = s.version + 1, s.updatedAt = :now"
                + " where s.moduleUuid = :m and s.completedVersion < :v").setParameter("m", published.moduleUuid())
                .setParameter("v", published.version()).setParameter("now", clock.instant()).executeUpdate();
        // A version that needs a refresh gives everyone a fresh set of quiz attempts. The rows are read and changed
        // one by one: EclipseLink writes an update's boolean parameters into H2's SQL as 1 and 0, which H2 refuses.
        em.createQuery("select s from ModuleStatus s where s.moduleUuid = :m and s.attemptsUsedUp = :yes", ModuleStatus.class)
                .setParameter("m", published.moduleUuid()).setParameter("yes", Boolean.TRUE).getResultList()
                .forEach(s -> s.attemptsUsedUp(false, clock.instant()));
    }

    void assignmentChanged(@Observes AssignmentChanged changed) {
        if (changed.accountId() != null) {
            refreshAssignments(List.of(changed.accountId()));
        } else {
            refreshAssignments(em.createQuery("select m.account.id from Membership m join m.teams t"
                    + " where t.id = :team and m.endedAt is null", Long.class).setParameter("team", changed.teamId())
                    .getResultList());
        }
    }

    void membershipChanged(@Observes MembershipChanged changed) {
        refreshAssignments(List.of(changed.accountId()));
    }

    /** Records that a person was trained elsewhere: current until the date; a null date lifts it. */
    @Transactional
    public void exempt(long accountId, String moduleUuid, LocalDate until, String reason, Long by) {
        ModuleStatus row = row(accountId, moduleUuid);
        row.exempt(until, reason, by, clock.instant());
        if (row.isEmpty()) {
            em.remove(row);
        }
    }

    /**
     * Brings the assignment facts of these people up to date: for each module assigned to
     * them now (through a current team or to them alone, in their current organisation),
     * the earliest due date and the shortest renewal; modules no longer assigned lose them.
     */
    public void refreshAssignments(Collection<Long> accountIds) {
        List<Long> ids = new ArrayList<>(new HashSet<>(accountIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            refreshChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
        }
    }

    private void refreshChunk(List<Long> ids) {
        Map<String, Object[]> applies = new HashMap<>();
        applying(ids, null).forEach(r -> applies.put(r[0] + "#" + r[1], r));
        Set<String> seen = new HashSet<>();
        ZoneId zoneId = zoneId();
        for (ModuleStatus row : em.createQuery("select s from ModuleStatus s where s.accountId in :ids", ModuleStatus.class)
                .setParameter("ids", ids).getResultList()) {
            String key = row.getAccountId() + "#" + row.getModuleUuid();
            seen.add(key);
            apply(row, applies.get(key), zoneId);
            if (row.isEmpty()) {
                em.remove(row);
            }
        }
        applies.forEach((key, r) -> {
            if (!seen.contains(key)) {
                ModuleStatus row = new ModuleStatus(((Number) r[0]).longValue(), (String) r[1], clock.instant());
                apply(row, r, zoneId);
                em.persist(row);
            }
        });
    }

    /**
     * For each of these people (and one module, or all), the assignments that apply now,
     * through a current team or to them alone in their current organisation: account,
     * module, earliest due date, shortest renewal.
     */
    private List<Object[]> applying(List<Long> ids, String moduleUuid) {
        jakarta.persistence.TypedQuery<Object[]> query = em.createQuery("select m.account.id, a.moduleUuid, min(a.dueOn), min(a.renewalMonths)"
                + " from Membership m left join m.teams t, Assignment a where m.account.id in :ids and m.endedAt is null"
                + " and a.withdrawnAt is null and a.organisationId = m.organisation.id"
                + " and (a.teamId = t.id or a.accountId = m.account.id)"
                + (moduleUuid == null ? "" : " and a.moduleUuid = :m") + " group by m.account.id, a.moduleUuid", Object[].class)
                .setParameter("ids", ids);
        if (moduleUuid != null) {
            query.setParameter("m", moduleUuid);
        }
        return query.getResultList();
    }

    private void apply(ModuleStatus row, Object[] assignment, ZoneId zoneId) {
        if (assignment == null) {
            row.assignment(false, null, null, zoneId, clock.instant());
        } else {
            row.assignment(true, (LocalDate) assignment[2], assignment[3] == null ? null : ((Number) assignment[3]).intValue(),
                    zoneId, clock.instant());
        }
    }

    /**
     * Rebuilds these people's rows from their progress and completions: units done,
     * the latest completion, and whether a material change came after it; then their
     * assignments.
     */
    public void rebuild(List<Long> accountIds) {
        Map<String, Integer> material = new HashMap<>();
        em.createQuery("select v.module.uuid, max(v.number) from ModuleVersion v where v.material = true group by v.module.uuid",
                Object[].class).getResultList().forEach(r -> material.put((String) r[0], ((Number) r[1]).intValue()));
        Map<String, ModuleStatus> rows = new HashMap<>();
        em.createQuery("select s from ModuleStatus s where s.accountId in :ids", ModuleStatus.class).setParameter("ids", accountIds)
                .getResultList().forEach(s -> rows.put(s.getAccountId() + "#" + s.getModuleUuid(), s));
        java.util.function.BiFunction<Long, String, ModuleStatus> rowOf = (account, module) -> rows.computeIfAbsent(
                account + "#" + module, k -> {
                    ModuleStatus created = new ModuleStatus(account, module, clock.instant());
                    em.persist(created);
                    return created;
                });
        em.createQuery("select p.accountId, p.moduleUuid, (select count(u) from UnitProgress u where u.accountId = p.accountId"
                + " and u.moduleUuid = p.moduleUuid and u.completedAt is not null) from ModuleProgress p where p.accountId in :ids",
                Object[].class).setParameter("ids", accountIds).getResultList()
                .forEach(r -> rowOf.apply((Long) r[0], (String) r[1]).worked(((Number) r[2]).intValue(), clock.instant()));
        ZoneId zoneId = zoneId();
        em.createQuery("select c.accountId, c.moduleUuid, c.moduleVersion, c.completedAt from Completion c"
                + " where c.accountId in :ids order by c.completedAt", Object[].class).setParameter("ids", accountIds)
                .getResultList().forEach(r -> {
                    ModuleStatus row = rowOf.apply((Long) r[0], (String) r[1]);
                    int version = ((Number) r[2]).intValue();
                    row.completed(version, (java.time.Instant) r[3], zoneId);
                    row.materialChange(material.getOrDefault((String) r[1], 0), clock.instant());
                });
        refreshAssignments(accountIds);
    }

    /** The stored row, created with the assignments that apply if there is none yet. */
    private ModuleStatus row(long accountId, String moduleUuid) {
        return find(accountId, moduleUuid).orElseGet(() -> {
            ModuleStatus created = new ModuleStatus(accountId, moduleUuid, clock.instant());
            List<Object[]> assignment = applying(List.of(accountId), moduleUuid);
            apply(created, assignment.isEmpty() ? null : assignment.get(0), zoneId());
            em.persist(created);
            keep(created);
            return created;
        });
    }
}
