package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Item analysis for trainers. Each check that answers a quiz writes a module of its
 * own into the suite's working copy of the library, so no other check ever answers
 * that quiz and the expected counts follow from what the check itself submitted.
 */
abstract class ItemAnalysisChecks {

    private static final Path LIBRARY = Path.of(System.getProperty("commonground.it.library"));
    private static final String NOT_ENOUGH = "Not enough learners yet (fewer than 5) to show without identifying someone";

    /** A module of one unit whose quiz asks a multi question (a and b correct, c wrong) and a true/false one. */
    record Fixture(String folder, String module, String unit, String multi, String trueFalse) {

        String page() {
            return "content/analysis.xhtml?module=" + module;
        }
    }

    /** One submitted attempt: who, and the keys chosen for the multi and the true/false question. */
    record Attempt(People.Person learner, Set<String> multi, String trueFalse) {
    }

    @Test
    void aQuestionShowsNoCountsUntilFiveLearnersAnsweredAndThenExactlyWhatWasChosen() {
        Fixture fixture = newModule();
        WebClient trainer = newTrainer(fixture.module());
        People.Person first = People.newLearner();
        List<Attempt> attempts = new ArrayList<>();
        attempts.add(answer(fixture, first, Set.of("a", "b"), "true"));
        attempts.add(answer(fixture, People.newLearner(), Set.of("a"), "false"));
        attempts.add(answer(fixture, People.newLearner(), Set.of("a", "b", "c"), "true"));
        attempts.add(answer(fixture, People.newLearner(), Set.of("b", "c"), "true"));
        attempts.add(answer(fixture, first, Set.of("c"), "true"));

        trainer.get(fixture.page());
        WebClient.Page four = trainer.get(fixture.page());
        assertThat(four.status()).isEqualTo(200);
        for (String question : List.of(fixture.multi(), fixture.trueFalse())) {
            Element section = section(four, question);
            assertThat(section.text()).contains(NOT_ENOUGH);
            assertThat(section.select("table, .item-summary")).as("no counts for " + question).isEmpty();
            assertThat(section.text()).doesNotContainPattern("\\d+ attempts").doesNotContain("%");
        }

        attempts.add(answer(fixture, People.newLearner(), Set.of("a", "b"), "false"));
        trainer.get(fixture.page());
        WebClient.Page five = trainer.get(fixture.page());

        assertThat(five.text("main")).doesNotContain(NOT_ENOUGH);
        assertThat(summary(five, fixture.multi())).as("written out once, so the computation below cannot hide a slip")
                .contains("6 attempts by 5 learners").contains("Fully correct: 2 of 6 attempts (33.3%)");
        assertThat(options(five, fixture.multi())).containsExactly(
                Map.entry("a", "Yes 4 66.7%"), Map.entry("b", "Yes 4 66.7%"), Map.entry("c", "No 3 50.0%"));
        assertThat(section(five, fixture.multi()).select(".item-indices").text())
                .as("the attempts scored 100, 25, 50, 50, 50 and 50; the two fully correct ones 100 and 50")
                .isEqualTo("Facility: 33.3%. Discrimination: 0.66.");
        assertThat(discriminations(five, fixture.multi())).containsExactly(
                Map.entry("a", "0.13"), Map.entry("b", "0.53"), Map.entry("c", "-0.19"));
        assertThat(section(five, fixture.trueFalse()).select(".item-indices").text()).isEqualTo("Facility: 66.7%. Discrimination: 0.53.");
        assertThat(discriminations(five, fixture.trueFalse())).containsExactly(Map.entry("true", "0.53"), Map.entry("false", "-0.53"));
        assertThat(section(four, fixture.multi()).text()).as("no index below five learners").doesNotContain("Discrimination");
        expectCounts(five, fixture.multi(), attempts.stream().map(Attempt::multi).toList(),
                attempts.stream().map(a -> a.learner().email()).toList(), Set.of("a", "b"), List.of("a", "b", "c"));
        expectCounts(five, fixture.trueFalse(), attempts.stream().map(a -> Set.of(a.trueFalse())).toList(),
                attempts.stream().map(a -> a.learner().email()).toList(), Set.of("true"), List.of("true", "false"));
        assertThat(five.text("#fullyCorrectMeaning")).contains("exactly the correct options");
        assertThat(Integer.parseInt(five.text("#sqlStatements"))).as("the same statements with counts as without")
                .isEqualTo(Integer.parseInt(four.text("#sqlStatements")));

        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        WebClient.Page around = trainer.get(fixture.page() + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1));
        assertThat(summary(around, fixture.multi())).contains("6 attempts by 5 learners");
        assertThat(around.select("#from").val()).isEqualTo(today.minusDays(1).toString());
        WebClient.Page later = trainer.get(fixture.page() + "&from=" + today.plusDays(2) + "&to=" + today.plusDays(30));
        assertThat(section(later, fixture.multi()).text()).as("nothing was answered in a later period").contains(NOT_ENOUGH);
    }

    @Test
    void attemptsOnAnEarlierVersionCountForTheQuestionsAndOptionsTheQuizStillHas() throws IOException {
        Fixture fixture = newModule();
        WebClient trainer = newTrainer(fixture.module());
        People.Person first = People.newLearner();
        answer(fixture, first, Set.of("a", "b"), "true");
        answer(fixture, first, Set.of("c"), "true");
        answer(fixture, People.newLearner(), Set.of("a", "b", "c"), "false");
        answer(fixture, People.newLearner(), Set.of("a", "b"), "true");
        answer(fixture, People.newLearner(), Set.of("b", "c"), "true");
        answer(fixture, People.newLearner(), Set.of("a"), "true");
        assertThat(summary(trainer.get(fixture.page()), fixture.multi())).contains("6 attempts by 5 learners");

        Path quiz = LIBRARY.resolve("content/quizzes/" + fixture.folder() + "/01-quiz.yaml");
        String text = Files.readString(quiz);
        String withoutC = text.substring(0, text.indexOf("      - key: c")) + text.substring(text.indexOf("  - uuid: " + fixture.trueFalse()));
        Files.writeString(quiz, withoutC.replace("Which statements are true", "Which statements are really true"));
        reload();

        WebClient.Page page = trainer.get(fixture.page());
        assertThat(page.text("main")).contains("version 2");
        assertThat(section(page, fixture.multi()).select("h3").text()).contains("Which statements are really true");
        assertThat(summary(page, fixture.multi())).as("the attempt that chose only the removed option no longer counts")
                .contains("5 attempts by 5 learners").contains("Fully correct: 2 of 5 attempts (40.0%)");
        assertThat(options(page, fixture.multi())).containsExactly(Map.entry("a", "Yes 4 80.0%"), Map.entry("b", "Yes 4 80.0%"));
        assertThat(summary(page, fixture.trueFalse())).contains("6 attempts by 5 learners").contains("Fully correct: 5 of 6");
        assertThat(page.text("#earlierVersions")).contains("earlier versions");
    }

    @Test
    void onlyTrainersOpenItAndAnUnknownModuleIsNotFound() {
        WebClient trainer = newTrainer(Learning.MODULE);
        String page = "content/analysis.xhtml?module=" + Learning.MODULE;

        assertThat(People.newLearner().browser().get(page).status()).isEqualTo(403);
        WebClient.Page shown = trainer.get(page);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.select("h1")).hasSize(1);
        assertThat(shown.text("h1")).isEqualTo("Item analysis: Journey test module");
        assertThat(shown.select("a#backToContent").attr("href")).endsWith("/content/index.xhtml");
        assertThat(shown.select("label[for=from]")).hasSize(1);
        assertThat(shown.select("label[for=to]")).hasSize(1);
        assertThat(trainer.get("content/analysis.xhtml?module=" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(trainer.get("content/analysis.xhtml?module=not-a-module").status()).isEqualTo(404);
        assertThat(trainer.get("content/analysis.xhtml").select("#modules a").eachText()).contains("Journey test module");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedAndTheDefaultIsShown() {
        WebClient trainer = newTrainer(Learning.MODULE);
        WebClient.Page page = trainer.get("content/analysis.xhtml?module=" + Learning.MODULE + "&from=2025-03-01&to=2025-02-01");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#toError")).contains("on or after its start");
        assertThat(page.select("#to").attr("aria-invalid")).isEqualTo("true");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
        assertThat(page.text("#periodShown")).as("the last twelve months instead")
                .contains("from " + day.format(today.minusMonths(12)) + " to " + day.format(today));
        assertThat(trainer.get("content/analysis.xhtml?module=" + Learning.MODULE + "&from=yesterday").text("#fromError"))
                .contains("year-month-day");
    }

    /** Checks a question's counts against the same numbers worked out from the submitted answers. */
    private static void expectCounts(WebClient.Page page, String question, List<Set<String>> chosen, List<String> learners,
            Set<String> correct, List<String> keys) {
        int attempts = chosen.size();
        long fully = chosen.stream().filter(correct::equals).count();
        long distinct = new HashSet<>(learners).size();
        assertThat(summary(page, question)).contains(attempts + " attempts by " + distinct + " learners")
                .contains("Fully correct: " + fully + " of " + attempts + " attempts (" + percent(fully, attempts) + "%)");
        Map<String, String> expected = new LinkedHashMap<>();
        for (String key : keys) {
            long times = chosen.stream().filter(c -> c.contains(key)).count();
            expected.put(key, (correct.contains(key) ? "Yes " : "No ") + times + " " + percent(times, attempts) + "%");
        }
        assertThat(options(page, question)).containsExactlyEntriesOf(expected);
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.UK, "%.1f", Math.round(part * 1000.0 / whole) / 10.0);
    }

    private static Element section(WebClient.Page page, String question) {
        Element section = page.document().selectFirst("section.analysis-question[data-question=" + question + "]");
        assertThat(section).as("a section for question " + question + " on\n" + page.body()).isNotNull();
        return section;
    }

    private static String summary(WebClient.Page page, String question) {
        return section(page, question).select(".item-summary").text();
    }

    /** Each option row: key to "correct? times share". */
    private static Map<String, String> options(WebClient.Page page, String question) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element row : section(page, question).select("table.item-options tbody tr")) {
            rows.put(row.attr("data-option"), row.select("td:not(.discrimination)").text());
        }
        return rows;
    }

    /** Each option row: key to its discrimination index as shown. */
    private static Map<String, String> discriminations(WebClient.Page page, String question) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Element row : section(page, question).select("table.item-options tbody tr")) {
            rows.put(row.attr("data-option"), row.select("td.discrimination").text());
        }
        return rows;
    }

    /** A new trainer, named on these modules (only a module's trainers and administrators see its analysis). */
    static WebClient newTrainer(String... modules) {
        WebClient admin = People.firstAdmin();
        People.Person person = People.newLearner();
        AdministrationChecks.openPerson(admin, person.email());
        AdministrationChecks.press(admin, "Make TRAINER");
        for (String module : modules) {
            Authoring.nameTrainer(person.email(), module);
        }
        WebClient trainer = new WebClient();
        People.signIn(trainer, person.email(), person.password());
        return trainer;
    }

    private static Attempt answer(Fixture fixture, People.Person learner, Set<String> multi, String trueFalse) {
        WebClient.Page quiz = learner.browser().get("learn/quiz.xhtml?m=" + fixture.module() + "&u=" + fixture.unit());
        List<String[]> fields = new ArrayList<>(Learning.baseFields(quiz, "quiz"));
        multi.forEach(key -> fields.add(new String[] {"q." + fixture.multi(), key}));
        fields.add(new String[] {"q." + fixture.trueFalse(), trueFalse});
        assertThat(Learning.post(learner.browser(), quiz, "quiz", fields).text("#result")).isNotBlank();
        return new Attempt(learner, multi, trueFalse);
    }

    /** Writes a new module with fresh uuids into the library and has the administrator read the content again. */
    static Fixture newModule() {
        return newModule("");
    }

    /** The same, with these quiz rules (YAML lines at the quiz's top level, such as {@code attempts:}). */
    static Fixture newModule(String rules) {
        return newModule(rules, "");
    }

    /** The same, with more options for the multi question after its option c (YAML list items, indented as c is). */
    static Fixture newModule(String rules, String moreOptions) {
        String folder = Server.unique("it-analysis-");
        Fixture fixture = new Fixture(folder, uuid(), uuid(), uuid(), uuid());
        String quiz = uuid();
        write("modules/" + folder + "/module.yaml", """
                uuid: %s
                title: Analysis test module %s
                summary: A module one item analysis check answers.
                stage: thriving
                stage_reason: Tests need a module of their own.
                outcomes:
                  - Answer the analysis quiz.
                units:
                  - unit: %s
                    quiz: %s
                    complete_when: quiz_passed
                """.formatted(fixture.module(), folder, fixture.unit(), quiz));
        write("content/units/" + folder + "/01-unit.md", """
                ---
                uuid: %s
                title: Analysis unit
                minutes: 1
                objectives:
                  - Answer two questions.
                summary: Two questions about the test sky.
                ---

                ## The test fact

                In this test, the sky is green.
                """.formatted(fixture.unit()));
        write("content/quizzes/" + folder + "/01-quiz.yaml", """
                uuid: %s
                title: Analysis quiz
                pass_mark: 100
                counts: best
                %squestions:
                  - uuid: %s
                    type: multi
                    text: Which statements are true?
                    explanation: The sky and the grass are both as the unit says.
                    options:
                      - key: a
                        text: The sky is green.
                        correct: true
                        feedback: Yes.
                      - key: b
                        text: The grass is blue.
                        correct: true
                        feedback: Yes.
                      - key: c
                        text: The sky is red.
                        correct: false
                        feedback: No.
                %s  - uuid: %s
                    type: true_false
                    text: The sky is green.
                    explanation: The unit says so.
                    options:
                      - key: "true"
                        text: "True"
                        correct: true
                        feedback: Right.
                      - key: "false"
                        text: "False"
                        correct: false
                        feedback: It is green.
                """.formatted(quiz, rules, fixture.multi(), moreOptions, fixture.trueFalse()));
        reload();
        return fixture;
    }

    static void reload() {
        WebClient admin = People.firstAdmin();
        admin.get("admin/content.xhtml");
        assertThat(admin.submit("reload", Map.of(), "submit").text(".messages")).contains("Content read again");
    }

    static void write(String path, String text) {
        try {
            Path file = LIBRARY.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String uuid() {
        return UUID.randomUUID().toString();
    }
}
