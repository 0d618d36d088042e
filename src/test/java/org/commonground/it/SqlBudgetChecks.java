package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SQL statements per request for the main pages stay within the budget recorded in
 * src/test/resources/sql-budget.properties, and do not grow with the amount of data
 * a person has: an N+1 query fails the build. Counts come from the server itself
 * (with commonground.diagnostics.sql-count on): {@code #sqlStatements} on pages, the
 * {@code X-SQL-Statements} header on autosaves and redirects.
 */
abstract class SqlBudgetChecks {

    private static final Properties BUDGET = budget();

    @Test
    void theLearnersUnitPageStaysWithinItsBudget() {
        WebClient learner = People.newLearner().browser();
        learner.get(Learning.unitPath(Learning.QUIZ_UNIT));
        int first = pageCount(learner.get(Learning.unitPath(Learning.QUIZ_UNIT)));
        Learning.answerRightly(learner);
        Learning.answerQuiz(learner, Learning.MULTI, "a", Learning.TRUE_FALSE, "false");
        int afterAttempts = pageCount(learner.get(Learning.unitPath(Learning.QUIZ_UNIT)));

        assertWithin("unit-page", first);
        assertThat(afterAttempts).as("the unit page after two attempts").isEqualTo(first);
    }

    @Test
    void myLearningStaysWithinItsBudgetWhateverTheNumberOfModules() {
        WebClient learner = People.newLearner().browser();
        learner.get("learn/index.xhtml");
        int count = pageCount(learner.get("learn/index.xhtml"));
        int modules = learner.page().select(".module-card").size();

        assertThat(modules).as("modules listed").isGreaterThan(3);
        assertWithin("my-learning", count);
    }

    @Test
    void aQuizSubmitStaysWithinItsBudgetWhateverTheAttemptsBefore() {
        WebClient learner = People.newLearner().browser();
        int first = submitCount(learner);
        submitCount(learner);
        int third = submitCount(learner);

        assertWithin("quiz-submit", first);
        assertWithin("quiz-submit", third);
        assertThat(third).as("the third attempt (allowing one fetch of ids)").isLessThanOrEqualTo(first + 1);
    }

    @Test
    void anAutosaveStaysWithinItsBudget() {
        WebClient learner = People.newLearner().browser();
        WebClient.Page worksheet = learner.get(Learning.worksheetPath());
        HttpResponse<String> created = Learning.autosave(learner, worksheet, Learning.PROMPT,
                Map.of("t." + Learning.PROMPT, "First words"), "0");
        HttpResponse<String> changed = Learning.autosave(learner, worksheet, Learning.PROMPT,
                Map.of("t." + Learning.PROMPT, "More words"), version(created.body()));

        assertThat(changed.statusCode()).isEqualTo(200);
        assertWithin("autosave", headerCount(created));
        assertWithin("autosave", headerCount(changed));
    }

    @Test
    void theTeamDashboardStaysWithinItsBudget() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = ManagerChecks.withAssignment(admin);
        for (int i = 0; i < 3; i++) {
            ManagerChecks.member(org, "", "frontline_practitioner");
        }
        People.Person manager = ManagerChecks.member(org, "", "manager");
        Organisations.makeManager(admin, org.orgUuid(), manager.email(), org.teamUuid());
        WebClient teamManager = new WebClient();
        People.signIn(teamManager, manager.email(), manager.password());
        teamManager.get("organisation/dashboard.xhtml?team=" + org.teamUuid());

        // As the team's own manager (their scopes are checked) and as an administrator.
        assertWithin("team-dashboard", pageCount(teamManager.get("organisation/dashboard.xhtml?team=" + org.teamUuid())));
        assertWithin("team-dashboard", pageCount(admin.get("organisation/dashboard.xhtml?team=" + org.teamUuid())));
    }

    @Test
    void theTrainersModulePageStaysWithinItsBudget() {
        Authoring.withRole("REVIEWER");
        Authoring.withRole("REVIEWER");  // the page lists every reviewer: their number must not add statements
        WebClient trainer = Authoring.trainer().browser();
        String module = Authoring.newModule(trainer, "Budget module " + System.nanoTime());
        Authoring.frame(trainer, module, "Budget module");
        trainer.submit("addUnit", Map.of("unitTitle", "First unit", "withQuiz", "true", "withWorksheet", "true"), "submit");
        trainer.submit("addUnit", Map.of("unitTitle", "Second unit"), "submit");

        WebClient.Page page = Authoring.module(trainer, module);
        assertThat(page.select("#unitTable tbody tr")).as("the new module's first unit and the two added").hasSize(3);
        assertWithin("trainer-module-page", pageCount(page));
    }

    private static int submitCount(WebClient learner) {
        WebClient.Page quiz = learner.get(Learning.quizPath());
        List<String[]> fields = new ArrayList<>(Learning.baseFields(quiz, "quiz"));
        fields.add(new String[] {"q." + Learning.MULTI, "a"});
        fields.add(new String[] {"q." + Learning.TRUE_FALSE, "true"});
        HttpResponse<String> response = Learning.send(learner, quiz, "quiz", fields);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).contains("attempt.xhtml");
        return headerCount(response);
    }

    private static void assertWithin(String request, int count) {
        int budget = Integer.parseInt(BUDGET.getProperty(request));
        System.out.println("sql-budget " + request + "=" + count + " (budget " + budget + ")");
        assertThat(count).as(request + " SQL statements (budget " + budget + ")").isPositive().isLessThanOrEqualTo(budget);
    }

    private static int pageCount(WebClient.Page page) {
        String text = page.select("#sqlStatements").text();
        assertThat(text).as("the page shows its SQL count").isNotBlank();
        return Integer.parseInt(text.trim());
    }

    private static int headerCount(HttpResponse<String> response) {
        return Integer.parseInt(response.headers().firstValue("X-SQL-Statements")
                .orElseThrow(() -> new AssertionError("no X-SQL-Statements header")));
    }

    private static String version(String json) {
        Matcher m = Pattern.compile("\"version\":\\s*(\\d+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    private static Properties budget() {
        Properties properties = new Properties();
        try (InputStream in = SqlBudgetChecks.class.getResourceAsStream("/sql-budget.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
