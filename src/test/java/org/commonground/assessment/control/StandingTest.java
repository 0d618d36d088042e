package org.commonground.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.commonground.content.entity.QuizRules;
import org.junit.jupiter.api.Test;

class StandingTest {

    private static QuizRules rules(Integer max, Integer waitHours) {
        return new QuizRules(QuizRules.Review.CHOSEN, QuizRules.Review.EVERYTHING, QuizRules.Review.EVERYTHING, max, waitHours,
                true, null, null);
    }

    private final Instant noon = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void noRulesNeverCloses() {
        Standing standing = Standing.of(QuizRules.DEFAULT, 40, 0, noon);
        assertThat(standing.usedUp()).isFalse();
        assertThat(standing.waiting(noon)).isFalse();
        assertThat(standing.left()).isNull();
    }

    @Test
    void theLastAllowedAttemptUsesThemUpAndExtraAttemptsReopen() {
        assertThat(Standing.of(rules(3, null), 2, 0, noon).lastOne()).isTrue();
        assertThat(Standing.of(rules(3, null), 2, 0, noon).usedUp()).isFalse();
        assertThat(Standing.of(rules(3, null), 3, 0, noon).usedUp()).isTrue();
        assertThat(Standing.of(rules(3, null), 3, 1, noon).usedUp()).isFalse();
        assertThat(Standing.of(rules(3, null), 3, 1, noon).left()).isEqualTo(1);
    }

    @Test
    void aWaitRunsFromTheLastAttempt() {
        Standing standing = Standing.of(rules(null, 24), 1, 0, noon);
        assertThat(standing.waiting(noon.plusSeconds(23 * 3600))).isTrue();
        assertThat(standing.waiting(noon.plusSeconds(24 * 3600))).isFalse();
        assertThat(Standing.of(rules(null, 24), 0, 0, null).waiting(noon)).isFalse();
    }
}
