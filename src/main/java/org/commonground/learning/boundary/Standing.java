package org.commonground.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
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
import org.commonground.learning.control.StageRules;
import org.commonground.progress.boundary.Progress;
import org.commonground.progress.control.CurrencyPolicy;
import org.commonground.progress.entity.ModuleProgress;
import org.commonground.progress.entity.ModuleStatus;
import org.commonground.progress.entity.Rag;
import org.commonground.progress.entity.Status;

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
    Caller caller;

    @Inject
    Progress progress;

    /** One module on "My learning". */
    public record Row(String moduleUuid, String title, Stage stage, int minutes, int units, long unitsDone, Status status,
            Rag rag, LocalDate dueOn, boolean assigned, Instant completedAt, LocalDate renewBy, LocalDate exemptUntil,
            String lastUnitUuid, Instant lastVisitedAt) {

        public boolean overdue() {
            return status == Status.OVERDUE;
        }

        /** Not yet done and due within the due-soon period. */
        public boolean dueSoon() {
            return rag == Rag.AMBER && !status.isCurrent() && status != Status.NEEDS_REFRESH;
        }
    }

    /** Everything on "My learning". */
    public record Overview(List<Row> assigned, List<Row> others, Optional<Stage> stage, Optional<StageRules.Next> next,
            Map<String, String> titles, Optional<Row> continueWith) {
    }

    /**
     * The published modules whose title, summary or learning outcomes hold every word searched for
     * (in any order and case). A handful of modules, each parsed once and then cached: no query per word.
     */
    public Set<String> search(String query) {
        List<String> words = java.util.Arrays.stream((query == null ? "" : query).toLowerCase(java.util.Locale.ROOT).split("\\s+"))
                .filter(w -> !w.isBlank()).toList();
        Set<String> found = new HashSet<>();
        if (words.isEmpty()) {
            return found;
        }
        for (ModuleVersion version : modules.published()) {
            var definition = modules.definition(version);
            String text = (definition.title() + " " + definition.summary() + " " + String.join(" ", definition.outcomes()))
                    .toLowerCase(java.util.Locale.ROOT);
            if (words.stream().allMatch(text::contains)) {
                found.add(version.getModule().getUuid());
            }
        }
        return found;
    }

    public Overview mine() {
        return of(caller.id());
    }

    Overview of(long accountId) {
        List<ModuleVersion> published = modules.published();
        Map<String, ModuleProgress> visits = new HashMap<>();
        em.createQuery("select p from ModuleProgress p where p.accountId = :a", ModuleProgress.class)
                .setParameter("a", accountId).getResultList().forEach(p -> visits.put(p.getModuleUuid(), p));
        Map<String, ModuleStatus> statuses = progress.of(accountId);
        List<Row> assigned = new ArrayList<>();
        List<Row> others = new ArrayList<>();
        Map<Stage, Set<String>> byStage = new EnumMap<>(Stage.class);
        Set<String> current = new HashSet<>();
        Map<String, String> titles = new HashMap<>();
        for (ModuleVersion version : published) {
            String uuid = version.getModule().getUuid();
            titles.put(uuid, version.getTitle());
            byStage.computeIfAbsent(version.getStage(), s -> new HashSet<>()).add(uuid);
            ModuleStatus stored = statuses.get(uuid);
            CurrencyPolicy.Verdict verdict = progress.verdict(stored);
            if (verdict.status().isCurrent()) {
                current.add(uuid);
            }
            ModuleProgress visit = visits.get(uuid);
            boolean isAssigned = stored != null && stored.isAssigned();
            long done = verdict.status() == Status.COMPLETE || verdict.status() == Status.RENEWAL_DUE_SOON
                    ? version.getUnitCount() : Math.min(version.getUnitCount(), stored == null ? 0 : stored.getUnitsDone());
            Row row = new Row(uuid, version.getTitle(), version.getStage(), version.getMinutes(), version.getUnitCount(), done,
                    verdict.status(), verdict.rag(), stored == null ? null : stored.getDueOn(), isAssigned,
                    stored == null ? null : stored.getCompletedAt(), stored == null ? null : stored.getRenewOn(),
                    stored == null ? null : stored.getExemptUntil(), visit == null ? null : visit.getLastUnitUuid(),
                    visit == null ? null : visit.getLastVisitedAt());
            (isAssigned ? assigned : others).add(row);
        }
        assigned.sort(Comparator.comparing(Row::dueOn));
        Optional<Row> continueWith = java.util.stream.Stream.concat(assigned.stream(), others.stream())
                .filter(r -> !r.status().isCurrent() && r.lastUnitUuid() != null && r.unitsDone() < r.units())
                .max(Comparator.comparing(Row::lastVisitedAt));
        return new Overview(assigned, others, StageRules.stage(byStage, current), StageRules.next(byStage, current), titles,
                continueWith);
    }
}
