package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.junit.jupiter.api.Test;

/** GIFT in and out, on a file written from the format's documentation. */
class GiftTest {

    static final String QUIZ = "0b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e";

    static byte[] resource(String name) {
        try (InputStream in = GiftTest.class.getResourceAsStream("/banks/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private final QuestionBank.Imported imported = Gift.read("documented.gift",
            new String(resource("documented.gift"), StandardCharsets.UTF_8), QUIZ);

    private Question named(String start) {
        return imported.questions().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void oneRightAnswerWithFeedbackGeneralFeedbackAndItsCategoryAsATag() {
        Question q = named("Who should interpret");
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.options()).extracting(AnswerOption::key, AnswerOption::text, AnswerOption::correct, AnswerOption::feedback)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "A professional interpreter", true,
                        "Yes: independent and bound by confidentiality."),
                        org.assertj.core.groups.Tuple.tuple("b", "The patient's child", false, "No: a child should never interpret."),
                        org.assertj.core.groups.Tuple.tuple("c", "A relative", false, "No: a relative is not independent."));
        assertThat(q.explanation()).isEqualTo("A professional interpreter is independent, trained and confidential.");
        assertThat(q.tags()).containsExactly("Interpreters/Consent");
    }

    @Test
    void weightsMakeSeveralRightAnswersAndEscapesAreRead() {
        Question q = named("Which are true of interpreting: choose all that apply?");
        assertThat(q.type()).isEqualTo(QuestionType.MULTI);
        assertThat(q.options()).extracting(AnswerOption::correct, AnswerOption::weight).containsExactly(
                org.assertj.core.groups.Tuple.tuple(true, 50.0), org.assertj.core.groups.Tuple.tuple(true, 50.0),
                org.assertj.core.groups.Tuple.tuple(false, 100.0));
        assertThat(q.options().get(0).feedback()).isEqualTo("Right: that is their code.");
        assertThat(q.options().get(2).text()).isEqualTo("A fairly fluent colleague = an interpreter");
        assertThat(q.explanation()).isEqualTo("Two statements are true {both}.\nThe third is not.");
        assertThat(q.score(java.util.Set.of("a", "b"))).isEqualTo(1.0);
    }

    @Test
    void trueFalseTakesItsWrongThenRightFeedback() {
        Question q = named("Patients may ask");
        assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(q.option("true").orElseThrow().correct()).isTrue();
        assertThat(q.option("true").orElseThrow().feedback()).isEqualTo("Right: they may ask.");
        assertThat(q.option("false").orElseThrow().feedback()).isEqualTo("It is true: they may ask.");
        assertThat(q.explanation()).isEqualTo("Services should meet that request where they can.");
    }

    @Test
    void aMissingWordAndHtmlAreReadAsPlainQuestionsWithWhatWasFilledInNoted() {
        assertThat(named("Book the interpreter").text()).isEqualTo("Book the interpreter _____ the appointment.");
        Question html = named("Which is clear language?");
        assertThat(html.options().get(0).feedback()).isEqualTo("Yes");
        assertThat(imported.notes()).anyMatch(n -> n.contains("'Missing word' had no general feedback"))
                .anyMatch(n -> n.contains("'Missing word' had options without feedback"));
    }

    @Test
    void everyQuestionThePlatformCannotTakeIsReportedWithItsLineAndName() {
        assertThat(imported.questions()).hasSize(5);
        assertThat(imported.skipped()).extracting(Problem::toString).containsExactly(
                "documented.gift:32 Short: a short answer question (only = answers): not a question the platform has",
                "documented.gift:34 Number: a numerical question ({#...}): not a question the platform has",
                "documented.gift:36 Match: a matching question (->): not a question the platform has",
                "documented.gift:38 Essay: an essay question (empty { }): not a question the platform has",
                "documented.gift:40 A description with no answers at all.: a description (no answers in { }): not a question the platform has",
                "documented.gift:42 Broken: the answers have no closing '}'");
    }

    @Test
    void gToPlatformToGiftKeepsEverythingAndTheUuids() {
        Quiz quiz = new Quiz(QUIZ, "Imported", 70, Quiz.AttemptRule.BEST, imported.questions());
        QuestionBank.Exported written = Gift.write(quiz);
        QuestionBank.Imported again = Gift.read("again.gift", written.text(), QUIZ);

        assertThat(again.skipped()).isEmpty();
        assertThat(again.notes()).isEmpty();
        assertThat(again.questions()).isEqualTo(withGrades(imported.questions()));
        assertThat(Gift.write(new Quiz(QUIZ, "Imported", 70, Quiz.AttemptRule.BEST, again.questions())).text())
                .isEqualTo(written.text());
        assertThat(written.text()).contains("$CATEGORY: $course$/top/Interpreters/Consent").contains("\\{both\\}.\\nThe third")
                .contains("~%50%Interpreters keep").contains("~%-100%A fairly fluent colleague \\= an interpreter");
    }

    /** Weights come back as the grades written (a correct option's share, a wrong one's share of the penalty). */
    private static List<Question> withGrades(List<Question> questions) {
        List<Question> expected = new ArrayList<>();
        for (Question q : questions) {
            if (q.type() != QuestionType.MULTI) {
                expected.add(q);
                continue;
            }
            List<Double> grades = QuestionBank.grades(q, q.uuid(), new ArrayList<>());
            List<AnswerOption> options = new ArrayList<>();
            for (int i = 0; i < q.options().size(); i++) {
                AnswerOption o = q.options().get(i);
                options.add(new AnswerOption(o.key(), o.text(), o.correct(), o.feedback(), Math.abs(grades.get(i))));
            }
            expected.add(new Question(q.uuid(), q.type(), q.text(), q.explanation(), options, q.tags()));
        }
        return expected;
    }

    @Test
    void weightsAreRoundedToMoodleGradesAndEachRoundingIsListed() {
        Question thirds = new Question("5b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e", QuestionType.MULTI, "Which?", "Why.", List.of(
                new AnswerOption("a", "A", true, "Yes.", 1), new AnswerOption("b", "B", true, "Yes.", 1),
                new AnswerOption("c", "C", true, "Yes.", 1.3), new AnswerOption("d", "D", false, "No.", 1)));
        QuestionBank.Exported written = Gift.write(new Quiz(QUIZ, "Q", 70, Quiz.AttemptRule.BEST, List.of(thirds)));

        assertThat(written.text()).contains("~%30%A").contains("~%30%B").contains("~%40%C").contains("~%-100%D");
        assertThat(written.roundings()).containsExactly(
                "Question '5b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e', option a: 30.30303% rounded to 30%",
                "Question '5b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e', option b: 30.30303% rounded to 30%",
                "Question '5b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e', option c: 39.39394% rounded to 40%");
        assertThat(QuestionBank.nearestGrade(100.0 / 3)).isEqualTo(100.0 / 3);
        assertThat(QuestionBank.grade(QuestionBank.nearestGrade(-34))).isEqualTo("-33.33333");
    }

    @Test
    void aThousandQuestionBankImportsWhole() {
        StringBuilder bank = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            bank.append("$CATEGORY: $course$/top/Bank ").append(i % 10).append("\n\n::Q").append(i).append(":: Question ").append(i)
                    .append(" with an escaped \\= sign? {\n\t~%50%Right one#Yes\n\t~%50%Right two#Yes\n\t~%-100%Wrong#No\n####Why ")
                    .append(i).append(".\n}\n\n");
        }
        String text = bank.toString();
        Gift.read("warm.gift", text, QUIZ);
        long start = System.nanoTime();
        QuestionBank.Imported thousand = Gift.read("bank.gift", text, QUIZ);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(thousand.questions()).hasSize(1000);
        assertThat(thousand.skipped()).isEmpty();
        // The time is a figure to read, not a test: machines are shared and noisy.
        System.out.println("GIFT import of 1,000 questions (" + text.length() + " characters): " + millis + " ms");
    }

    @Test
    void everyTagInTheCommentAndTheCategoryIsKeptThroughARoundTrip() {
        QuestionBank.Imported tagged = Gift.read("tagged.gift", new String(resource("tagged.gift"), StandardCharsets.UTF_8), QUIZ);
        assertThat(tagged.skipped()).isEmpty();
        Question q = tagged.questions().get(0);
        assertThat(q.tags()).containsExactly("Interpreters", "consent", "gp practice", "a ] bracket");
        assertThat(tagged.questions().get(1).tags()).containsExactly("Interpreters", "plain-language");

        QuestionBank.Exported written = Gift.write(new Quiz(QUIZ, "Tagged", 70, Quiz.AttemptRule.BEST, tagged.questions()));
        assertThat(written.text()).contains("// [tag:Interpreters] [tag:consent] [tag:gp practice] [tag:a \\] bracket]");
        QuestionBank.Imported again = Gift.read("again.gift", written.text(), QUIZ);
        assertThat(again.questions()).extracting(Question::tags).containsExactly(q.tags(), tagged.questions().get(1).tags());
        assertThat(again.questions()).isEqualTo(tagged.questions());
    }

    @Test
    void htmlKeepsItsMeaningAsPlainTextAndNoScriptIsKept() {
        QuestionBank.Imported tagged = Gift.read("tagged.gift", new String(resource("tagged.gift"), StandardCharsets.UTF_8), QUIZ);
        Question q = tagged.questions().get(1);
        assertThat(q.text()).isEqualTo("Which is clear language?\n\n- for a leaflet\n- for a letter");
        assertThat(q.options().get(0).feedback()).isEqualTo("Yes: see the guide (https://example.org/plain).");
        assertThat(q.options().get(1).feedback()).isEqualTo("No[picture: a frowning face]");
        assertThat(q.explanation()).isEqualTo("Short sentences.\n\nCommon words & no jargon.");
        assertThat(tagged.questions()).allSatisfy(question -> assertThat(question.toString()).doesNotContain("alert")
                .doesNotContain("<").doesNotContain("onerror"));
    }
}
