package org.commonground.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.commonground.content.entity.QuizRules;
import org.commonground.content.entity.QuizRules.Review;
import org.junit.jupiter.api.Test;

class AttemptReviewTest {

    private final Paper paper = new Paper(java.util.List.of(QuizFixtures.question("q1"), QuizFixtures.question("q2")));
    /** q1: a right and c wrong chosen; q2 left unanswered. */
    private final Map<String, Set<String>> chosen = Map.of("q1", Set.of("a", "c"));

    @Test
    void afterAFailByDefaultOnlyTheChosenOptionsAreShownNeverTheKey() {
        Review level = QuizRules.DEFAULT.review(false, false);
        AttemptReview review = AttemptReview.of(paper, chosen, level);

        assertThat(level).isEqualTo(Review.CHOSEN);
        assertThat(review.showsKey()).isFalse();
        AttemptReview.QuestionReview first = review.questions().get(0);
        assertThat(first.options()).extracting(o -> o.option().key()).containsExactlyInAnyOrder("a", "c");
        assertThat(first.options()).allMatch(AttemptReview.OptionReview::chosen);
        assertThat(first.options()).extracting(AttemptReview.OptionReview::verdict).containsExactlyInAnyOrder(
                "You chose this, and it is right to choose it.", "You chose this, but it is not right to choose it.");
        assertThat(first.fullyRight()).isFalse();
        assertThat(first.explanation()).isEmpty();
        AttemptReview.QuestionReview second = review.questions().get(1);
        assertThat(second.answered()).isFalse();
        assertThat(second.options()).as("nothing chosen, so nothing about b being correct").isEmpty();
    }

    @Test
    void afterAPassOrTheLastAttemptEverythingWithExplanations() {
        assertThat(QuizRules.DEFAULT.review(true, false)).isEqualTo(Review.EVERYTHING);
        assertThat(QuizRules.DEFAULT.review(false, true)).isEqualTo(Review.EVERYTHING);
        AttemptReview review = AttemptReview.of(paper, chosen, Review.EVERYTHING);

        assertThat(review.showsKey()).isTrue();
        assertThat(review.questions().get(1).options()).hasSize(6);
        assertThat(review.questions().get(1).options().get(0).verdict())
                .isEqualTo("You did not choose this, but it is right to choose it.");
        assertThat(review.questions().get(0).explanation()).isEqualTo("Explanation q1");
    }

    @Test
    void lowerLevelsShowLess() {
        AttemptReview wrong = AttemptReview.of(paper, chosen, Review.WRONG);
        assertThat(wrong.questions()).hasSize(2).allMatch(q -> q.options().isEmpty() && q.explanation().isEmpty());
        assertThat(wrong.questions().get(0).points()).isEqualTo(25);
        assertThat(AttemptReview.of(paper, chosen, Review.SCORE).questions()).isEmpty();
    }
}
