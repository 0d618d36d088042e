package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forged, expired or nonce-less form posts and absurd input never give 500: the
 * expired-page answer or 400, and nothing shown of the internals.
 */
abstract class BadInputChecks {

    private static final String EXPIRED = "This page has expired";
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.]+\\(");

    /** A tampered sign-in post is refused with 400 or the expired-page answer, never an error page. */
    @ParameterizedTest
    @ValueSource(strings = {"no nonce", "wrong nonce", "forged view state", "no view state", "garbage view state"})
    void aTamperedFormPostIsRefusedWithoutAnError(String tampering) {
        WebClient.Page page = tamperedSignIn(tampering);

        assertThat(page.status()).as(tampering).isNotEqualTo(500);
        // Without a view state it is no postback: the page is simply shown again.
        boolean shownAgain = tampering.equals("no view state") && page.text("h1").equals("Sign in");
        // A view state the server cannot restore, forged or merely old, gets the one rule for an expired page:
        // the page again, with what was sent filled in (never the password) and nothing done.
        boolean expiredAnswer = page.status() == 200 && page.text("h1").equals("Sign in")
                && page.text("#messages").equals("This page had expired: check and send again.")
                && page.document().getElementById("signIn:password").val().isEmpty();
        assertThat(page.status() == 400 || page.text("h1").equals(EXPIRED) || shownAgain || expiredAnswer)
                .as(tampering + ": " + page.status() + " " + page.text("h1")).isTrue();
        ErrorPageChecks.assertNoInternals(page);
    }

    /**
     * A refused post leaves at most one short line about it in the server's log, and no
     * request leaves a stack trace. (A nonce-less post to another page follows it: once
     * that one's line is written, everything logged before it is too.)
     */
    @ParameterizedTest
    @ValueSource(strings = {"no nonce", "wrong nonce", "forged view state", "garbage view state"})
    void aTamperedFormPostLeavesOneShortLogLineAndNoStackTrace(String tampering) {
        ServerLog log = ServerLog.fromNow();

        tamperedSignIn(tampering);
        WebClient marker = new WebClient();
        WebClient.Page register = marker.get("register.xhtml");
        Map<String, String> values = new LinkedHashMap<>();
        Learning.baseFields(register, "register").forEach(f -> values.put(f[0], f[1]));
        values.remove("primefaces.nonce");
        values.put("register:submit", "Create account");
        marker.post(Server.uri("register.xhtml"), values);

        List<String> records = log.recordsBefore("Refused a form post to /register.xhtml");
        List<String> fromRequests = records.stream().filter(r -> r.contains("_ThreadName=http-thread-pool")).toList();
        assertThat(fromRequests).as(tampering + ": no stack trace from a request")
                .noneMatch(r -> STACK_FRAME.matcher(r).find());
        List<String> aboutIt = records.stream().filter(r -> r.contains("/sign-in.xhtml")).toList();
        assertThat(aboutIt).as(tampering + ": lines about the post").hasSizeLessThanOrEqualTo(1)
                .allMatch(r -> r.strip().lines().count() == 1 && r.length() < 600);
    }

    /** The sign-in form as a browser would post it, with one field changed or left out. */
    private static WebClient.Page tamperedSignIn(String tampering) {
        WebClient browser = new WebClient();
        WebClient.Page form = browser.get("sign-in.xhtml");
        Map<String, String> values = new LinkedHashMap<>();
        Learning.baseFields(form, "signIn").forEach(f -> values.put(f[0], f[1]));
        values.put("signIn:email", "nobody@it.commonground.test");
        values.put("signIn:password", "not the password");
        values.put("signIn:submit", "Sign in");
        switch (tampering) {
            case "no nonce" -> values.remove("primefaces.nonce");
            case "wrong nonce" -> values.put("primefaces.nonce", "bm90IHRoZSBub25jZQ");
            case "forged view state" -> values.put("jakarta.faces.ViewState", "-123456789:987654321");
            case "no view state" -> values.remove("jakarta.faces.ViewState");
            default -> values.put("jakarta.faces.ViewState", "\u0000<script>" + "x".repeat(5000));
        }

        return browser.post(Server.uri("sign-in.xhtml"), values);
    }

    @Test
    void anAbsurdDueDateIsAMessageOnTheFormAndNothingIsStored() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);

        ManagerChecks.assign(admin, org.teamUuid(), "Journey test module", LocalDate.of(999_999_999, 12, 31));

        assertThat(admin.page().status()).isEqualTo(200);
        assertThat(admin.page().text("#assign\\:dueError")).contains("Choose a due date");
        assertThat(admin.get("organisation/team.xhtml?team=" + org.teamUuid()).text("main"))
                .contains("Nothing is assigned to this team yet");
    }

    @Test
    void anOverLongNameIsAMessageOnTheForm() {
        WebClient browser = new WebClient();
        browser.get("register.xhtml");

        WebClient.Page page = browser.submit("register", Map.of("name", "N".repeat(100_000),
                "email", Server.unique("long") + "@it.commonground.test", "password", People.PASSWORD), "submit");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.path()).endsWith("/register.xhtml");
        assertThat(page.text("main")).containsIgnoringCase("name");
        ErrorPageChecks.assertNoInternals(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B\u200B", "  \u00A0 ", "Sam\u202Eexe.pdf", "Sa\u200Bmira", "\u2066Sam\u2069"})
    void anEmptyLookingOrTextHidingNameIsRefused(String name) {
        WebClient browser = new WebClient();
        browser.get("register.xhtml");

        WebClient.Page page = browser.submit("register", Map.of("name", name,
                "email", Server.unique("hidden") + "@it.commonground.test", "password", People.PASSWORD), "submit");

        assertThat(page.path()).endsWith("/register.xhtml");
        assertThat(page.text("#register\\:nameError")).isNotEmpty();
    }

    @Test
    void anUploadOverTheLimitIs413WithAMessage() {
        People.Person trainer = Authoring.trainer();
        trainer.browser().get("content/import.xhtml");

        WebClient.Page page = trainer.browser().upload("upload", "file", "big.zip", new byte[6 * 1024 * 1024], "check");

        assertThat(page.status()).isEqualTo(413);
        assertThat(page.text("main")).contains("too large");
        ErrorPageChecks.assertNoInternals(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999999999999999", "2147483647", "-5", "many"})
    void aHugeOrNonsensePageNumberIsNotAnError(String number) {
        WebClient admin = People.firstAdmin();

        WebClient.Page page = admin.get("admin/people.xhtml?page=" + number);

        assertThat(page.status()).as(number).isIn(200, 400, 404);
        ErrorPageChecks.assertNoInternals(page);
    }
}
