package org.commonground.content.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionTest {

    private static AnswerOption option(String key, boolean correct, double weight) {
        return new AnswerOption(key, "statement " + key, correct, "because", weight);
    }

    private final Question multi = new Question("q", QuestionType.MULTI, "Select every true statement", "why",
            List.of(option("a", true, 1), option("b", true, 1), option("c", false, 1), option("d", false, 1)));

    @Test
    void allCorrectAndNothingWrongScoresFull() {
        assertThat(multi.score(Set.of("a", "b"))).isEqualTo(1.0);
    }

    @Test
    void eachCorrectOptionEarnsItsShare() {
        assertThat(multi.score(Set.of("a"))).isEqualTo(0.5);
    }

    @Test
    void eachWrongOptionLosesItsShare() {
        assertThat(multi.score(Set.of("a", "b", "c"))).isEqualTo(0.5);
    }

    @Test
    void selectingEverythingScoresNothing() {
        assertThat(multi.score(Set.of("a", "b", "c", "d"))).isZero();
    }

    @Test
    void neverBelowZero() {
        assertThat(multi.score(Set.of("c", "d"))).isZero();
        assertThat(multi.score(Set.of())).isZero();
    }

    @Test
    void weightsShareTheCredit() {
        Question weighted = new Question("w", QuestionType.MULTI, "t", "e",
                List.of(option("a", true, 3), option("b", true, 1), option("c", false, 1)));
        assertThat(weighted.score(Set.of("a"))).isEqualTo(0.75);
        assertThat(weighted.score(Set.of("b"))).isEqualTo(0.25);
    }

    @Test
    void quizScoreIsThePercentageOfQuestionsAndPassesAtTheMark() {
        Question single = new Question("s", QuestionType.SINGLE, "t", "e", List.of(option("x", true, 1), option("y", false, 1)));
        Quiz quiz = new Quiz("quiz", "Quiz", 70, Quiz.AttemptRule.BEST, List.of(multi, single));

        double score = quiz.score(Map.of("q", Set.of("a"), "s", Set.of("x")));

        assertThat(score).isEqualTo(75.0);
        assertThat(quiz.passes(score)).isTrue();
        assertThat(quiz.passes(quiz.score(Map.of("s", Set.of("x"))))).isFalse();
    }
}
