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
        WebClient.Page last = send(f, learner, Set.of("c"), "false", false);
        assertThat(last.select(".explanation")).as("the last allowed attempt shows everything").hasSize(2);

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
        send(f, learner, Set.of("c"), "false", false);
        WebClient.Page early = learner.get(quizPath(f));

        assertThat(early.text("#wait")).contains("You can try again on");
        assertThat(early.select("#quiz")).isEmpty();

        PlatformClockControl.moveTo(1);
        WebClient.Page later = learner.get(quizPath(f));
        assertThat(later.select("#wait")).isEmpty();
        assertThat(send(f, learner, later, Set.of("a", "b"), "true", false).text("#result")).contains("Attempt 2");
    }
}
