package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.junit.jupiter.api.Test;

/** Moodle XML in and out, on a file written from the format's documentation. */
class MoodleXmlTest {

    private final QuestionBank.Imported imported = MoodleXml.read("documented.xml", GiftTest.resource("documented.xml"), GiftTest.QUIZ);

    private Question named(String start) {
        return imported.questions().stream().filter(q -> q.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void oneAnswerFromHtmlWithFeedbackAndTheCategoryAsATag() {
        Question q = named("Who should interpret");
        assertThat(q.type()).isEqualTo(QuestionType.SINGLE);
        assertThat(q.text()).isEqualTo("Who should interpret at a GP appointment?");
        assertThat(q.explanation()).isEqualTo("A professional interpreter is independent & confidential.");
        assertThat(q.options()).extracting(AnswerOption::text, AnswerOption::correct, AnswerOption::feedback).containsExactly(
                tuple("A professional interpreter", true, "Yes."), tuple("The patient's child", false, "No: never a child."));
        assertThat(q.tags()).containsExactly("Interpreters");
    }

    @Test
    void severalAnswersKeepTheirFractionsAsWeightsAndEntitiesAreRead() {
        Question q = named("Which are true of interpreting?");
        assertThat(q.text()).isEqualTo("Which are true of interpreting? Less < more & \"quotes\"");
        assertThat(q.type()).isEqualTo(QuestionType.MULTI);
        assertThat(q.options()).extracting(AnswerOption::correct, AnswerOption::weight).containsExactly(
                tuple(true, 33.33333), tuple(true, 33.33333), tuple(true, 33.33334), tuple(false, 100.0));
        assertThat(q.score(Set.of("a", "b", "c"))).isEqualTo(1.0);
    }

    @Test
    void trueFalseWithoutGeneralFeedbackGetsAnExplanationThatIsNoted() {
        Question q = named("Patients may ask");
        assertThat(q.type()).isEqualTo(QuestionType.TRUE_FALSE);
        assertThat(q.option("true").orElseThrow()).extracting(AnswerOption::correct, AnswerOption::feedback)
                .containsExactly(true, "Right: they may.");
        assertThat(q.explanation()).isEqualTo("The right answer: True.");
        assertThat(q.tags()).as("the category still applies").containsExactly("Interpreters");
        assertThat(imported.notes()).containsExactly(
                "Question 'Ask for sex' had no general feedback: its explanation names the right answer; write a better one.");
    }

    @Test
    void whatThePlatformCannotTakeIsReportedByItsPlaceInTheFileAndName() {
        assertThat(imported.questions()).hasSize(3);
        assertThat(imported.skipped()).extracting(Problem::toString).containsExactly(
                "documented.xml:0 question 6 'Short': a shortanswer question: not a question the platform has",
                "documented.xml:0 question 7 'Partial single': partial credit in a one-answer question: the platform's one-answer"
                        + " questions have one right answer",
                "documented.xml:0 question 8 'Both true': a true/false question needs a true and a false answer, exactly one of them right");
    }

    @Test
    void malformedXmlIsReportedWithItsLineAndADoctypeIsRefused() {
        QuestionBank.Imported broken = MoodleXml.read("malformed.xml", GiftTest.resource("malformed.xml"), GiftTest.QUIZ);
        assertThat(broken.questions()).isEmpty();
        assertThat(broken.skipped()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("not well-formed XML");
        });
        QuestionBank.Imported doctype = MoodleXml.read("doctype.xml", GiftTest.resource("doctype.xml"), GiftTest.QUIZ);
        assertThat(doctype.questions()).isEmpty();
        assertThat(doctype.skipped()).singleElement().satisfies(p -> assertThat(p.message()).contains("DOCTYPE"));
        assertThat(MoodleXml.read("other.xml", "<questions/>".getBytes(StandardCharsets.UTF_8), GiftTest.QUIZ).skipped())
                .extracting(Problem::message).containsExactly("a Moodle XML file starts with <quiz>, not <questions>");
    }

    @Test
    void moodleXmlToPlatformToMoodleXmlKeepsEverythingAndRoundsToMoodleGrades() {
        Quiz quiz = new Quiz(GiftTest.QUIZ, "Imported & <checked>", 70, Quiz.AttemptRule.BEST, imported.questions());
        QuestionBank.Exported written = MoodleXml.write(quiz);
        QuestionBank.Imported again = MoodleXml.read("again.xml", written.text().getBytes(StandardCharsets.UTF_8), GiftTest.QUIZ);

        assertThat(again.skipped()).isEmpty();
        assertThat(written.roundings()).as("a third is a Moodle grade, at Moodle's five decimals").isEmpty();
        Question multi = again.questions().stream().filter(q -> q.type() == QuestionType.MULTI).findFirst().orElseThrow();
        assertThat(multi.options()).extracting(AnswerOption::weight).containsExactly(33.33333, 33.33333, 33.33333, 100.0);
        List<Question> others = again.questions().stream().filter(q -> q.type() != QuestionType.MULTI).toList();
        assertThat(others).isEqualTo(imported.questions().stream().filter(q -> q.type() != QuestionType.MULTI).toList());
        assertThat(multi.uuid()).isEqualTo(named("Which are true").uuid());
        assertThat(written.text()).contains("<text>$course$/top/Interpreters</text>").contains("<single>false</single>")
                .contains("fraction=\"-100\"").contains("&amp; \"quotes\"");
        assertThat(MoodleXml.write(new Quiz(GiftTest.QUIZ, "Imported & <checked>", 70, Quiz.AttemptRule.BEST, again.questions()))
                .text()).isEqualTo(written.text());
    }

    @Test
    void aQuizWrittenAsGiftReadsBackTheSameAsWrittenAsMoodleXml() {
        Quiz quiz = new Quiz(GiftTest.QUIZ, "Both", 70, Quiz.AttemptRule.BEST, imported.questions());
        List<Question> viaGift = Gift.read("q.gift", Gift.write(quiz).text(), GiftTest.QUIZ).questions();
        List<Question> viaXml = MoodleXml.read("q.xml", MoodleXml.write(quiz).text().getBytes(StandardCharsets.UTF_8),
                GiftTest.QUIZ).questions();
        assertThat(viaGift).isEqualTo(viaXml);
    }

    @Test
    void everyTagAndTheCategoryAreKeptThroughARoundTripAndHtmlKeepsItsMeaning() {
        QuestionBank.Imported tagged = MoodleXml.read("tagged.xml", GiftTest.resource("tagged.xml"), GiftTest.QUIZ);
        assertThat(tagged.skipped()).isEmpty();
        Question q = tagged.questions().get(0);
        assertThat(q.tags()).containsExactly("Interpreters", "plain-language", "gp practice");
        assertThat(q.text()).isEqualTo("Which is clear language?\n\n1. for a leaflet\n2. for a letter");
        assertThat(q.options().get(0).text()).isEqualTo("Short sentences\nand common words");
        assertThat(q.options().get(0).feedback()).isEqualTo("Yes: see the guide (https://example.org/plain).");
        assertThat(q.options().get(1).feedback()).as("no script address is kept").isEqualTo("No[picture: a frowning face]more");
        assertThat(q.explanation()).isEqualTo("Short sentences.\n\nCommon words & no jargon.");
        assertThat(q.toString()).doesNotContain("alert").doesNotContain("<").doesNotContain("javascript");

        QuestionBank.Exported written = MoodleXml.write(new Quiz(GiftTest.QUIZ, "Tagged", 70, Quiz.AttemptRule.BEST,
                tagged.questions()));
        assertThat(written.text()).contains("<tag>").contains("<text>plain-language</text>");
        QuestionBank.Imported again = MoodleXml.read("again.xml", written.text().getBytes(StandardCharsets.UTF_8), GiftTest.QUIZ);
        assertThat(again.questions()).isEqualTo(tagged.questions());
        assertThat(Gift.read("via.gift", Gift.write(new Quiz(GiftTest.QUIZ, "Tagged", 70, Quiz.AttemptRule.BEST,
                again.questions())).text(), GiftTest.QUIZ).questions()).extracting(Question::tags)
                .containsExactly(q.tags());
    }
}
