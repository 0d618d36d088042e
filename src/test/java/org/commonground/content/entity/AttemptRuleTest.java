package org.commonground.content.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptRuleTest {

    @Test
    void theBestOrTheLatestAttemptCountsAsTheQuizSays() {
        List<Double> scores = List.of(40.0, 90.0, 60.0);
        assertThat(Quiz.AttemptRule.BEST.counted(scores)).isEqualTo(90.0);
        assertThat(Quiz.AttemptRule.LATEST.counted(scores)).isEqualTo(60.0);
        assertThat(Quiz.AttemptRule.BEST.counted(List.of())).isZero();
        assertThat(Quiz.AttemptRule.LATEST.counted(List.of())).isZero();
    }
}
