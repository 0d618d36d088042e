package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registering an account, and every kind of bad input on the form. */
abstract class RegistrationChecks {

    @Test
    void newPersonRegistersAndLandsOnMyLearningSignedIn() {
        People.Person person = People.newLearner();

        WebClient.Page page = person.browser().page();
        assertThat(page.text("h1")).isEqualTo("My learning");
        assertThat(page.body()).contains("Your account is ready").contains(person.name());
        assertThat(person.browser().get("account/index.xhtml").body()).contains(person.email());
    }

    @Test
    void emailAlreadyTakenInAnyCaseIsRefusedNextToTheField() {
        People.Person first = People.newLearner();
        WebClient other = new WebClient();
        other.get("register.xhtml");

        WebClient.Page page = other.submit("register", Map.of("name", "Someone Else",
                "email", first.email().toUpperCase(), "password", "another fine passphrase"), "submit");

        assertThat(page.path()).endsWith("/register.xhtml");
        assertThat(page.text("#register\\:emailError")).contains("already exists");
        assertThat(page.document().getElementById("register:name").val()).isEqualTo("Someone Else");
        assertThat(page.document().getElementById("register:email").val()).isEqualTo(first.email().toUpperCase());
    }

    @Test
    void eachBadInputIsNamedNextToItsFieldAndTypedValuesStay() {
        assertProblem(Map.of("name", "", "email", fresh(), "password", "long enough pass"),
                "nameError", "Enter your name");
        assertProblem(Map.of("name", "Ada", "email", "not-an-email", "password", "long enough pass"),
                "emailError", "Enter an email address like");
        assertProblem(Map.of("name", "Ada", "email", fresh(), "password", "short"),
                "passwordError", "at least 8 characters");
        assertProblem(Map.of("name", "Ada", "email", fresh(), "password", "password123"),
                "passwordError", "too common");
        assertProblem(Map.of("name", "A".repeat(121), "email", fresh(), "password", "long enough pass"),
                "nameError", "at most 120 characters");
    }

    @Test
    void aSixtyFourCharacterPassphraseIsAccepted() {
        String email = fresh();
        WebClient browser = new WebClient();
        browser.get("register.xhtml");
        String passphrase = "correct horse battery staple and a very long tail to reach 64 c!";
        assertThat(passphrase).hasSize(64);

        WebClient.Page page = browser.submit("register", Map.of("name", "Long Pass", "email", email, "password", passphrase), "submit");

        assertThat(page.path()).endsWith("/learn/index.xhtml");
        assertThat(People.signIn(new WebClient(), email, passphrase).path()).endsWith("/learn/index.xhtml");
    }

    private static String fresh() {
        return Server.unique("reg") + "@it.commonground.test";
    }

    private static void assertProblem(Map<String, String> fields, String errorId, String message) {
        WebClient browser = new WebClient();
        browser.get("register.xhtml");
        WebClient.Page page = browser.submit("register", fields, "submit");

        assertThat(page.path()).as("stays on the form").endsWith("/register.xhtml");
        assertThat(page.text("#register\\:" + errorId)).as(errorId).contains(message);
        if (!fields.get("email").isEmpty()) {
            assertThat(page.document().getElementById("register:email").val()).isEqualTo(fields.get("email"));
        }
        assertThat(page.document().getElementById("register:password").val()).as("never echo a password").isEmpty();
        assertThat(page.body()).doesNotContain(fields.get("password").isEmpty() ? "\u0000" : "value=\"" + fields.get("password") + "\"");
    }
}
