package org.commonground.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.content.boundary.Modules;
import org.commonground.content.entity.CompletionRule;
import org.commonground.content.entity.ModuleDefinition;
import org.commonground.content.entity.ModuleUnit;
import org.commonground.content.entity.ModuleVersion;
import org.commonground.identity.boundary.Caller;
import org.commonground.progress.entity.Completion;
import org.commonground.progress.entity.ModuleProgress;
import org.commonground.progress.entity.UnitProgress;
import org.commonground.platform.boundary.NotFoundException;
import org.commonground.assessment.boundary.QuizScored;
import org.commonground.progress.boundary.ModuleCompleted;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.control.CurrencyPolicy;
import org.commonground.progress.entity.ModuleStatus;
import org.commonground.progress.entity.Status;
import org.commonground.reflection.boundary.WorksheetSubmitted;

/**
 * A learner going through a module: opening units (which moves someone part-way
 * through onto a newly published version), marking units read, and completion as
 * soon as every unit of the version is complete. Everything is the caller's own.
 */
@ApplicationScoped
public class Journey {

    @PersistenceContext
    EntityManager em;

    @Inject
    Modules modules;

    @Inject
    Caller caller;

    @Inject
    Progress statuses;

    @Inject
    jakarta.enterprise.event.Event<ModuleCompleted> completed;

    @Inject
    Clock clock;

    /** A module as the learner sees it now: its published version, and their progress in it. */
    public record Opened(ModuleVersion version, ModuleDefinition definition, ModuleProgress progress,
            Map<String, UnitProgress> units, ModuleStatus stored, CurrencyPolicy.Verdict verdict) {

        public boolean isComplete(String unitUuid) {
            UnitProgress unit = units.get(unitUuid);
            return unit != null && unit.isCompleted();
        }

        public boolean isRead(String unitUuid) {
            UnitProgress unit = units.get(unitUuid);
            return unit != null && unit.getReadAt() != null;
        }

        public long completedUnits() {
            return definition.units().stream().filter(u -> isComplete(u.unit().uuid())).count();
        }

        public ModuleUnit unit(String unitUuid) {
            return definition.unit(unitUuid).orElseThrow(() -> new NotFoundException("learning.unit.notFound"));
        }
    }

    /** The published version of a module, with the caller's progress; changes nothing. */
    public Opened module(String moduleUuid) {
        ModuleVersion version = published(moduleUuid);
        long me = caller.id();
        ModuleStatus stored = statuses.find(me, moduleUuid).orElse(null);
        return new Opened(version, modules.definition(version), progress(me, moduleUuid).orElse(null), units(me, moduleUuid),
                stored, statuses.verdict(stored));
    }

    /** The caller opens a unit: progress starts or moves to the published version, and the visit is recorded. */
    @Transactional
    public Opened visit(String moduleUuid, String unitUuid) {
        long me = caller.id();
        ModuleVersion version = published(moduleUuid);
        ModuleDefinition definition = modules.definition(version);
        definition.unit(unitUuid).orElseThrow(() -> new NotFoundException("learning.unit.notFound"));
        ModuleProgress progress = startOrMove(me, moduleUuid, version);
        // Read before the visit is recorded: a query after it would flush the change first,
        // and the commit would then look for changes a second time.
        Map<String, UnitProgress> units = units(me, moduleUuid);
        progress.visited(unitUuid, clock.instant());
        // The unit page does not show the module's status: no need to read it.
        return new Opened(version, definition, progress, units, null, null);
    }

    /** Marks a unit read; a unit completed by reading is then complete. */
    @Transactional
    public void markRead(String moduleUuid, String unitUuid) {
        long me = caller.id();
        ModuleVersion version = published(moduleUuid);
        ModuleUnit unit = modules.definition(version).unit(unitUuid)
                .orElseThrow(() -> new NotFoundException("learning.unit.notFound"));
        startOrMove(me, moduleUuid, version);
        UnitProgress progress = unitProgress(me, moduleUuid, unitUuid);
        progress.read(clock.instant());
        if (unit.completeWhen() == CompletionRule.READ) {
            progress.complete(clock.instant());
            evaluate(me, moduleUuid);
        }
    }

    /** Joins the transaction in which the attempt was stored. */
    void quizScored(@Observes QuizScored scored) {
        ModuleVersion version = published(scored.moduleUuid());
        Optional<ModuleUnit> unit = modules.definition(version).unit(scored.unitUuid());
        if (unit.isEmpty() || unit.get().completeWhen() != CompletionRule.QUIZ_PASSED) {
            return;
        }
        startOrMove(scored.accountId(), scored.moduleUuid(), version);
        UnitProgress progress = unitProgress(scored.accountId(), scored.moduleUuid(), scored.unitUuid());
        if (scored.passes()) {
            progress.complete(clock.instant());
            evaluate(scored.accountId(), scored.moduleUuid());
        } else {
            progress.reopen();
        }
    }

    void worksheetSubmitted(@Observes WorksheetSubmitted submitted) {
        ModuleVersion version = published(submitted.moduleUuid());
        Optional<ModuleUnit> unit = modules.definition(version).unit(submitted.unitUuid());
        if (unit.isEmpty() || unit.get().completeWhen() != CompletionRule.WORKSHEET_SUBMITTED) {
            return;
        }
        startOrMove(submitted.accountId(), submitted.moduleUuid(), version);
        unitProgress(submitted.accountId(), submitted.moduleUuid(), submitted.unitUuid()).complete(clock.instant());
        evaluate(submitted.accountId(), submitted.moduleUuid());
    }

    /** Records the module's completion, with its version, the moment its last unit is complete. */
    private void evaluate(long accountId, String moduleUuid) {
        ModuleVersion version = published(moduleUuid);
        ModuleProgress progress = startOrMove(accountId, moduleUuid, version);
        if (progress.isCompleted() && progress.getCompletedVersion() == version.getNumber()) {
            return;
        }
        Map<String, UnitProgress> units = units(accountId, moduleUuid);
        long done = modules.definition(version).units().stream()
                .filter(u -> units.containsKey(u.unit().uuid()) && units.get(u.unit().uuid()).isCompleted()).count();
        statuses.worked(accountId, moduleUuid, (int) done);
        if (done == version.getUnitCount()) {
            Instant now = clock.instant();
            progress.completed(version.getNumber(), now);
            em.persist(new Completion(accountId, moduleUuid, version.getNumber(), now, null));
            completed.fire(new ModuleCompleted(accountId, moduleUuid, version.getNumber(), version.getTitle(), now));
        }
    }

    private ModuleProgress startOrMove(long accountId, String moduleUuid, ModuleVersion version) {
        Optional<ModuleProgress> existing = progress(accountId, moduleUuid);
        if (existing.isEmpty()) {
            ModuleProgress progress = new ModuleProgress(accountId, moduleUuid, version.getNumber(), clock.instant());
            em.persist(progress);
            statuses.worked(accountId, moduleUuid, 0);
            return progress;
        }
        ModuleProgress progress = existing.get();
        if (!progress.isCompleted()) {
            progress.moveTo(version.getNumber());
        } else if (statuses.verdict(statuses.find(accountId, moduleUuid).orElse(null)).status() == Status.NEEDS_REFRESH) {
            // A material change or a renewal: the learner works through the new version again.
            progress.restartOn(version.getNumber());
            units(accountId, moduleUuid).values().forEach(UnitProgress::reopen);
            statuses.worked(accountId, moduleUuid, 0);
        }
        return progress;
    }

    private UnitProgress unitProgress(long accountId, String moduleUuid, String unitUuid) {
        return em.createQuery("select u from UnitProgress u where u.accountId = :a and u.moduleUuid = :m and u.unitUuid = :u",
                UnitProgress.class).setParameter("a", accountId).setParameter("m", moduleUuid).setParameter("u", unitUuid)
                .getResultStream().findFirst().orElseGet(() -> {
                    UnitProgress created = new UnitProgress(accountId, moduleUuid, unitUuid);
                    em.persist(created);
                    return created;
                });
    }

    Optional<ModuleProgress> progress(long accountId, String moduleUuid) {
        return em.createQuery("select p from ModuleProgress p where p.accountId = :a and p.moduleUuid = :m", ModuleProgress.class)
                .setParameter("a", accountId).setParameter("m", moduleUuid).getResultStream().findFirst();
    }

    private Map<String, UnitProgress> units(long accountId, String moduleUuid) {
        List<UnitProgress> rows = em.createQuery("select u from UnitProgress u where u.accountId = :a and u.moduleUuid = :m",
                UnitProgress.class).setParameter("a", accountId).setParameter("m", moduleUuid).getResultList();
        Map<String, UnitProgress> byUnit = new HashMap<>();
        rows.forEach(r -> byUnit.put(r.getUnitUuid(), r));
        return byUnit;
    }

    private ModuleVersion published(String moduleUuid) {
        return modules.find(moduleUuid == null ? "" : moduleUuid)
                .flatMap(m -> m.currentVersion().flatMap(n -> modules.version(m.getUuid(), n)))
                .orElseThrow(() -> new NotFoundException("learning.module.notFound"));
    }
}
