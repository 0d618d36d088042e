package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The learner's journey over HTTP: assignments, quiz attempts, worksheets, completion, new versions. */
abstract class LearningChecks {

    @Test
    void aModuleAssignedToATeamShowsItsDueDateToItsMembersOnly() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person member = Organisations.registerWithCode(org.code(), "frontline_practitioner");
        People.Person outsider = People.newLearner();
        LocalDate due = LocalDate.now().plusDays(10);

        WebClient.Page team = admin.get("organisation/team.xhtml?team=" + org.teamUuid());
        String module = team.document().select("#assign\\:module option").stream()
                .filter(o -> o.text().startsWith("Journey test module")).findFirst().orElseThrow().val();
        WebClient.Page assigned = admin.submit("assign", Map.of("module", module, "assignee", "", "due", due.toString(),
                "renewal", "12"), "submit");
        assertThat(assigned.text(".messages")).contains("Module assigned");
        assertThat(assigned.text("#assignmentTable")).contains("Journey test module").contains("12 months");

        WebClient.Page mine = member.browser().get("learn/index.xhtml");
        assertThat(mine.text("#assigned")).contains("Journey test module").contains("Due");
        assertThat(mine.select("#assigned .due.soon")).isNotEmpty();
        assertThat(outsider.browser().get("learn/index.xhtml").text("#assigned")).doesNotContain("Journey test module");
    }

    @Test
    void aWrongThenRightQuizCompletesTheUnitAndAReplayedSubmitIsOneAttempt() {
        People.Person learner = People.newLearner();
        WebClient browser = learner.browser();
        WebClient.Page quiz = browser.get(Learning.quizPath());
        List<String[]> wrong = new ArrayList<>(Learning.baseFields(quiz, "quiz"));
        wrong.add(new String[] {"q." + Learning.MULTI, "a"});
        wrong.add(new String[] {"q." + Learning.MULTI, "c"});
        wrong.add(new String[] {"q." + Learning.TRUE_FALSE, "false"});

        WebClient.Page first = Learning.post(browser, quiz, "quiz", wrong);
        WebClient.Page replay = Learning.post(browser, quiz, "quiz", wrong);

        assertThat(first.text("#result")).contains("Attempt 1").contains("Not yet");
        assertThat(first.text("#score")).isEqualTo("0%");
        assertThat(replay.uri()).isEqualTo(first.uri());
        assertThat(browser.get(Learning.quizPath()).text("#previousAttempts")).contains("attempt 1").doesNotContain("attempt 2");
        assertThat(first.select(".feedback li.wrong")).isNotEmpty();
        assertThat(first.text("main")).as("the chosen options' feedback, once, with no key and no explanation")
                .containsOnlyOnce("No, the unit says the sky is green").doesNotContain("Why:")
                .doesNotContain("The test grass is blue").doesNotContain("Not quite").contains("You chose this, but it is not right to choose it.");

        WebClient.Page second = Learning.answerRightly(browser);
        assertThat(second.text("#result")).contains("Attempt 2").contains("You passed");
        assertThat(second.text("main")).contains("Why: In the test the sky is green").contains("The test sky is red");
        assertThat(browser.get(Learning.unitPath(Learning.QUIZ_UNIT)).text("#unitComplete")).contains("completed this unit");
    }

    @Test
    void partialCreditForMultiSelect() {
        WebClient.Page result = Learning.answerQuiz(People.newLearner().browser(), Learning.MULTI, "a", Learning.TRUE_FALSE, "true");

        assertThat(result.text("#score")).isEqualTo("75%");
    }

    @Test
    void anAutosavedAnswerIsThereAfterReloadAndAnOlderTabCannotOverwriteIt() {
        People.Person learner = People.newLearner();
        WebClient tab1 = learner.browser();
        WebClient.Page page = tab1.get(Learning.worksheetPath());

        HttpResponse<String> saved = Learning.autosave(tab1, page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "First words"), "0");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).containsPattern("\"savedAt\":\"\\d\\d:\\d\\d\"");
        String version = saved.body().replaceAll(".*\"version\":(\\d+).*", "$1");
        HttpResponse<String> more = Learning.autosave(tab1, page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "First words, and more"), version);
        assertThat(more.statusCode()).isEqualTo(200);

        HttpResponse<String> staleTab = Learning.autosave(tab1, page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "From an old tab"), version);
        assertThat(staleTab.statusCode()).isEqualTo(409);
        assertThat(staleTab.body()).contains("First words, and more");

        WebClient.Page reloaded = tab1.get(Learning.worksheetPath());
        assertThat(reloaded.document().getElementById("t-" + Learning.PROMPT).text()).isEqualTo("First words, and more");
        assertThat(reloaded.text("#status-" + Learning.PROMPT)).startsWith("Saved at");
    }

    @Test
    void theWholeWorksheetSavesWithoutScriptAndSubmittingItCompletesTheModule() {
        People.Person learner = People.newLearner();
        WebClient browser = learner.browser();
        Learning.answerRightly(browser);
        WebClient.Page page = browser.get(Learning.worksheetPath());
        List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "worksheet"));
        fields.removeIf(f -> f[0].equals("n." + Learning.TABLE));
        fields.add(new String[] {"t." + Learning.PROMPT, "People wait a long time."});
        fields.add(new String[] {"g." + Learning.PROMPT, "language"});
        fields.add(new String[] {"n." + Learning.TABLE, "2"});
        fields.add(new String[] {"c." + Learning.TABLE + ".0.level_today", "Cooperate"});
        fields.add(new String[] {"c." + Learning.TABLE + ".1.partner", "The food bank"});
        fields.add(new String[] {"c." + Learning.TABLE + ".1.level_today", "Network"});
        fields.add(new String[] {"k." + Learning.CHECKLIST, "briefed"});
        fields.add(new String[] {"action", "submit"});

        WebClient.Page after = Learning.post(browser, page, "worksheet", fields);

        assertThat(after.text("#submittedNote")).contains("submitted");
        assertThat(after.document().getElementById("t-" + Learning.PROMPT).text()).isEqualTo("People wait a long time.");
        assertThat(after.document().getElementById("g-" + Learning.PROMPT + "-0").hasAttr("checked")).isTrue();
        assertThat(after.select("select[name=c." + Learning.TABLE + ".0.level_today] option[selected]").text()).isEqualTo("Cooperate");
        assertThat(after.select("textarea[name=c." + Learning.TABLE + ".1.partner]").text()).isEqualTo("The food bank");
        assertThat(after.document().getElementById("k-" + Learning.CHECKLIST + "-briefed").hasAttr("checked")).isTrue();
        assertThat(after.document().getElementById("k-" + Learning.CHECKLIST + "-booked").hasAttr("checked")).isFalse();

        assertThat(browser.get("learn/module.xhtml?m=" + Learning.MODULE).text("#moduleComplete")).contains("You completed this module");
        WebClient.Page mine = browser.get("learn/index.xhtml");
        assertThat(mine.text("main")).contains("Journey test module");
        assertThat(mine.select(".module-card.status-complete").text()).contains("Journey test module");
    }

    @Test
    void addingARowWithoutScriptKeepsWhatWasTyped() {
        WebClient browser = People.newLearner().browser();
        WebClient.Page page = browser.get(Learning.worksheetPath());
        List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "worksheet"));
        fields.add(new String[] {"t." + Learning.PROMPT, "Typed before adding a row"});
        fields.add(new String[] {"action", "add:" + Learning.TABLE});

        WebClient.Page after = Learning.post(browser, page, "worksheet", fields);

        assertThat(after.select("textarea[name=c." + Learning.TABLE + ".1.partner]")).hasSize(1);
        assertThat(after.document().getElementById("t-" + Learning.PROMPT).text()).isEqualTo("Typed before adding a row");
    }

    @Test
    void nobodyElseCanOpenMyAttempt() {
        WebClient.Page mine = Learning.answerRightly(People.newLearner().browser());
        String attempt = mine.uri().getQuery();

        assertThat(People.newLearner().browser().get("learn/attempt.xhtml?" + attempt).status()).isEqualTo(404);
    }

    @Test
    void aLearnerPartWayThroughMovesToANewVersionKeepingTheirAnswers() throws Exception {
        People.Person learner = People.newLearner();
        WebClient browser = learner.browser();
        browser.get(Learning.unitPath(Learning.QUIZ_UNIT));
        WebClient.Page page = browser.get(Learning.worksheetPath());
        assertThat(Learning.autosave(browser, page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "Kept across versions"), "0")
                .statusCode()).isEqualTo(200);
        int before = version(browser);

        Path unit = Path.of(System.getProperty("commonground.it.library"), "content/units/it-journey/01-quiz-unit.md");
        Files.writeString(unit, Files.readString(unit).replaceAll("(?m)^In this test, the sky.*$",
                "In this test, the sky is green and the grass is blue (" + Server.unique("edit") + ")."));
        WebClient admin = People.firstAdmin();
        admin.get("admin/content.xhtml");
        admin.submit("reload", Map.of(), "submit");

        browser.get(Learning.unitPath(Learning.QUIZ_UNIT));
        assertThat(version(browser)).isEqualTo(before + 1);
        assertThat(browser.get(Learning.worksheetPath()).document().getElementById("t-" + Learning.PROMPT).text())
                .isEqualTo("Kept across versions");
    }

    private static int version(WebClient browser) {
        String meta = browser.get("learn/module.xhtml?m=" + Learning.MODULE).text(".meta");
        return Integer.parseInt(meta.replaceAll(".*Version (\\d+).*", "$1"));
    }
}
