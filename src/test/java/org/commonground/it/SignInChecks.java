package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing in and out, sessions, and throttling of failed attempts. */
abstract class SignInChecks {

    private static final String FAILED = "We could not sign you in with that email address and password";
    private static final String THROTTLED = "Too many failed attempts";

    @Test
    void rightPasswordSignsInAndLandsOnTheHomePage() {
        People.Person person = People.newLearner();

        WebClient.Page page = People.signIn(new WebClient(), person.email(), person.password());

        assertThat(page.path()).endsWith("/learn/index.xhtml");
        assertThat(page.body()).contains(person.name());
    }

    @Test
    void emailIsMatchedWhateverItsCase() {
        People.Person person = People.newLearner();

        WebClient.Page page = People.signIn(new WebClient(), person.email().toUpperCase(), person.password());

        assertThat(page.path()).endsWith("/learn/index.xhtml");
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        People.Person person = People.newLearner();

        WebClient.Page wrongPassword = People.signIn(new WebClient(), person.email(), "not the password");
        WebClient.Page noSuchUser = People.signIn(new WebClient(), Server.unique("nobody") + "@it.commonground.test", "not the password");

        assertThat(wrongPassword.path()).endsWith("/sign-in.xhtml");
        assertThat(wrongPassword.text(".messages")).contains(FAILED);
        assertThat(noSuchUser.text(".messages")).isEqualTo(wrongPassword.text(".messages"));
        assertThat(noSuchUser.status()).isEqualTo(wrongPassword.status());
    }

    @Test
    void signingInGivesANewSessionId() {
        People.Person person = People.newLearner();
        WebClient browser = new WebClient();
        browser.get("sign-in.xhtml");
        String before = browser.cookie("CGSESSION").map(HttpCookie::getValue).orElseThrow();

        browser.submit("signIn", Map.of("email", person.email(), "password", person.password()), "submit");

        String after = browser.cookie("CGSESSION").map(HttpCookie::getValue).orElseThrow();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        People.Person person = People.newLearner();
        WebClient browser = person.browser();
        String session = browser.cookie("CGSESSION").map(HttpCookie::getValue).orElseThrow();

        WebClient.Page out = browser.submit("signOut", Map.of(), "submit");
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.path()).endsWith("/sign-in.xhtml");
        assertThat(out.body()).contains("You have signed out");

        WebClient replay = new WebClient();
        replay.get("sign-in.xhtml");
        replay.cookie("CGSESSION").orElseThrow().setValue(session);
        assertThat(replay.get("learn/index.xhtml").text("h1")).as("the old session id no longer works").isEqualTo("Sign in");
    }

    @Test
    void signOutWithoutTheSessionsTokenDoesNothing() {
        People.Person person = People.newLearner();
        WebClient browser = person.browser();

        browser.post(Server.uri("sign-out"), Map.of("token", "forged"));

        assertThat(browser.get("learn/index.xhtml").text("h1")).isEqualTo("My learning");
    }

    @Test
    void protectedPageAsksToSignInThenReturnsToIt() {
        People.Person person = People.newLearner();
        WebClient browser = new WebClient();

        WebClient.Page page = browser.get("account/index.xhtml");
        assertThat(page.text("h1")).isEqualTo("Sign in");

        page = browser.submit("signIn", Map.of("email", person.email(), "password", person.password()), "submit");
        assertThat(page.path()).endsWith("/account/index.xhtml");
        assertThat(page.body()).contains(person.email());
    }

    @Test
    void returnAddressOutsideThisSiteIsIgnored() {
        People.Person person = People.newLearner();
        WebClient browser = new WebClient();
        browser.get("sign-in.xhtml");

        WebClient.Page page = browser.submit("signIn", Map.of("email", person.email(), "password", person.password(),
                "returnTo", "https://evil.example.org/phish"), "submit");

        assertThat(page.uri().getHost()).isEqualTo(Server.uri("").getHost());
        assertThat(page.path()).endsWith("/learn/index.xhtml");
    }

    @Test
    void tooManyFailuresForOneAccountBlockEvenTheRightPassword() {
        People.Person person = People.newLearner();
        String address = Server.uniqueAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(People.signIn(new WebClient(address), person.email(), "wrong guess " + i).text(".messages")).contains(FAILED);
        }

        WebClient.Page blocked = People.signIn(new WebClient(Server.uniqueAddress()), person.email(), person.password());

        assertThat(blocked.path()).endsWith("/sign-in.xhtml");
        assertThat(blocked.text(".messages")).contains(THROTTLED);
    }

    @Test
    void tooManyFailuresFromOneAddressBlockThatAddressOnly() {
        People.Person person = People.newLearner();
        String address = Server.uniqueAddress();
        for (int i = 0; i < 6; i++) {
            People.signIn(new WebClient(address), Server.unique("guess") + "@it.commonground.test", "wrong guess");
        }

        WebClient.Page blocked = People.signIn(new WebClient(address), person.email(), person.password());
        WebClient.Page elsewhere = People.signIn(new WebClient(Server.uniqueAddress()), person.email(), person.password());

        assertThat(blocked.text(".messages")).contains(THROTTLED);
        assertThat(elsewhere.path()).endsWith("/learn/index.xhtml");
    }
}
