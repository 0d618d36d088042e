package org.commonground.maturity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.commonground.content.entity.Stage;
import org.junit.jupiter.api.Test;

class MaturityRulesTest {

    @Test
    void trainingIsMetAtTheThresholdAndNeverWithNobodyToTrain() {
        assertThat(MaturityRules.trainingMet(8, 10, 80)).isTrue();
        assertThat(MaturityRules.trainingMet(7, 10, 80)).isFalse();
        assertThat(MaturityRules.trainingMet(0, 0, 80)).isFalse();
    }

    @Test
    void aStageNeedsAllItsActivitiesAndThoseBelow() {
        assertThat(MaturityRules.stage(Map.of(Stage.EMERGING, List.of(true, false)))).isEmpty();
        assertThat(MaturityRules.stage(Map.of(Stage.EMERGING, List.of(true, true), Stage.DEVELOPING, List.of(true, false))))
                .contains(Stage.EMERGING);
        assertThat(MaturityRules.stage(Map.of(Stage.EMERGING, List.of(false), Stage.DEVELOPING, List.of(true)))).isEmpty();
        assertThat(MaturityRules.stage(Map.of(Stage.EMERGING, List.of(true), Stage.DEVELOPING, List.of(true),
                Stage.MATURING, List.of(true), Stage.THRIVING, List.of(true)))).contains(Stage.THRIVING);
    }
}
