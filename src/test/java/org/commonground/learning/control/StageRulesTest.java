package org.commonground.learning.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.commonground.content.entity.Stage;
import org.junit.jupiter.api.Test;

class StageRulesTest {

    private final Map<Stage, Set<String>> modules = Map.of(
            Stage.EMERGING, Set.of("barriers", "interpreters"),
            Stage.DEVELOPING, Set.of("partnership"),
            Stage.THRIVING, Set.of("culture"));

    @Test
    void noStageUntilEveryEmergingModuleIsComplete() {
        assertThat(StageRules.stage(modules, Set.of("barriers"))).isEmpty();
        assertThat(StageRules.next(modules, Set.of("barriers")).orElseThrow().missingModules()).containsExactly("interpreters");
    }

    @Test
    void theHighestStageWhoseModulesAndAllLowerOnesAreComplete() {
        assertThat(StageRules.stage(modules, Set.of("barriers", "interpreters"))).contains(Stage.EMERGING);
        assertThat(StageRules.stage(modules, Set.of("barriers", "interpreters", "partnership"))).contains(Stage.DEVELOPING);
    }

    @Test
    void aHigherStageDoesNotCountWhileALowerOneIsIncomplete() {
        assertThat(StageRules.stage(modules, Set.of("partnership", "culture", "barriers"))).isEmpty();
    }

    @Test
    void aStageWithNoModulesNeitherBlocksNorIsAwardedOnItsOwn() {
        Set<String> allButCulture = Set.of("barriers", "interpreters", "partnership");
        assertThat(StageRules.stage(modules, allButCulture)).contains(Stage.DEVELOPING);
        assertThat(StageRules.next(modules, allButCulture).orElseThrow().stage()).isEqualTo(Stage.THRIVING);
        assertThat(StageRules.stage(modules, Set.of("barriers", "interpreters", "partnership", "culture"))).contains(Stage.THRIVING);
    }

    @Test
    void aNewModuleInAStageMustBeCompletedToKeepIt() {
        Map<Stage, Set<String>> withNew = Map.of(Stage.EMERGING, Set.of("barriers", "interpreters", "new"),
                Stage.DEVELOPING, Set.of("partnership"));
        assertThat(StageRules.stage(withNew, Set.of("barriers", "interpreters", "partnership"))).isEmpty();
        assertThat(StageRules.next(withNew, Set.of("barriers", "interpreters", "partnership")).orElseThrow().missingModules())
                .containsExactly("new");
    }

    @Test
    void theNextStageListsLowerStagesMissingModulesFirst() {
        StageRules.Next next = StageRules.next(modules, Set.of("partnership")).orElseThrow();
        assertThat(next.stage()).isEqualTo(Stage.EMERGING);
        assertThat(next.missingModules()).containsExactly("barriers", "interpreters");
    }

    @Test
    void nothingNextAtTheTop() {
        assertThat(StageRules.next(modules, Set.of("barriers", "interpreters", "partnership", "culture"))).isEmpty();
    }
}
