package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A password change or reset ends the person's other sessions, on whatever node they are. */
abstract class PasswordChangeChecks {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Test
    void changingThePasswordEndsThePersonsOtherSessionsButNotThisOne() {
        People.Person person = People.newLearner();
        WebClient other = RecordChecks.signedIn(person);
        WebClient here = person.browser();

        here.get("account/password.xhtml");
        WebClient.Page changed = here.submit("password", Map.of("current", person.password(), "password", NEW_PASSWORD), "submit");

        assertThat(changed.text(".messages")).contains("changed");
        assertThat(here.get("learn/index.xhtml").text("h1")).as("the session that changed it").isEqualTo("My learning");
        assertEnded(other);
        assertAudited(person, "Password changed");
    }

    @Test
    void aPasswordResetEndsEverySessionOfThePerson() {
        People.Person person = People.newLearner();
        WebClient other = RecordChecks.signedIn(person);
        WebClient browser = new WebClient();
        browser.get("reset.xhtml");
        browser.submit("request", Map.of("email", person.email()), "submit");
        browser.get(Mailbox.link(Mailbox.await(person.email(), "Reset your Common Ground password")));

        browser.submit("reset", Map.of("password", NEW_PASSWORD), "submit");

        assertEnded(other);
        assertEnded(person.browser());
        assertAudited(person, "Password reset");
    }

    /** The change is in the audit an administrator reads on the person's page, without any password in it. */
    private static void assertAudited(People.Person person, String action) {
        String audit = AdministrationChecks.openPerson(People.firstAdmin(), person.email()).text("#personAudit");
        assertThat(audit).contains(action).doesNotContain(person.password()).doesNotContain(NEW_PASSWORD);
    }

    private static void assertEnded(WebClient browser) {
        WebClient.Page page = browser.get("learn/index.xhtml");
        assertThat(page.text("h1")).isEqualTo("Sign in");
        assertThat(page.text("main")).contains("Your password was changed");
    }
}
