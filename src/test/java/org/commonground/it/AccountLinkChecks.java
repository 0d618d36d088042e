package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Password reset and email change by links sent through a real SMTP server. */
abstract class AccountLinkChecks {

    private static WebClient.Page askForReset(String email) {
        WebClient browser = new WebClient();
        browser.get("reset.xhtml");
        return browser.submit("request", Map.of("email", email), "submit");
    }

    @Test
    void aResetLinkWorksOnceAndTheAnswerIsTheSameForUnknownAddresses() {
        People.Person person = People.newLearner();

        WebClient.Page known = askForReset(person.email());
        WebClient.Page unknown = askForReset(Server.unique("nobody") + "@it.commonground.test");
        assertThat(unknown.text("main")).isEqualTo(known.text("main"));

        MimeMessage message = Mailbox.await(person.email(), "Reset your Common Ground password");
        String link = Mailbox.link(message);
        WebClient browser = new WebClient();
        browser.get(link);
        WebClient.Page done = browser.submit("reset", Map.of("password", "a brand new passphrase"), "submit");
        assertThat(done.path()).endsWith("/sign-in.xhtml");
        assertThat(done.text(".messages")).contains("Your password has been changed");
        assertThat(People.signIn(new WebClient(), person.email(), "a brand new passphrase").path()).endsWith("/learn/index.xhtml");

        WebClient.Page reused = new WebClient().get(link);
        assertThat(reused.text("#invalid")).contains("expired or has been used");
    }

    @Test
    void aResetLinkExpires() {
        People.Person person = People.newLearner();
        askForReset(person.email());
        String link = Mailbox.link(Mailbox.await(person.email(), "Reset your Common Ground password"));

        // In the suite links last ten seconds (commonground.identity.link-seconds).
        WebClient.Page page = Waits.until(() -> new WebClient().get(link), p -> !p.text("#invalid").isEmpty());

        assertThat(page.text("#invalid")).contains("expired or has been used");
        assertThat(People.signIn(new WebClient(), person.email(), person.password()).path()).endsWith("/learn/index.xhtml");
    }

    @Test
    void aNewEmailAddressIsUsedOnlyOnceConfirmed() {
        People.Person person = People.newLearner();
        String newEmail = Server.unique("moved") + "@it.commonground.test";
        person.browser().get("account/index.xhtml");

        WebClient.Page page = person.browser().submit("emailChange", Map.of("email", newEmail, "current", person.password()), "submit");
        assertThat(page.text(".messages")).contains("We have sent a link to " + newEmail);
        assertThat(page.text("#myEmail")).isEqualTo(person.email());

        String link = Mailbox.link(Mailbox.await(newEmail, "Confirm your new email address"));
        assertThat(new WebClient().get(link).text("#outcome")).contains("Your email address is now " + newEmail);
        assertThat(People.signIn(new WebClient(), newEmail, person.password()).path()).endsWith("/learn/index.xhtml");
        assertThat(new WebClient().get(link).text("#outcome")).contains("expired or has been used");
    }

    @Test
    void changingYourNameAndPassword() {
        People.Person person = People.newLearner();
        person.browser().get("account/index.xhtml");
        WebClient.Page renamed = person.browser().submit("profile", Map.of("name", "Renamed Person"), "submit");
        assertThat(renamed.text("#myName")).isEqualTo("Renamed Person");

        person.browser().get("account/password.xhtml");
        WebClient.Page wrong = person.browser().submit("password", Map.of("current", "not it", "password", "another long phrase"), "submit");
        assertThat(wrong.text("#password\\:currentError")).contains("not your current password");
        person.browser().submit("password", Map.of("current", person.password(), "password", "another long phrase"), "submit");
        assertThat(People.signIn(new WebClient(), person.email(), "another long phrase").path()).endsWith("/learn/index.xhtml");
    }
}
