package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.commonground.content.entity.CompletionRule;
import org.commonground.content.entity.Stage;
import org.junit.jupiter.api.Test;

/** Bad content is reported with file, line and field; good modules still load. */
class ContentParserTest {

    static final String UNIT_ID = "11111111-1111-4111-8111-111111111111";
    static final String QUIZ_ID = "22222222-2222-4222-8222-222222222222";
    static final String SHEET_ID = "33333333-3333-4333-8333-333333333333";
    static final String MODULE_ID = "44444444-4444-4444-8444-444444444444";

    static String unit(String uuid) {
        return """
                ---
                uuid: %s
                title: A test unit
                minutes: 10
                objectives:
                  - Know one thing.
                summary: The main point.
                ---

                ## First section

                Some teaching text.
                """.formatted(uuid);
    }

    static String quiz(String passMark, String optionsBlock) {
        return """
                uuid: %s
                title: Check
                pass_mark: %s
                counts: best
                questions:
                  - uuid: 55555555-5555-4555-8555-555555555555
                    type: multi
                    text: Select every statement you think is true.
                    explanation: Because.
                    options:
                %s""".formatted(QUIZ_ID, passMark, optionsBlock);
    }

    static final String GOOD_OPTIONS = """
                      - key: a
                        text: Right.
                        correct: true
                        feedback: Yes, this is right because.
                      - key: b
                        text: Wrong.
                        correct: false
                        feedback: No, this is wrong because.
            """;

    static String worksheet() {
        return """
                uuid: %s
                title: Reflect
                parts:
                  - type: prompt
                    uuid: 66666666-6666-4666-8666-666666666666
                    text: What happens in your service?
                """.formatted(SHEET_ID);
    }

    static String module(String uuid, String stage) {
        return """
                uuid: %s
                title: Test module
                summary: For tests.
                stage: %s
                stage_reason: Because.
                outcomes:
                  - Do a thing.
                units:
                  - unit: %s
                    quiz: %s
                    worksheet: %s
                    complete_when: quiz_passed
                """.formatted(uuid, stage, UNIT_ID, QUIZ_ID, SHEET_ID);
    }

    static Map<String, String> goodLibrary() {
        Map<String, String> files = new HashMap<>();
        files.put("content/units/t/01-unit.md", unit(UNIT_ID));
        files.put("content/quizzes/t/01-quiz.yaml", quiz("70", GOOD_OPTIONS));
        files.put("content/worksheets/t/01-sheet.yaml", worksheet());
        files.put("modules/test/module.yaml", module(MODULE_ID, "emerging"));
        return files;
    }

    private final ContentParser parser = new ContentParser();

    @Test
    void aDrawLargerThanItsPoolAndAnUnknownReviewLevelAreReportedWithTheirLines() {
        Map<String, String> files = goodLibrary();
        files.put("content/quizzes/t/01-quiz.yaml", quiz("70", GOOD_OPTIONS).replace("counts: best\n",
                "counts: best\nreview:\n  after_fail: key\ndraw:\n  questions: 2\n"));
        Library library = parser.parse(files);

        assertThat(library.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "content/quizzes/t/01-quiz.yaml:6 review.after_fail: 'key' is not one of score, wrong, chosen, everything",
                "content/quizzes/t/01-quiz.yaml:8 draw: draws 2 questions from a pool of 1");
    }

    @Test
    void aDrawByTagIsCheckedAgainstTheTaggedQuestionsOfTheWholeModule() {
        Map<String, String> files = goodLibrary();
        files.put("content/quizzes/t/01-quiz.yaml", quiz("70", GOOD_OPTIONS).replace("counts: best\n",
                "counts: best\ndraw:\n  questions: 2\n  tag: sky\n"));
        Library library = parser.parse(files);

        assertThat(library.problems()).extracting(Problem::toString).singleElement().asString()
                .startsWith("modules/test/module.yaml").contains("units")
                .endsWith("the quiz 'Check' draws 2 questions tagged 'sky', and the module's quizzes have 0");
    }

    @Test
    void aValidModuleLoadsWithItsItems() {
        Library library = parser.parse(goodLibrary());

        assertThat(library.problems()).isEmpty();
        assertThat(library.modules()).hasSize(1);
        ParsedModule module = library.modules().get(0);
        assertThat(module.definition().stage()).isEqualTo(Stage.EMERGING);
        assertThat(module.definition().units().get(0).completeWhen()).isEqualTo(CompletionRule.QUIZ_PASSED);
        assertThat(module.files()).containsOnlyKeys("modules/test/module.yaml", "content/units/t/01-unit.md",
                "content/quizzes/t/01-quiz.yaml", "content/worksheets/t/01-sheet.yaml");
    }

    @Test
    void theSameFilesGiveTheSameFingerprintAndAnEditChangesIt() {
        String before = parser.parse(goodLibrary()).modules().get(0).fingerprint();
        assertThat(parser.parse(goodLibrary()).modules().get(0).fingerprint()).isEqualTo(before);

        Map<String, String> edited = goodLibrary();
        edited.put("content/units/t/01-unit.md", unit(UNIT_ID).replace("Some teaching text.", "Better teaching text."));
        assertThat(parser.parse(edited).modules().get(0).fingerprint()).isNotEqualTo(before);
    }

    @Test
    void aModuleCarriesItsChangeNotesAndABadDateIsReported() {
        Map<String, String> files = goodLibrary();
        files.put("modules/test/module.yaml", module(MODULE_ID, "emerging").replace("outcomes:", """
                changes:
                  - date: 2026-12-03
                    note: Moved to Emerging.
                outcomes:"""));
        assertThat(parser.parse(files).modules().get(0).definition().changes())
                .containsExactly(new org.commonground.content.entity.ModuleChange(java.time.LocalDate.of(2026, 12, 3),
                        "Moved to Emerging."));

        files.put("modules/test/module.yaml", module(MODULE_ID, "emerging").replace("outcomes:", """
                changes:
                  - date: last week
                outcomes:"""));
        assertThat(parser.parse(files).problems()).extracting(Problem::field, Problem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("changes[0].date", "expected a date like 2026-03-31, not 'last week'"),
                org.assertj.core.groups.Tuple.tuple("changes[0].note", "required field is missing"));
    }

    @Test
    void aStageThatIsNotOneOfTheFourIsReportedWithLineAndField() {
        Map<String, String> files = goodLibrary();
        files.put("modules/test/module.yaml", module(MODULE_ID, "flourishing"));

        Library library = parser.parse(files);

        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("modules/test/module.yaml");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.field()).isEqualTo("stage");
            assertThat(p.message()).contains("'flourishing'").contains("emerging");
        });
        assertThat(library.modules()).isEmpty();
        assertThat(library.brokenModules()).containsExactly("test");
    }

    @Test
    void aMissingRequiredFieldAndAnUnknownFieldAreBothReported() {
        Map<String, String> files = goodLibrary();
        files.put("content/units/t/01-unit.md", unit(UNIT_ID).replace("title: A test unit\n", "titel: A test unit\n"));

        Library library = parser.parse(files);

        assertThat(library.problems()).extracting(Problem::field).contains("title", "titel");
        assertThat(library.problems()).filteredOn(p -> p.field().equals("titel"))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.message()).contains("unknown field");
                });
    }

    @Test
    void aQuestionWithNoCorrectOptionOrAnOptionWithoutFeedbackIsReported() {
        Map<String, String> files = goodLibrary();
        files.put("content/quizzes/t/01-quiz.yaml", quiz("70", GOOD_OPTIONS.replace("correct: true", "correct: false")
                .replace("        feedback: No, this is wrong because.\n", "")));

        Library library = parser.parse(files);

        assertThat(library.problems()).extracting(Problem::toString)
                .anyMatch(s -> s.contains("questions[0].options[1].feedback: required field is missing"))
                .anyMatch(s -> s.contains("questions[0].options: no option is marked correct"));
    }

    @Test
    void aPassMarkOutsideZeroToHundredIsReported() {
        Map<String, String> files = goodLibrary();
        files.put("content/quizzes/t/01-quiz.yaml", quiz("120", GOOD_OPTIONS));

        assertThat(parser.parse(files).problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).isEqualTo("content/quizzes/t/01-quiz.yaml:3 pass_mark: must be from 0 to 100, not 120"));
    }

    @Test
    void aReferenceToAMissingItemIsReportedOnTheModule() {
        Map<String, String> files = goodLibrary();
        files.remove("content/worksheets/t/01-sheet.yaml");

        Library library = parser.parse(files);

        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("modules/test/module.yaml");
            assertThat(p.field()).isEqualTo("units[0].worksheet");
            assertThat(p.message()).contains("no worksheet with uuid " + SHEET_ID);
        });
    }

    @Test
    void aDuplicateUuidIsReportedAndOnlyTheModuleUsingItIsLeftOut() {
        Map<String, String> files = goodLibrary();
        files.put("content/units/t/02-copy.md", unit(UNIT_ID));
        files.put("content/units/u/01-other.md", unit("77777777-7777-4777-8777-777777777777"));
        files.put("content/quizzes/u/01-quiz.yaml", quiz("70", GOOD_OPTIONS)
                .replace(QUIZ_ID, "88888888-8888-4888-8888-888888888888")
                .replace("55555555-5555-4555-8555-555555555555", "99999999-9999-4999-8999-999999999999"));
        files.put("modules/other/module.yaml", module("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "thriving")
                .replace(UNIT_ID, "77777777-7777-4777-8777-777777777777")
                .replace(QUIZ_ID, "88888888-8888-4888-8888-888888888888")
                .replace("    worksheet: " + SHEET_ID + "\n", ""));

        Library library = parser.parse(files);

        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/units/t/02-copy.md");
            assertThat(p.message()).contains("already used in content/units/t/01-unit.md");
        });
        assertThat(library.modules()).extracting(ParsedModule::folder).containsExactlyInAnyOrder("test", "other");
    }

    @Test
    void anImageWithoutAltTextIsReportedAtItsLine() {
        Map<String, String> files = goodLibrary();
        files.put("content/units/t/01-unit.md", unit(UNIT_ID) + "\n![](media/reception.png)\n");

        assertThat(parser.parse(files).problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("body");
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.message()).contains("alt text");
        });
    }

    @Test
    void brokenYamlIsReportedAtItsLineAndTheRestLoads() {
        Map<String, String> files = goodLibrary();
        files.put("content/worksheets/t/02-broken.yaml", "uuid: x\ntitle: [unclosed\n");

        Library library = parser.parse(files);

        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("content/worksheets/t/02-broken.yaml");
            assertThat(p.message()).startsWith("not valid YAML");
        });
        assertThat(library.modules()).hasSize(1);
    }

    @Test
    void trueFalseNeedsExactlyTheKeysTrueAndFalse() {
        Map<String, String> files = goodLibrary();
        files.put("content/quizzes/t/01-quiz.yaml", quiz("70", GOOD_OPTIONS).replace("type: multi", "type: true_false"));

        assertThat(parser.parse(files).problems()).extracting(Problem::message)
                .containsExactly("a true_false question has exactly the two options with keys true and false");
    }

    @Test
    void aTableWithNoRowsMustBeOpen() {
        Map<String, String> files = goodLibrary();
        files.put("content/worksheets/t/01-sheet.yaml", worksheet() + """
                  - type: table
                    uuid: bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb
                    title: Partners
                    columns:
                      - {key: partner, label: Partner, type: text}
                      - {key: level, label: Level, type: choice}
                """);

        assertThat(parser.parse(files).problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "content/worksheets/t/01-sheet.yaml:12 parts[1].columns[1].choices: required field is missing",
                "content/worksheets/t/01-sheet.yaml:7 parts[1]: a table with no given rows must have open_rows: true");
    }
}
