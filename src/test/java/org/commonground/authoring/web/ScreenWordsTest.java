package org.commonground.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonground.content.control.ContentParser;
import org.commonground.content.control.Problem;
import org.junit.jupiter.api.Test;

class ScreenWordsTest {

    private final ScreenWords words = new ScreenWords();

    @Test
    void aMissingFieldInAnOptionIsNamedAsTheScreenCountsIt() {
        Problem p = new Problem("content/quizzes/x/01.yaml", 12, "questions[1].options[2].feedback", "required field is missing");
        assertThat(words.describe(p)).isEqualTo("Question 2, option 3: add feedback");
        assertThat(words.place(p).fieldId()).isEqualTo("questions:1:options:2:feedback");
    }

    @Test
    void numbersOutOfRangeOrNotWholeUseTheFieldsLabel() {
        assertThat(words.describe(new Problem("u.md", 4, "minutes", "must be from 1 to 120, not 500")))
                .isEqualTo("Minutes must be from 1 to 120, not 500");
        assertThat(words.describe(new Problem("u.md", 4, "minutes", "expected a whole number, not 'ten'")))
                .isEqualTo("Minutes must be a whole number, for example 10");
        assertThat(words.wholeNumber("Minutes", 10)).isEqualTo("Minutes must be a whole number, for example 10");
        assertThat(words.weight(0, 1)).isEqualTo("Question 1, option 2: the weight must be a number above 0, for example 1 or 0.5");
        assertThat(words.describe(new Problem("q.yaml", 9, "questions[0].options[1].weight", "must be a positive number, not -1")))
                .isEqualTo("Question 1, option 2: the weight must be a number above 0, for example 1 or 0.5");
    }

    @Test
    void questionRulesNameTheQuestionNotTheFilesField() {
        assertThat(words.describe(new Problem("q.yaml", 9, "questions[0].options", "no option is marked correct: true")))
                .isEqualTo("Question 1: mark at least one option as correct");
        assertThat(words.describe(new Problem("q.yaml", 9, "questions[3].options", "a single question has exactly one correct option, not 2")))
                .isEqualTo("Question 4: a one-answer question has exactly one correct option, not 2");
        assertThat(words.describe(new Problem("q.yaml", 3, "draw", "draws 5 questions from a pool of 2 tagged 'gp'")))
                .isEqualTo("Questions drawn for each attempt: 5 are drawn, but only 2 questions have the tag 'gp' to draw from");
        assertThat(words.describe(new Problem("u.md", 2, "summary", "required field is missing"))).isEqualTo("Add the summary");
        assertThat(words.describe(new Problem("u.md", 2, "cases[1].title", "required field is missing"))).isEqualTo("Case 2: add title");
    }

    @Test
    void partsOfAFieldWithNoBoxOfTheirOwnGoNextToTheBoxTheyAreWrittenIn() {
        assertThat(ScreenWords.fieldId("attempts.max")).isEqualTo("max_attempts");
        assertThat(ScreenWords.fieldId("review.after_fail")).isEqualTo("after_fail");
        assertThat(ScreenWords.fieldId("parts[1].columns[2].key")).isEqualTo("parts:1:columns");
        assertThat(ScreenWords.fieldId("questions[0].options[1].key")).isEqualTo("questions:0:options:1:text");
        assertThat(ScreenWords.fieldId("objectives[4]")).isEqualTo("objectives");
        assertThat(ScreenWords.fieldId("")).isEmpty();
    }

    @Test
    void noMessageTheCheckerGivesAnEditedQuizKeepsTheFilesWords() {
        String quiz = """
                uuid: 0b6f1f3e-8d55-4c3a-9a51-0c2f4d1e7a10
                title: Check
                pass_mark: 170
                questions:
                  - uuid: 1c7f2f4e-9e66-4d4b-8b62-1d3f5e2f8b21
                    type: single
                    text: Who interprets?
                    options:
                      - key: a
                        text: A professional
                        correct: false
                      - key: b
                        text: A child
                        correct: false
                        feedback: No.
                        weight: heavy
                """;
        List<Problem> problems = new ArrayList<>();
        new ContentParser().item("content/quizzes/x/01-check.yaml", quiz, problems);
        assertThat(problems).isNotEmpty();
        for (Problem p : problems) {
            assertThat(words.describe(p)).as(p.toString()).doesNotContain("[", "_", "required field", "expected");
        }
    }
}
