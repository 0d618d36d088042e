package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

/**
 * Quiz rules against the running platform: what a learner sees after an attempt,
 * unanswered questions, attempt limits and waits (moving the platform clock). Each
 * check writes a module of its own (see {@link ItemAnalysisChecks#newModule(String)}).
 */
abstract class QuizRuleChecks {

    @AfterEach
    void clockBack() {
        PlatformClockControl.moveTo(0);
    }

    /** Opens the quiz and sends these answers (the multi question's keys; the true/false key, or null to leave it out). */
    private static WebClient.Page send(ItemAnalysisChecks.Fixture f, WebClient learner, Set<String> multi, String trueFalse,
            boolean confirm) {
        WebClient.Page quiz = learner.get(quizPath(f));
        return send(f, learner, quiz, multi, trueFalse, confirm);
    }

    private static WebClient.Page send(ItemAnalysisChecks.Fixture f, WebClient learner, WebClient.Page quiz, Set<String> multi,
            String trueFalse, boolean confirm) {
        List<String[]> fields = new ArrayList<>(Learning.baseFields(quiz, "quiz"));
        multi.forEach(k -> fields.add(new String[] {"q." + f.multi(), k}));
        if (trueFalse != null) {
            fields.add(new String[] {"q." + f.trueFalse(), trueFalse});
        }
        if (confirm) {
            fields.add(new String[] {"confirm", "1"});
        }
        var response = Learning.send(learner, quiz, "quiz", fields);
        if (response.statusCode() == 200) {
            return new WebClient.Page(200, response.uri(), response, Jsoup.parse(response.body(), response.uri().toString()));
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return learner.get(java.net.URI.create(response.headers().firstValue("Location").orElseThrow()));
    }

    private static String quizPath(ItemAnalysisChecks.Fixture f) {
        return "learn/quiz.xhtml?m=" + f.module() + "&u=" + f.unit();
    }

    /** The options listed under the multi question's feedback: their texts. */
    private static List<String> shownOptions(WebClient.Page attempt) {
        Element first = attempt.document().select("section.feedback").first();
        return first == null ? List.of() : first.select("li strong").eachText();
    }

    @Test
    void aFailedAttemptShowsOnlyWhatWasChosenAndAPassShowsEverything() {
        ItemAnalysisChecks.Fixture f = ItemAnalysisChecks.newModule();
        WebClient learner = People.newLearner().browser();

        WebClient.Page failed = send(f, learner, Set.of("a", "c"), "true", false);
        assertThat(failed.text("#result")).contains("Not yet");
        assertThat(shownOptions(failed)).containsExactlyInAnyOrder("The sky is green.", "The sky is red.");
        assertThat(failed.text("main")).doesNotContain("The grass is blue.").doesNotContain("Why:").doesNotContain("Not quite");
        assertThat(failed.select(".feedback .verdict").first().text()).contains("Not fully right");

        WebClient.Page passed = send(f, learner, Set.of("a", "b"), "true", false);
        assertThat(passed.text("#result")).contains("You passed").contains("right answers");
        assertThat(shownOptions(passed)).containsExactlyInAnyOrder("The sky is green.", "The grass is blue.", "The sky is red.");
        assertThat(passed.select(".explanation")).hasSize(2);
    }

    @Test
    void aQuizsOwnReviewOptionsDecideWhatIsShown() {
        ItemAnalysisChecks.Fixture f = ItemAnalysisChecks.newModule("review:\n  after_fail: wrong\n  after_pass: chosen\n");
        WebClient learner = People.newLearner().browser();

        WebClient.Page failed = send(f, learner, Set.of("a", "c"), "true", false);
        assertThat(failed.select("section.feedback")).hasSize(2);
        assertThat(failed.select("section.feedback li")).as("no option, chosen or not").isEmpty();
        assertThat(failed.select(".verdict").eachText()).anyMatch(t -> t.contains("Not fully right"))
                .anyMatch(t -> t.contains("You got this right"));

        WebClient.Page passed = send(f, learner, Set.of("a", "b"), "true", false);
        assertThat(shownOptions(passed)).containsExactlyInAnyOrder("The sky is green.", "The grass is blue.");
        assertThat(passed.select(".explanation")).isEmpty();
    }

    @Test
    void anUnansweredQuestionIsAskedForWithTheAnswersKeptAndNothingIsRecordedUntilConfirmed() {
        ItemAnalysisChecks.Fixture f = ItemAnalysisChecks.newModule();
        WebClient learner = People.newLearner().browser();
        WebClient.Page quiz = learner.get(quizPath(f));

        WebClient.Page asked = send(f, learner, quiz, Set.of("a"), null, false);
        assertThat(asked.text("#unanswered")).contains("You did not answer one question");
        assertThat(asked.select("fieldset.unanswered")).hasSize(1);
        assertThat(asked.select("input[checked]")).extracting(e -> e.attr("value")).containsExactly("a");
        assertThat(asked.text("main")).doesNotContain("Why:").doesNotContain("right to choose");
        assertThat(learner.get(quizPath(f)).select("#previousAttempts")).as("no attempt recorded").isEmpty();

        WebClient.Page sent = send(f, learner, asked, Set.of("a"), null, true);
        assertThat(sent.text("#result")).contains("Attempt 1").contains("Not yet");
        assertThat(sent.text("main")).contains("You did not answer this question");
    }

    @Test
    void theLastAllowedAttemptUsesThemUpAndShowsTheKeyUntilAManagerAllowsMore() {
        ItemAnalysisChecks.Fixture f = ItemAnalysisChecks.newModule("attempts:\n  max: 2\n");
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        ManagerChecks.assign(admin, org.teamUuid(), "Analysis test module " + f.folder(), LocalDate.now().plusDays(10));
        People.Person person = ManagerChecks.member(org, "", "frontline_practitioner");
        WebClient learner = person.browser();

        assertThat(learner.get(quizPath(f)).text("#rules")).contains("allows 2 attempts; you have 2 left");
        WebClient.Page open = learner.get(quizPath(f));
        WebClient.Page first = send(f, learner, open, Set.of("c"), "false", false);
        assertThat(first.select(".explanation")).isEmpty();
        assertThat(first.select("#tryAgain")).as("one attempt left").hasSize(1);
        WebClient.Page last = send(f, learner, Set.of("c"), "false", false);
        assertThat(last.select(".explanation")).as("the last allowed attempt shows everything").hasSize(2);
        assertThat(last.select("#tryAgain")).as("no attempt left to offer").isEmpty();
        assertThat(last.text("#usedUp")).contains("Ask your manager");

        WebClient.Page closed = learner.get(quizPath(f));
        assertThat(closed.text("#usedUp")).contains("Ask your manager");
        assertThat(closed.select("#quiz")).isEmpty();
        List<String[]> third = new ArrayList<>(Learning.baseFields(open, "quiz").stream()
                .map(field -> field[0].equals("number") ? new String[] {"number", "3"} : field).toList());
        third.add(new String[] {"q." + f.multi(), "a"});
        third.add(new String[] {"q." + f.trueFalse(), "true"});
        assertThat(Learning.send(learner, open, "quiz", third).headers().firstValue("Location").orElse(""))
                .as("a third attempt sent anyway is refused").contains("problem=assessment.quiz.usedUp");

        WebClient.Page grid = admin.get("organisation/dashboard.xhtml?team=" + org.teamUuid());
        assertThat(grid.select("#grid tbody tr").stream().filter(r -> r.text().contains(person.name())).findFirst().orElseThrow()
                .text()).contains("Attempts used up");
        Element link = grid.select("#grid tbody tr a").stream().filter(a -> a.text().equals(person.name())).findFirst().orElseThrow();
        WebClient.Page personPage = admin.get(link.attr("href").replaceFirst("^.*/organisation/", "organisation/"));
        assertThat(personPage.text("main")).contains("Attempts used up");
        String form = personPage.select("form:has(input[value=\"Allow more attempts\"])").first().id();
        WebClient.Page allowed = admin.submit(form, java.util.Map.of(), "allowMore");
        assertThat(allowed.text(".messages")).contains("More attempts allowed");
        assertThat(allowed.text("main")).doesNotContain("Attempts used up");

        assertThat(learner.get(quizPath(f)).text("#rules")).contains("allows 4 attempts; you have 2 left");
        assertThat(send(f, learner, Set.of("a", "b"), "true", false).text("#result")).contains("Attempt 3").contains("You passed");
    }

    @Test
    void aWaitBetweenAttemptsFollowsThePlatformClock() {
        ItemAnalysisChecks.Fixture f = ItemAnalysisChecks.newModule("attempts:\n  wait_hours: 24\n");
        WebClient learner = People.newLearner().browser();
        WebClient.Page feedback = send(f, learner, Set.of("c"), "false", false);
        assertThat(feedback.select("#tryAgain")).as("not before the wait is over").isEmpty();
        assertThat(feedback.text("#wait")).contains("You can try again on");
        WebClient.Page early = learner.get(quizPath(f));

        assertThat(early.text("#wait")).contains("You can try again on");
        assertThat(early.select("#quiz")).isEmpty();

        PlatformClockControl.moveTo(1);
        WebClient.Page later = learner.get(quizPath(f));
        assertThat(later.select("#wait")).isEmpty();
        assertThat(send(f, learner, later, Set.of("a", "b"), "true", false).text("#result")).contains("Attempt 2");
    }

    @Test
    void aTrainerOfTheModuleAllowsMoreAttemptsAndTheLearnerIsToldWhomToAsk() {
        ItemAnalysisChecks.Fixture f = ItemAnalysisChecks.newModule("attempts:\n  max: 1\n");
        People.Person learner = People.newLearner();
        WebClient.Page used = send(f, learner.browser(), Set.of("c"), "false", false);
        assertThat(used.select("#tryAgain")).isEmpty();
        assertThat(used.text("#askTrainers")).as("the module has no trainer yet").contains("ask an administrator");
        WebDriver learnerView = Browser.fresh();
        Browser.signIn(learnerView, learner);
        learnerView.get(used.uri().toString());
        Browser.awaitHeading(learnerView, "Your answers: Analysis quiz");
        Browser.assertAccessible(learnerView);

        People.Person trainer = Authoring.trainer();
        String page = "content/allowances.xhtml?module=" + f.module();
        assertThat(trainer.browser().get(page).status()).as("not a trainer of this module yet").isEqualTo(403);
        assertThat(trainer.browser().get("content/analysis.xhtml?module=" + f.module()).select("a#allowances")).isEmpty();
        assertThat(learner.browser().get(page).status()).isEqualTo(403);
        trainer.browser().get("content/module.xhtml?module=" + f.module());
        trainer.browser().submit("startDraft", java.util.Map.of(), "submit");
        assertThat(learner.browser().get(quizPath(f)).text("#askTrainers")).contains("ask " + trainer.name() + ".");

        assertThat(trainer.browser().get("content/analysis.xhtml?module=" + f.module()).select("a#allowances").attr("href"))
                .contains("allowances.xhtml");
        WebClient.Page list = trainer.browser().get(page);
        assertThat(list.select("#usedUpLearners tbody th").eachText()).containsExactly(learner.name());
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, trainer);
        Browser.open(driver, page);
        Browser.awaitHeading(driver, "Learners who used every attempt: Analysis test module " + f.folder());
        Browser.assertAccessible(driver);
        String form = list.select("form:has(input[value=\"Allow more attempts\"])").first().id();
        WebClient.Page allowed = trainer.browser().submit(form, java.util.Map.of(), "allowMore");
        assertThat(allowed.text(".messages")).contains("More attempts allowed");
        assertThat(allowed.select("#noneUsedUp")).hasSize(1);

        WebClient.Page quiz = learner.browser().get(quizPath(f));
        assertThat(quiz.text("#rules")).contains("allows 2 attempts; you have 1 left");
        assertThat(send(f, learner.browser(), quiz, Set.of("a", "b"), "true", false).text("#result")).contains("Attempt 2")
                .contains("You passed");
    }

    @Test
    void aDrawByTagTakesTheQuestionsWithThatTagFromTheModulesOtherQuizzes() {
        String folder = Server.unique("it-pool-");
        String module = ItemAnalysisChecks.uuid();
        String drawing = ItemAnalysisChecks.uuid();
        String bank = ItemAnalysisChecks.uuid();
        String own = ItemAnalysisChecks.uuid();
        String first = ItemAnalysisChecks.uuid();
        String second = ItemAnalysisChecks.uuid();
        String untagged = ItemAnalysisChecks.uuid();
        String drawingQuiz = ItemAnalysisChecks.uuid();
        String bankQuiz = ItemAnalysisChecks.uuid();
        ItemAnalysisChecks.write("modules/" + folder + "/module.yaml", """
                uuid: %s
                title: Pool test module %s
                summary: A module whose first quiz draws from the second quiz's tagged questions.
                stage: thriving
                stage_reason: Tests need a module of their own.
                outcomes:
                  - Answer the pool quiz.
                units:
                  - unit: %s
                    quiz: %s
                    complete_when: quiz_passed
                  - unit: %s
                    quiz: %s
                    complete_when: quiz_passed
                """.formatted(module, folder, drawing, drawingQuiz, bank, bankQuiz));
        for (String unit : List.of(drawing, bank)) {
            ItemAnalysisChecks.write("content/units/" + folder + "/0" + (unit.equals(drawing) ? 1 : 2) + "-unit.md", """
                    ---
                    uuid: %s
                    title: Pool unit %s
                    minutes: 1
                    objectives:
                      - Answer questions.
                    summary: Questions about the test sky.
                    ---

                    ## The test fact

                    In this test, the sky is green.
                    """.formatted(unit, unit.substring(0, 8)));
        }
        ItemAnalysisChecks.write("content/quizzes/" + folder + "/01-drawing.yaml", quiz(drawingQuiz, "draw:\n  questions: 2\n  tag: sky\n",
                question(own, "Own question, never drawn", null)));
        ItemAnalysisChecks.write("content/quizzes/" + folder + "/02-bank.yaml", quiz(bankQuiz, "",
                question(first, "First tagged question", "sky") + question(second, "Second tagged question", "sky")
                        + question(untagged, "Untagged question", null)));
        ItemAnalysisChecks.reload();

        WebClient learner = People.newLearner().browser();
        WebClient.Page paper = learner.get("learn/quiz.xhtml?m=" + module + "&u=" + drawing);
        assertThat(paper.select("#quiz fieldset legend").eachText()).hasSize(2)
                .anyMatch(t -> t.contains("First tagged question")).anyMatch(t -> t.contains("Second tagged question"));
        List<String[]> fields = new ArrayList<>(Learning.baseFields(paper, "quiz"));
        fields.add(new String[] {"q." + first, "a"});
        fields.add(new String[] {"q." + second, "a"});
        WebClient.Page passed = Learning.post(learner, paper, "quiz", fields);
        assertThat(passed.text("#result")).contains("Attempt 1").contains("You passed");
    }

    /** The option keys of a question as the quiz page offers them, in the page's order. */
    private static List<String> offered(WebClient.Page quiz, String question) {
        return quiz.select("#quiz input[name=q." + question + "]").eachAttr("value");
    }

    @Test
    void aVersionThatNeedsARefreshGivesFreshAttemptsAndAPinnedOptionKeepsItsPlace() {
        ItemAnalysisChecks.Fixture f = ItemAnalysisChecks.newModule("attempts:\n  max: 1\n", """
                      - key: d
                        text: None of these.
                        correct: false
                        feedback: Two of them are true.
                        pinned: true
                """);
        People.Person person = People.newLearner();
        WebClient learner = person.browser();

        List<String> first = offered(learner.get(quizPath(f)), f.multi());
        assertThat(first).containsExactlyInAnyOrder("a", "b", "c", "d").endsWith("d");
        assertThat(offered(learner.get(quizPath(f)), f.multi())).as("a reload shows the same order").isEqualTo(first);
        WebClient.Page used = send(f, learner, Set.of("c"), "false", false);
        assertThat(used.text("#usedUp")).contains("Ask your manager");
        assertThat(learner.get(quizPath(f)).select("#quiz")).as("no attempt left").isEmpty();

        WebClient trainer = ItemAnalysisChecks.newTrainer(f.module());
        Authoring.draft(trainer, f.module());
        assertThat(Authoring.publish(trainer, f.module(), true).text(".messages")).contains("material");

        WebClient.Page fresh = learner.get(quizPath(f));
        assertThat(fresh.select("#usedUp")).as("a refresh gives a fresh set of attempts").isEmpty();
        assertThat(fresh.text("#rules")).contains("allows 1 attempt; you have 1 left");
        assertThat(offered(fresh, f.multi())).endsWith("d");
        assertThat(send(f, learner, fresh, Set.of("a", "b"), "true", false).text("#result")).contains("Attempt 2")
                .contains("You passed");
    }

    @Test
    void theQuizEditorSetsReviewAndAttemptRulesAndAPinnedOptionAndListsEveryRounding() {
        WebClient trainer = Authoring.trainer().browser();
        String title = Server.unique("Editor rules ");
        String module = Authoring.framedWithSecondUnit(trainer, title,
                java.util.Map.of("unitTitle", "Rules unit", "withQuiz", "true"));
        String editor = Authoring.editorLink(Authoring.module(trainer, module), 2, "Quiz");
        trainer.get(editor);
        java.util.Map<String, String> fields = new java.util.HashMap<>(java.util.Map.of("after_fail", "WRONG", "after_last",
                "CHOSEN", "max_attempts", "2", "questions:0:type", "MULTI", "questions:0:options:1:correct", "on",
                "questions:0:options:1:pinned", "on", "questions:0:options:0:weight", "1", "questions:0:options:1:weight", "1.3"));
        WebClient.Page saved = trainer.submit("quiz", fields, "save");
        assertThat(saved.path()).as(saved.text("main")).endsWith("/content/module.xhtml");

        WebClient.Page reopened = trainer.get(editor);
        assertThat(reopened.select("#quiz\\:after_fail option[selected]").val()).isEqualTo("WRONG");
        assertThat(reopened.select("#quiz\\:after_last option[selected]").val()).isEqualTo("CHOSEN");
        assertThat(reopened.select("#quiz\\:max_attempts").val()).isEqualTo("2");
        assertThat(reopened.select("input[id$=options:1:pinned]").hasAttr("checked")).isTrue();
        assertThat(reopened.select("input[id$=options:0:pinned]").hasAttr("checked")).isFalse();
        assertThat(reopened.select("#exportRoundings li").eachText()).as("weights 1 and 1.3 are 43.5% and 56.5% of the credit")
                .hasSize(2).allMatch(r -> r.contains("rounded to")).anyMatch(r -> r.contains("option a"))
                .anyMatch(r -> r.contains("option b"));

        assertThat(Authoring.publish(trainer, module, false).text(".messages")).contains("version 1");
        WebClient learner = People.newLearner().browser();
        String unit = AuthoringChecks.unitUuids(learner, module).get(1);
        WebClient.Page quiz = learner.get("learn/quiz.xhtml?m=" + module + "&u=" + unit);
        assertThat(quiz.text("#rules")).contains("allows 2 attempts; you have 2 left");
        String question = quiz.select("#quiz input[name^=q.]").first().attr("name");
        assertThat(quiz.select("#quiz input[name=" + question + "]").eachAttr("value")).as("the pinned option stays second")
                .containsExactly("a", "b");
        List<String[]> answer = new ArrayList<>(Learning.baseFields(quiz, "quiz"));
        answer.add(new String[] {question, "a"});
        WebClient.Page failed = Learning.post(learner, quiz, "quiz", answer);
        assertThat(failed.text("#result")).contains("Not yet");
        assertThat(failed.select("section.feedback")).as("the question not fully right").hasSize(1);
        assertThat(failed.select("section.feedback li")).as("after a fail the editor's choice shows no option").isEmpty();
    }

    private static String quiz(String uuid, String rules, String questions) {
        return "uuid: " + uuid + "\ntitle: Pool quiz\npass_mark: 100\ncounts: best\n" + rules + "questions:\n" + questions;
    }

    /** A one-answer question whose right answer is a, with this tag (or none). */
    private static String question(String uuid, String text, String tag) {
        return """
                  - uuid: %s
                    type: single
                    text: %s
                    explanation: The unit says so.
                %s    options:
                      - key: a
                        text: Green.
                        correct: true
                        feedback: As the unit says.
                      - key: b
                        text: Red.
                        correct: false
                        feedback: The unit says green.
                """.formatted(uuid, text, tag == null ? "" : "    tags: [" + tag + "]\n");
    }
}
