package org.commonground.learning.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.content.entity.Stage;

/**
 * A learner's stage: the highest of Emerging, Developing, Maturing and Thriving for
 * which every module of that stage and of the stages below is complete and current.
 * A stage with no modules neither blocks the stages above it nor is awarded on its own.
 */
public final class StageRules {

    /** The next stage to reach and the modules still to complete for it. */
    public record Next(Stage stage, List<String> missingModules) {
    }

    private StageRules() {
    }

    public static Optional<Stage> stage(Map<Stage, Set<String>> modulesByStage, Set<String> completeAndCurrent) {
        Stage achieved = null;
        for (Stage stage : Stage.values()) {
            Set<String> modules = modulesByStage.getOrDefault(stage, Set.of());
            if (modules.isEmpty()) {
                continue;
            }
            if (!completeAndCurrent.containsAll(modules)) {
                break;
            }
            achieved = stage;
        }
        return Optional.ofNullable(achieved);
    }

    /** The first stage above the achieved one that has modules, and which of them are missing. */
    public static Optional<Next> next(Map<Stage, Set<String>> modulesByStage, Set<String> completeAndCurrent) {
        Optional<Stage> achieved = stage(modulesByStage, completeAndCurrent);
        for (Stage stage : Stage.values()) {
            if (achieved.isPresent() && stage.ordinal() <= achieved.get().ordinal()) {
                continue;
            }
            Set<String> modules = modulesByStage.getOrDefault(stage, Set.of());
            List<String> missing = new ArrayList<>(modules.stream().filter(m -> !completeAndCurrent.contains(m)).sorted().toList());
            if (!modules.isEmpty()) {
                // Lower stages' missing modules come first: they must be done before this stage counts.
                List<String> lower = new ArrayList<>();
                for (Stage below : Stage.values()) {
                    if (below.ordinal() < stage.ordinal()) {
                        modulesByStage.getOrDefault(below, Set.of()).stream()
                                .filter(m -> !completeAndCurrent.contains(m)).sorted().forEach(lower::add);
                    }
                }
                lower.addAll(missing);
                return Optional.of(new Next(stage, lower));
            }
        }
        return Optional.empty();
    }
}
