package org.commonground.content.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleDefinitionTest {

    private static Question question(String uuid, String... tags) {
        return new Question(uuid, QuestionType.SINGLE, "Question " + uuid, "Why.", List.of(
                new AnswerOption("a", "A", true, "Yes.", 1), new AnswerOption("b", "B", false, "No.", 1)), List.of(tags));
    }

    private static Quiz quiz(String uuid, QuizRules rules, Question... questions) {
        return new Quiz(uuid, "Quiz " + uuid, 70, Quiz.AttemptRule.BEST, List.of(questions), rules);
    }

    private static ModuleUnit unit(String uuid, Quiz quiz) {
        Unit unit = new Unit(uuid, "Unit " + uuid, 5, List.of("Learn."), List.of(), "Summary.", List.of(), "Body.");
        return new ModuleUnit(unit, java.util.Optional.of(quiz), java.util.Optional.empty(), CompletionRule.QUIZ_PASSED);
    }

    private static ModuleDefinition module(Quiz... quizzes) {
        List<ModuleUnit> units = new java.util.ArrayList<>();
        for (int i = 0; i < quizzes.length; i++) {
            units.add(unit("u" + i, quizzes[i]));
        }
        return new ModuleDefinition("m", "Module", "Summary", Stage.EMERGING, "Because.", List.of("Learn."), List.of(),
                List.of(), List.of(), units);
    }

    private static QuizRules drawing(String tag) {
        QuizRules d = QuizRules.DEFAULT;
        return new QuizRules(d.afterFail(), d.afterLast(), d.afterPass(), null, null, true, 2, tag);
    }

    @Test
    void aDrawByTagPoolsTheTaggedQuestionsOfEveryQuizOfTheModuleOnce() {
        Question shared = question("shared", "sky");
        Quiz drawing = quiz("q1", drawing("sky"), question("own", "sky"), shared, question("untagged"));
        Quiz other = quiz("q2", QuizRules.DEFAULT, question("other", "sky"), shared, question("grass", "grass"));

        Quiz pooled = module(drawing, other).pooled(drawing);

        assertThat(pooled.questions()).extracting(Question::uuid).containsExactly("own", "shared", "untagged", "other");
        assertThat(pooled.uuid()).isEqualTo("q1");
        assertThat(pooled.rules()).isEqualTo(drawing.rules());
    }

    @Test
    void aQuizThatDoesNotDrawByTagIsAsWritten() {
        Quiz plain = quiz("q1", QuizRules.DEFAULT, question("own", "sky"));
        Quiz other = quiz("q2", QuizRules.DEFAULT, question("other", "sky"));

        assertThat(module(plain, other).pooled(plain)).isSameAs(plain);
    }
}
