package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Friendly pages for what goes wrong, and never a stack trace. */
abstract class ErrorPageChecks {

    @Test
    void unknownPageIsAFriendly404() {
        WebClient.Page page = new WebClient().get("no-such-page.xhtml");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text("h1")).isEqualTo("Page not found");
        assertNoInternals(page);
    }

    @Test
    void formPostedAfterItsViewExpiredComesBackFilledInWithTheExpiredNote() {
        WebClient browser = new WebClient();
        browser.get("sign-in.xhtml");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("signIn", "signIn");
        values.put("signIn:email", "someone@it.commonground.test");
        values.put("signIn:password", "whatever it is");
        values.put("signIn:submit", "Sign in");
        values.put("jakarta.faces.ViewState", "1234567890:987654321");

        WebClient.Page page = browser.post(Server.uri("sign-in.xhtml"), values);

        assertThat(page.text("h1")).isEqualTo("Sign in");
        assertThat(page.text("#messages")).isEqualTo("This page had expired: check and send again.");
        assertThat(page.document().getElementById("signIn:email").val()).isEqualTo("someone@it.commonground.test");
        assertThat(page.document().getElementById("signIn:password").val()).as("a password is never kept").isEmpty();
        assertNoInternals(page);
    }

    @Test
    void aSessionKeepsTheFormsOfTheLastSixPagesOpened() {
        WebClient browser = new WebClient();
        WebClient.Page first = browser.get("sign-in.xhtml");
        for (int i = 0; i < 5; i++) {
            browser.get("sign-in.xhtml");
        }
        assertThat(signInFrom(browser, first).text("h1")).as("the sixth page back still works").isEqualTo("Sign in");

        WebClient.Page kept = browser.get("sign-in.xhtml");
        for (int i = 0; i < 6; i++) {
            browser.get("sign-in.xhtml");
        }
        WebClient.Page expired = signInFrom(browser, kept);
        assertThat(expired.text("#messages")).as("the seventh page back has gone from the session")
                .isEqualTo("This page had expired: check and send again.");
        assertThat(expired.document().getElementById("signIn:email").val()).isEqualTo("nobody@it.commonground.test");
        assertNoInternals(expired);
    }

    /** Posts the sign-in form of an earlier page (wrong password), as a browser tab left open would. */
    private static WebClient.Page signInFrom(WebClient browser, WebClient.Page page) {
        Map<String, String> values = new LinkedHashMap<>();
        Learning.baseFields(page, "signIn").forEach(f -> values.put(f[0], f[1]));
        values.put("signIn:email", "nobody@it.commonground.test");
        values.put("signIn:password", "not the password");
        values.put("signIn:submit", "Sign in");
        return browser.post(Server.uri("sign-in.xhtml"), values);
    }

    @Test
    void malformedRequestShowsNoInternals() {
        WebClient browser = new WebClient();
        browser.get("sign-in.xhtml");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("jakarta.faces.ViewState", "\u0000<script>");
        values.put("signIn", "signIn");

        WebClient.Page page = browser.post(Server.uri("sign-in.xhtml"), values);

        assertThat(page.status()).isIn(200, 400, 404, 500);
        assertNoInternals(page);
    }

    /** What a person can read on the page: no exception names, no stack frames. */
    static void assertNoInternals(WebClient.Page page) {
        String visible = page.document().body().text();
        assertThat(visible).doesNotContainIgnoringCase("exception").doesNotContain("at org.")
                .doesNotContain("at jakarta.").doesNotContain("at java.").doesNotContainIgnoringCase("stack trace");
        assertThat(page.body()).doesNotContain(".java:");
    }
}
