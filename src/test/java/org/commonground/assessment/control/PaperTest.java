package org.commonground.assessment.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.QuizRules;
import org.junit.jupiter.api.Test;

class PaperTest {

    private final Quiz quiz = QuizFixtures.quiz(QuizRules.DEFAULT, QuizFixtures.question("q1"), QuizFixtures.question("q2"));

    private static List<String> keys(Question question) {
        return question.options().stream().map(AnswerOption::key).toList();
    }

    @Test
    void theSameAttemptGetsTheSameOrderOnEveryReload() {
        assertThat(Paper.of(quiz, 7, 1)).isEqualTo(Paper.of(quiz, 7, 1));
    }

    @Test
    void everyOptionIsPresentOnceAndThePinnedOneStaysLast() {
        for (int number = 1; number <= 50; number++) {
            Question shown = Paper.of(quiz, 7, number).questions().get(0);
            assertThat(keys(shown)).containsExactlyInAnyOrder("a", "b", "c", "d", "e", "z").endsWith("z");
        }
    }

    @Test
    void laterAttemptsAndOtherLearnersSeeOtherOrders() {
        Set<List<String>> orders = new HashSet<>();
        IntStream.rangeClosed(1, 20).forEach(n -> orders.add(keys(Paper.of(quiz, 7, n).questions().get(0))));
        IntStream.rangeClosed(1, 20).forEach(a -> orders.add(keys(Paper.of(quiz, a, 1).questions().get(0))));
        assertThat(orders).as("120 orders are possible; 40 papers show many of them").hasSizeGreaterThan(15);
    }

    @Test
    void aQuizThatDoesNotShuffleKeepsItsOrderAndTrueFalseIsNeverShuffled() {
        QuizRules still = new QuizRules(QuizRules.Review.CHOSEN, QuizRules.Review.EVERYTHING, QuizRules.Review.EVERYTHING,
                null, null, false, null, null);
        assertThat(keys(Paper.of(QuizFixtures.quiz(still, QuizFixtures.question("q1")), 7, 3).questions().get(0)))
                .containsExactly("a", "b", "c", "d", "e", "z");
        Question trueFalse = new Question("tf", QuestionType.TRUE_FALSE, "Sky?", "Why", List.of(
                new AnswerOption("true", "True", true, "Yes", 1), new AnswerOption("false", "False", false, "No", 1)));
        for (int number = 1; number <= 10; number++) {
            assertThat(keys(Paper.of(QuizFixtures.quiz(QuizRules.DEFAULT, trueFalse), 7, number).questions().get(0)))
                    .containsExactly("true", "false");
        }
    }

    @Test
    void aPoolDrawsNQuestionsInTheQuizOrderAndASecondAttemptIsNotTheSamePaper() {
        Quiz pooled = QuizFixtures.quiz(QuizFixtures.drawing(3, null), IntStream.rangeClosed(1, 10)
                .mapToObj(i -> QuizFixtures.question("q" + (char) ('a' + i))).toArray(Question[]::new));
        Set<List<String>> papers = new HashSet<>();
        for (int number = 1; number <= 10; number++) {
            List<String> drawn = Paper.of(pooled, 7, number).questions().stream().map(Question::uuid).toList();
            assertThat(drawn).hasSize(3).doesNotHaveDuplicates().isSorted();
            papers.add(drawn);
        }
        assertThat(papers).hasSizeGreaterThan(5);
        assertThat(Paper.of(pooled, 7, 1).drawnUuids(pooled)).hasSize(3);
    }

    @Test
    void aTaggedPoolDrawsOnlyTaggedQuestions() {
        Quiz tagged = QuizFixtures.quiz(QuizFixtures.drawing(2, "consent"), QuizFixtures.question("q1", "consent"),
                QuizFixtures.question("q2"), QuizFixtures.question("q3", "consent", "children"), QuizFixtures.question("q4"));
        for (int number = 1; number <= 10; number++) {
            assertThat(Paper.of(tagged, 7, number).questions()).extracting(Question::uuid).containsExactly("q1", "q3");
        }
    }

    @Test
    void aRecordedPaperIsTheSameAsTheOneShown() {
        Quiz pooled = QuizFixtures.quiz(QuizFixtures.drawing(2, null), QuizFixtures.question("q1"), QuizFixtures.question("q2"),
                QuizFixtures.question("q3"));
        Paper shown = Paper.of(pooled, 9, 4);
        assertThat(Paper.recorded(pooled, 9, 4, shown.drawnUuids(pooled))).isEqualTo(shown);
        assertThat(Paper.recorded(quiz, 9, 4, List.of())).isEqualTo(Paper.of(quiz, 9, 4));
    }
}
