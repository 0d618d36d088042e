package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.junit.jupiter.api.Test;

/** A library whose answers sit in one place, are the longest or are mostly "false" fails the balance check. */
class QuizBalanceTest {

    static int made;

    /** A single-answer question of four options with the right one at {@code right}, {@code longest} the longest. */
    static Question single(int right, int longest) {
        List<AnswerOption> options = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String text = i == longest ? "A much longer option than the others" : "Option " + i;
            options.add(new AnswerOption(String.valueOf((char) ('a' + i)), text, i == right, "Feedback for this option.", 1));
        }
        return new Question("q" + made++, QuestionType.SINGLE, "Which?", "Why.", options);
    }

    static Question trueFalse(boolean answer) {
        return new Question("q" + made++, QuestionType.TRUE_FALSE, "True?", "Why.", List.of(
                new AnswerOption("true", "True", answer, "Feedback for true.", 1),
                new AnswerOption("false", "False", !answer, "Feedback for false.", 1)));
    }

    static Quiz quiz(List<Question> questions) {
        return new Quiz("quiz", "Check", 70, Quiz.AttemptRule.BEST, questions);
    }

    @Test
    void aBalancedLibraryHasNoBreaches() {
        QuizBalance balance = QuizBalance.of(List.of(quiz(List.of(single(0, 1), single(1, 1), single(2, 0), single(3, 3),
                single(0, 2), single(1, 0), single(2, 1), trueFalse(true), trueFalse(false)))));
        assertThat(balance.breaches()).isEmpty();
        assertThat(balance.singles()).isEqualTo(7);
        assertThat(balance.rightAt(0)).isEqualTo(2);
        assertThat(balance.rightIsLongest()).isEqualTo(2);
        assertThat(balance.report()).contains("a 2 (29%)").contains("true: 1 (50%)");
    }

    @Test
    void theSameLetterTooOftenIsABreach() {
        QuizBalance balance = QuizBalance.of(List.of(quiz(List.of(single(1, 0), single(1, 0), single(1, 0), single(0, 1),
                single(2, 0), single(3, 0)))));
        assertThat(balance.breaches()).containsExactly("the right option is b in 3 of 6 single-answer questions (at most 35%)");
    }

    @Test
    void theRightOptionTooOftenTheLongestIsABreach() {
        QuizBalance balance = QuizBalance.of(List.of(quiz(List.of(single(0, 0), single(1, 1), single(2, 2), single(3, 0)))));
        assertThat(balance.breaches()).containsExactly("the right option is the longest in 3 of 4 single-answer questions (at most 40%)");
    }

    @Test
    void mostlyFalseIsABreach() {
        QuizBalance balance = QuizBalance.of(List.of(quiz(List.of(trueFalse(false), trueFalse(false), trueFalse(false),
                trueFalse(true)))));
        assertThat(balance.breaches()).containsExactly("1 of 4 true/false answers are true (40% to 60%)");
    }

    @Test
    void anAbsoluteWordInAWrongOptionIsAGiveAwayUnlessRightOptionsUseThemToo() {
        Question marked = new Question("marked", QuestionType.MULTI, "Which?", "Why.", List.of(
                new AnswerOption("a", "Book an interpreter.", true, "Feedback.", 1),
                new AnswerOption("b", "Family members always interpret best.", false, "Feedback.", 1),
                new AnswerOption("c", "Nobody can help, so give up.", false, "Feedback.", 1)));
        Question even = new Question("even", QuestionType.MULTI, "Which?", "Why.", List.of(
                new AnswerOption("a", "Always offer an interpreter.", true, "Feedback.", 1),
                new AnswerOption("b", "Only a relative can interpret.", false, "Feedback.", 1)));
        assertThat(QuizBalance.of(List.of(quiz(List.of(marked, even)))).giveAways())
                .containsExactly("marked/b: Family members always interpret best.");
    }
}
