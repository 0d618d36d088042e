package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * "Saved" means saved, and nothing a learner sends is lost: the autosave's replies
 * for each case (saved, signed out, out-of-date page, another tab's copy), a form sent
 * after the session ended kept and shown back after sign-in, and the races of an
 * autosave with Submit, and of a quiz sent twice at once.
 */
abstract class SavedWorkChecks {

    static final int RACE_PAIRS = 50;

    @Test
    void anAutosaveAfterTheSessionEndedGetsJson401NeverTheSignInPage() {
        SignedOut out = signedOutOn(Learning.worksheetPath());
        WebClient.Page page = out.page();

        HttpResponse<String> reply = Learning.autosave(out.browser(), page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "Lost?"), "0");

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(reply.body()).isEqualTo("{\"problem\":\"signedOut\"}");
        HttpResponse<String> noCookie = send(new WebClient(), Learning.autosaveRequest(page, Learning.PROMPT,
                Map.of("t." + Learning.PROMPT, "No session"), "0"));
        assertThat(noCookie.statusCode()).isEqualTo(401);
        assertThat(noCookie.body()).doesNotContain("<html");
    }

    @Test
    void aSavedAutosaveSaysItsVersionAndTimeAndAStaleOneGets409WithTheOtherCopy() {
        WebClient browser = People.newLearner().browser();
        WebClient.Page page = browser.get(Learning.worksheetPath());

        HttpResponse<String> saved = Learning.autosave(browser, page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "One"), "0");
        HttpResponse<String> stale = Learning.autosave(browser, page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "Two"), "0");

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).matches("\\{\"version\":\\d+,\"savedAt\":\"\\d\\d:\\d\\d\"}");
        String version = saved.body().replaceAll(".*\"version\":(\\d+).*", "$1");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"version\":" + version).contains("\"text\":\"One\"");
    }

    @Test
    void anAutosaveFromAPageOfAnEarlierSessionIsRefusedUntilItFetchesTheNewToken() {
        SignedOut out = signedOutOn(Learning.worksheetPath());
        WebClient browser = out.browser();
        WebClient.Page old = out.page();
        People.signIn(browser, out.learner().email(), out.learner().password());

        HttpResponse<String> refused = Learning.autosave(browser, old, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "Again"), "0");
        HttpResponse<String> token = send(browser, HttpRequest.newBuilder(Server.uri("learn/worksheet-save"))
                .header("X-Autosave", "1").GET().build());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("{\"problem\":\"expired\"}");
        assertThat(token.statusCode()).isEqualTo(200);
        String fresh = token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertThat(fresh).isEqualTo(browser.get(Learning.worksheetPath()).document().select("#worksheet input[name=token]").val());
    }

    @Test
    void aWorksheetSavedAfterTheSessionEndedIsShownBackFilledInAfterSignInAndSavedOnlyWhenSentAgain() {
        SignedOut out = signedOutOn(Learning.worksheetPath());
        WebClient browser = out.browser();
        WebClient.Page page = out.page();
        String words = "Written while signed out " + Server.unique("#");
        List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "worksheet"));
        fields.add(new String[] {"t." + Learning.PROMPT, words});
        fields.add(new String[] {"action", "save"});

        HttpResponse<String> sent = send(browser, Learning.formRequest(page, "worksheet", fields));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).contains("/learn/worksheet.xhtml?m=" + Learning.MODULE);
        WebClient.Page signIn = browser.get(URI.create(sent.headers().firstValue("Location").orElseThrow()));
        assertThat(signIn.text("h1")).isEqualTo("Sign in");
        WebClient.Page back = browser.submit("signIn", Map.of("email", out.learner().email(), "password", out.learner().password()), "submit");

        assertThat(back.path()).endsWith("/learn/worksheet.xhtml");
        assertThat(back.text("#keptNote")).contains("Not saved yet");
        assertThat(back.document().getElementById("t-" + Learning.PROMPT).text()).isEqualTo(words);
        assertThat(back.text("#status-" + Learning.PROMPT)).isEqualTo("Not saved yet.");
        WebClient.Page reloaded = browser.get(Learning.worksheetPath());
        assertThat(reloaded.document().getElementById("t-" + Learning.PROMPT).text()).as("not saved until sent again").isEmpty();
        assertThat(reloaded.select("#keptNote")).as("shown back once").isEmpty();
    }

    @Test
    void aFormKeptOnASharedBrowserIsNeverShownToTheNextPersonWhoSignsIn() {
        SignedOut first = signedOutOn(Learning.quizPath());
        People.Person next = People.newLearner();
        WebClient browser = first.browser();
        WebClient.Page page = first.page();
        List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "quiz"));
        fields.add(new String[] {"q." + Learning.MULTI, "a"});
        send(browser, Learning.formRequest(page, "quiz", fields));

        browser.get(Learning.quizPath());
        WebClient.Page shown = browser.submit("signIn", Map.of("email", next.email(), "password", next.password()), "submit");

        assertThat(shown.path()).endsWith("/learn/quiz.xhtml");
        assertThat(shown.select("#keptNote")).isEmpty();
        assertThat(shown.select("input[checked]")).isEmpty();
    }

    @Test
    void quizAnswersSentAfterTheSessionEndedAreChosenAgainAfterSignInAndNotRecordedUntilSent() {
        SignedOut out = signedOutOn(Learning.quizPath());
        WebClient browser = out.browser();
        WebClient.Page page = out.page();
        List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "quiz"));
        fields.add(new String[] {"q." + Learning.MULTI, "a"});
        fields.add(new String[] {"q." + Learning.MULTI, "b"});
        fields.add(new String[] {"q." + Learning.TRUE_FALSE, "true"});

        HttpResponse<String> sent = send(browser, Learning.formRequest(page, "quiz", fields));
        browser.get(URI.create(sent.headers().firstValue("Location").orElseThrow()));
        WebClient.Page back = browser.submit("signIn", Map.of("email", out.learner().email(), "password", out.learner().password()), "submit");

        assertThat(back.path()).endsWith("/learn/quiz.xhtml");
        assertThat(back.text("#keptNote")).contains("not sent");
        assertThat(back.select("#previousAttempts")).as("nothing recorded yet").isEmpty();
        assertThat(back.document().getElementById("q-" + Learning.MULTI + "-a").hasAttr("checked")).isTrue();
        assertThat(back.document().getElementById("q-" + Learning.MULTI + "-b").hasAttr("checked")).isTrue();
        assertThat(back.document().getElementById("q-" + Learning.MULTI + "-c").hasAttr("checked")).isFalse();
        assertThat(back.document().getElementById("q-" + Learning.TRUE_FALSE + "-true").hasAttr("checked")).isTrue();
        assertThat(back.select("script[src]")).as("the quiz page stays free of script").isEmpty();
        assertThat(browser.get(Learning.unitPath(Learning.QUIZ_UNIT)).select("script[src]")).as("and so does a unit page").isEmpty();

        WebClient.Page result = Learning.post(browser, back, "quiz", Learning.checkedFields(back, "quiz"));
        assertThat(result.text("#result")).contains("You passed");
    }

    @Test
    void aFacesFormFromAnExpiredPageComesBackFilledInAndNothingIsSavedUntilSentAgain() {
        People.Person learner = People.newLearner();
        WebClient browser = learner.browser();
        WebClient.Page account = browser.get("account/index.xhtml");
        for (int i = 0; i < 6; i++) {
            browser.get("account/index.xhtml");
        }
        String renamed = Server.unique("Renamed ");
        Learning.expiredProfileComesBackFilledIn(browser, Learning.renamedProfile(account, renamed), renamed, learner.name());
    }

    @Test
    void aTrainersEditorWarnsBeforeTheIdleTimeOutAndStayingSignedInKeepsWhatWasTypedUnsaved() {
        WebClient trainer = Authoring.trainer().browser();
        String uuid = Authoring.newModule(trainer, Server.unique("Staying module "));
        String editor = Authoring.editorLink(Authoring.module(trainer, uuid), 1, "Text");
        WebClient.Page page = trainer.get(editor);
        assertThat(page.select("#idleWarning #staySignedIn").attr("form")).isEqualTo("unit");
        assertThat(Long.parseLong(page.select("#idleWarning").attr("data-after"))).isPositive().isLessThanOrEqualTo(30 * 60 - 120);
        String saved = page.select("#unit\\:title").val();

        // What "Stay signed in" sends: the editor's form, with no button of its own pressed.
        WebClient.Page stayed = trainer.submit("unit", Map.of("title", "Typed, not saved"), "stay");

        assertThat(stayed.text("h1")).startsWith("Edit unit");
        assertThat(stayed.select("#unit\\:title").val()).isEqualTo("Typed, not saved");
        assertThat(trainer.get(editor).select("#unit\\:title").val()).as("nothing saved").isEqualTo(saved);
    }

    @Test
    void anAutosaveAndSubmitAtOnceNeverFailAndNeverLoseTheWords() {
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < RACE_PAIRS; i++) {
            WebClient browser = People.newLearner().browser();
            WebClient.Page page = browser.get(Learning.worksheetPath());
            String words = "Raced words " + i;
            List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "worksheet"));
            fields.add(new String[] {"t." + Learning.PROMPT, words});
            fields.add(new String[] {"action", "submit"});
            HttpRequest autosave = Learning.autosaveRequest(page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, words), "0");
            HttpRequest submit = Learning.formRequest(page, "worksheet", fields);

            CompletableFuture<HttpResponse<String>> saving = browser.http().sendAsync(autosave, HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> submitting = browser.http().sendAsync(submit, HttpResponse.BodyHandlers.ofString());

            int saved = saving.join().statusCode();
            HttpResponse<String> submitted = submitting.join();
            WebClient.Page after = browser.get(Learning.worksheetPath());
            outcomes.add(saved + " " + submitted.statusCode() + " " + submitted.headers().firstValue("Location").orElse("")
                    .replaceAll(".*saved=", "") + " " + after.document().getElementById("t-" + Learning.PROMPT).text().equals(words)
                    + " " + !after.select("#wasSubmitted").isEmpty());
        }

        assertThat(outcomes).hasSize(RACE_PAIRS).containsOnly("200 302 submitted true true");
    }

    @Test
    void aQuizSentTwiceAtOnceIsOneAttemptAndBothSeeIt() {
        for (int i = 0; i < 10; i++) {
            WebClient browser = People.newLearner().browser();
            WebClient.Page page = browser.get(Learning.quizPath());
            List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "quiz"));
            fields.add(new String[] {"q." + Learning.MULTI, "a"});
            fields.add(new String[] {"q." + Learning.TRUE_FALSE, "true"});
            HttpRequest submit = Learning.formRequest(page, "quiz", fields);

            CompletableFuture<HttpResponse<String>> one = browser.http().sendAsync(submit, HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> two = browser.http().sendAsync(submit, HttpResponse.BodyHandlers.ofString());

            assertThat(List.of(one.join().statusCode(), two.join().statusCode())).containsOnly(302);
            assertThat(one.join().headers().firstValue("Location")).isEqualTo(two.join().headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).contains("/learn/attempt.xhtml?a="));
            assertThat(browser.get(Learning.quizPath()).text("#previousAttempts")).contains("attempt 1").doesNotContain("attempt 2");
        }
    }

    /** A new learner who opened the page, then whose session ended: their browser still holds the page. */
    private record SignedOut(People.Person learner, WebClient browser, WebClient.Page page) {
    }

    private static SignedOut signedOutOn(String path) {
        People.Person learner = People.newLearner();
        WebClient.Page page = learner.browser().get(path);
        signOut(learner.browser(), page);
        return new SignedOut(learner, learner.browser(), page);
    }

    /** Ends the session on the server, as the sign-out button does, keeping the now worthless cookie. */
    private static void signOut(WebClient browser, WebClient.Page page) {
        List<String[]> token = new ArrayList<>();
        token.add(new String[] {"token", page.document().select("#signOut input[name=token]").val()});
        HttpResponse<String> out = send(browser, Learning.formRequest(page, "signOut", token));
        assertThat(out.headers().firstValue("Location").orElse("")).contains("signedOut=true");
    }

    private static HttpResponse<String> send(WebClient browser, HttpRequest request) {
        try {
            return browser.http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
