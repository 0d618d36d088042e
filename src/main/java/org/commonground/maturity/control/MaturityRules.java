package org.commonground.maturity.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonground.content.entity.Stage;

/**
 * An organisation reaches a stage when every activity of that stage and of the
 * stages below is met. A training activity is met when the share of the named staff
 * who completed the named modules reaches the threshold.
 */
public final class MaturityRules {

    private MaturityRules() {
    }

    public static boolean trainingMet(long completed, long staff, int thresholdPercent) {
        return staff > 0 && completed * 100 >= (long) thresholdPercent * staff;
    }

    /** The highest stage whose activities, and all lower stages' activities, are met. */
    public static Optional<Stage> stage(Map<Stage, List<Boolean>> metByStage) {
        Stage reached = null;
        for (Stage stage : Stage.values()) {
            List<Boolean> met = metByStage.getOrDefault(stage, List.of());
            if (met.isEmpty() || met.stream().anyMatch(m -> !m)) {
                break;
            }
            reached = stage;
        }
        return Optional.ofNullable(reached);
    }
}
