package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Roles, disabling accounts and the audit, by an administrator through the real pages. */
abstract class AdministrationChecks {

    static WebClient.Page openPerson(WebClient admin, String email) {
        WebClient.Page people = admin.get("admin/people.xhtml?q=" + email);
        Element link = people.document().select("#people a").first();
        assertThat(link).as("the person is found by email").isNotNull();
        return admin.get(link.attr("href").replaceFirst("^.*/admin/", "admin/"));
    }

    static WebClient.Page press(WebClient admin, String buttonLabel) {
        Element button = admin.page().document().select("#person input[type=submit]").stream()
                .filter(b -> b.val().equals(buttonLabel)).findFirst().orElseThrow(() -> new AssertionError("no button " + buttonLabel));
        return admin.submit("person", Map.of(), button.attr("name").substring("person:".length()));
    }

    @Test
    void grantingTrainerTakesEffectAtTheNextSignInAndIsAudited() {
        WebClient admin = People.firstAdmin();
        People.Person person = People.newLearner();
        assertThat(person.browser().get("content/index.xhtml").status()).isEqualTo(403);

        openPerson(admin, person.email());
        WebClient.Page page = press(admin, "Make TRAINER");
        assertThat(page.text(".messages")).contains("Role granted");

        WebClient.Page ended = person.browser().get("learn/index.xhtml");
        assertThat(ended.text("main")).as("their session ends so the new role applies").contains("Sign in again");
        People.signIn(person.browser(), person.email(), person.password());
        assertThat(person.browser().get("content/index.xhtml").status()).isEqualTo(200);
        assertThat(admin.get("admin/audit.xhtml").text("#audit")).contains(person.name()).contains("Role granted");
    }

    @Test
    void removingARoleEndsItAtOnce() {
        WebClient admin = People.firstAdmin();
        People.Person person = People.newLearner();
        openPerson(admin, person.email());
        press(admin, "Make REVIEWER");
        People.signIn(person.browser(), person.email(), person.password());

        openPerson(admin, person.email());
        press(admin, "Remove REVIEWER");

        assertThat(person.browser().get("learn/index.xhtml").text("h1")).isEqualTo("Sign in");
        assertThat(openPerson(admin, person.email()).text("#personAudit")).contains("Role revoked REVIEWER");
    }

    @Test
    void disablingAnAccountEndsItsSessionAtOnceAndRefusesSignIn() {
        WebClient admin = People.firstAdmin();
        People.Person person = People.newLearner();
        assertThat(person.browser().get("learn/index.xhtml").status()).isEqualTo(200);

        openPerson(admin, person.email());
        press(admin, "Disable account");

        WebClient.Page page = person.browser().get("learn/index.xhtml");
        assertThat(page.text("h1")).isEqualTo("Sign in");
        assertThat(page.text("main")).contains("You have been signed out");
        assertThat(People.signIn(new WebClient(), person.email(), person.password()).text(".messages"))
                .contains("We could not sign you in");

        openPerson(admin, person.email());
        press(admin, "Enable account");
        assertThat(People.signIn(new WebClient(), person.email(), person.password()).path()).endsWith("/learn/index.xhtml");
    }

    @Test
    void peopleAreSearchedFilteredAndPaged() {
        WebClient admin = People.firstAdmin();
        People.Person person = People.newLearner();

        WebClient.Page found = admin.get("admin/people.xhtml?q=" + person.email().toUpperCase());
        assertThat(found.text("#people")).contains(person.name());
        assertThat(found.text("#total")).startsWith("1 people found");

        WebClient.Page admins = admin.get("admin/people.xhtml?role=ADMIN");
        assertThat(admins.text("#people")).contains("Administrator").doesNotContain(person.name());

        WebClient.Page all = admin.get("admin/people.xhtml");
        assertThat(all.document().select("#people tbody tr")).hasSizeLessThanOrEqualTo(50);
    }

    @Test
    void anAdministratorCannotDisableThemselvesOrDropTheirOwnAdminRole() {
        WebClient admin = People.firstAdmin();
        openPerson(admin, "first-admin@it.commonground.test");

        assertThat(press(admin, "Disable account").text(".messages")).contains("cannot disable your own account");
        openPerson(admin, "first-admin@it.commonground.test");
        assertThat(press(admin, "Remove ADMIN").text(".messages")).contains("cannot remove your own administrator role");
    }
}
