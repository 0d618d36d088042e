package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.commonground.content.entity.AnswerOption;
import org.commonground.content.entity.CaseStudy;
import org.commonground.content.entity.Question;
import org.commonground.content.entity.QuestionType;
import org.commonground.content.entity.Quiz;
import org.commonground.content.entity.QuizRules;
import org.commonground.content.entity.Resource;
import org.commonground.content.entity.Review;
import org.commonground.content.entity.Unit;
import org.junit.jupiter.api.Test;

/** What the browser writes is read back by the loader as the same content. */
class ContentWriterTest {

    private final ContentParser parser = new ContentParser();

    @Test
    void everyShippedModuleWrittenAgainParsesToTheSameDefinition() {
        Map<String, String> files = ContentDirectory.read(Path.of("."));
        Library original = parser.parse(files);
        Map<String, String> rewritten = new TreeMap<>(files);
        for (ParsedModule module : original.modules()) {
            for (String path : module.files().keySet()) {
                rewritten.put(path, rewrite(path, module.files().get(path)));
            }
        }
        Library again = parser.parse(rewritten);

        assertThat(again.problems()).isEmpty();
        assertThat(again.modules()).hasSameSizeAs(original.modules());
        for (int i = 0; i < original.modules().size(); i++) {
            assertThat(again.modules().get(i).definition()).isEqualTo(original.modules().get(i).definition());
        }
    }

    @Test
    void awkwardTextSurvivesTheRoundTrip() {
        String awkward = "=1+2: a \"quoted\" # not a comment <script>alert(1)</script> 'x'";
        Unit unit = new Unit("0b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e", awkward, 7, List.of("- starts with a dash", "yes"),
                List.of(new CaseStudy(CaseStudy.Kind.CASE_STUDY, "true", "Line one\n\nLine two  \nwith trailing spaces")),
                "- one\n- two\n", List.of(new Resource("R: r", "", "https://example.org/a?b=c#d")), "## Body\n\nText.");
        List<Problem> problems = new ArrayList<>();
        Optional<Object> read = parser.item("content/units/x/01-x.md", ContentWriter.unit(unit), problems);

        assertThat(problems).isEmpty();
        Unit back = (Unit) read.orElseThrow();
        assertThat(back.title()).isEqualTo(awkward);
        assertThat(back.objectives()).isEqualTo(unit.objectives());
        assertThat(back.cases()).isEqualTo(unit.cases());
        assertThat(back.body()).isEqualTo(unit.body());
        assertThat(back.resources()).isEqualTo(unit.resources());
    }

    @Test
    void weightsOtherThanOneAreWrittenAndDefaultsAreLeftOut() {
        Quiz quiz = new Quiz("1b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e", "Q", 80, Quiz.AttemptRule.LATEST,
                List.of(new Question("2b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e", QuestionType.MULTI, "Which?", "Because.",
                        List.of(new AnswerOption("a", "A", true, "Yes.", 2.5), new AnswerOption("b", "B", false, "No.", 1)))));
        String text = ContentWriter.quiz(quiz);
        List<Problem> problems = new ArrayList<>();

        assertThat(text).contains("weight: 2.5").containsOnlyOnce("weight");
        assertThat(parser.item("content/quizzes/x/01-x.yaml", text, problems)).contains(quiz);
        assertThat(problems).isEmpty();
    }

    /** The fields every module file here shares. */
    static final String MODULE_HEAD = """
            uuid: 3b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e
            title: M
            summary: S.
            stage: EMERGING
            stage_reason: R.
            """;

    @Test
    void quizRulesTagsAndPinnedOptionsSurviveTheRoundTrip() {
        QuizRules rules = new QuizRules(QuizRules.Review.WRONG, QuizRules.Review.CHOSEN, QuizRules.Review.EVERYTHING, 3, 24,
                false, 1, "consent");
        Quiz quiz = new Quiz("1b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e", "Q", 80, Quiz.AttemptRule.BEST,
                List.of(new Question("2b7e4b8e-3c1a-4f43-9d51-1f1a2b3c4d5e", QuestionType.SINGLE, "Which?", "Because.",
                        List.of(new AnswerOption("a", "A", true, "Yes.", 1),
                                new AnswerOption("b", "None of these", false, "No.", 1, true)),
                        List.of("consent", "Interpreters/Children"))), rules);
        String text = ContentWriter.quiz(quiz);
        List<Problem> problems = new ArrayList<>();

        assertThat(parser.item("content/quizzes/x/01-x.yaml", text, problems)).contains(quiz);
        assertThat(problems).isEmpty();
        assertThat(text).contains("after_fail: wrong").contains("wait_hours: 24").contains("pinned: true");
        assertThat(ContentWriter.quiz(new Quiz(quiz.uuid(), "Q", 80, Quiz.AttemptRule.BEST, quiz.questions())))
                .as("default rules are left out").doesNotContain("review").doesNotContain("attempts").doesNotContain("shuffle")
                .doesNotContain("draw");
    }

    @Test
    void aModuleFileKeepsItsReviewsAndUnitsInOrder() {
        String text = MODULE_HEAD + """
                outcomes: [one, two]
                reviews:
                  - {name: Amina, role: Community partner, date: 2026-03-31, note: Clear.}
                units:
                  - {unit: u1, complete_when: read}
                  - {unit: u2, quiz: q2, complete_when: quiz_passed}
                """;
        ModuleFile module = ModuleFile.read(text).orElseThrow();
        ModuleFile again = ModuleFile.read(module.withReview(new Review("Ben", "Reviewer", LocalDate.of(2026, 4, 1), "")).write())
                .orElseThrow();

        assertThat(again.reviews()).extracting(Review::name).containsExactly("Amina", "Ben");
        assertThat(again.reviews().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(again.units()).extracting(ModuleFile.UnitRef::unit).containsExactly("u1", "u2");
        assertThat(again.units().get(1).quiz()).isEqualTo("q2");
        assertThat(again.units().get(0).quiz()).isNull();
    }

    @Test
    void aModuleFileKeepsItsChangeNotesThroughABrowserEdit() {
        String text = MODULE_HEAD + """
                changes:
                  - {date: 2026-12-03, note: Moved from Maturing to Emerging.}
                outcomes: [one]
                units:
                  - {unit: u1, complete_when: read}
                """;
        ModuleFile edited = ModuleFile.read(text).orElseThrow().withFraming("M2", "S.", "EMERGING", "R.", List.of("one"));
        ModuleFile again = ModuleFile.read(edited.write()).orElseThrow();

        assertThat(again.title()).isEqualTo("M2");
        assertThat(again.changes()).containsExactly(
                new org.commonground.content.entity.ModuleChange(LocalDate.of(2026, 12, 3), "Moved from Maturing to Emerging."));
    }

    @Test
    void aModuleFileKeepsItsFollowUpQuestionsThroughABrowserEdit() {
        String text = MODULE_HEAD + """
                outcomes: [one]
                units:
                  - {unit: u1, complete_when: read}
                follow_up:
                  - {uuid: 77777777-7777-4777-8777-777777777777, text: "What have you done differently since?"}
                """;
        ModuleFile edited = ModuleFile.read(text).orElseThrow().withFraming("M2", "S.", "EMERGING", "R.", List.of("one"));
        ModuleFile again = ModuleFile.read(edited.write()).orElseThrow();

        assertThat(again.followUp()).containsExactly(new org.commonground.content.entity.FollowUpQuestion(
                "77777777-7777-4777-8777-777777777777", "What have you done differently since?"));
    }

    private String rewrite(String path, String text) {
        if (Media.isMedia(path)) {
            return text;
        }
        if (path.startsWith("modules/")) {
            return ModuleFile.read(text).orElseThrow().write();
        }
        Object item = parser.item(path, text, new ArrayList<>()).orElseThrow();
        if (item instanceof Unit u) {
            return ContentWriter.unit(u);
        }
        if (item instanceof Quiz q) {
            return ContentWriter.quiz(q);
        }
        return ContentWriter.worksheet((org.commonground.content.entity.Worksheet) item);
    }

}
