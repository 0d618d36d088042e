package org.commonground.assessment.control;

import java.util.ArrayList;
import java.util.List;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.QuizRules;

/** Small quizzes for the assessment unit tests. */
final class QuizFixtures {

    private QuizFixtures() {
    }

    /** A multi question with options a-e (a and b correct) and a pinned "none of these" last, tagged as given. */
    static Question question(String uuid, String... tags) {
        List<AnswerOption> options = new ArrayList<>();
        for (char c = 'a'; c <= 'e'; c++) {
            options.add(new AnswerOption(String.valueOf(c), "Statement " + c, c <= 'b', "Feedback " + c, 1));
        }
        options.add(new AnswerOption("z", "None of these", false, "Feedback z", 1, true));
        return new Question(uuid, QuestionType.MULTI, "Question " + uuid, "Explanation " + uuid, options, List.of(tags));
    }

    static Quiz quiz(QuizRules rules, Question... questions) {
        return new Quiz("quiz-1", "A quiz", 100, Quiz.AttemptRule.BEST, List.of(questions), rules);
    }

    static QuizRules drawing(Integer draw, String tag) {
        QuizRules d = QuizRules.DEFAULT;
        return new QuizRules(d.afterFail(), d.afterLast(), d.afterPass(), null, null, true, draw, tag);
    }
}
