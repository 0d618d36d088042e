package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reflection shared with "my managers" is shared with the managers of the
 * organisation the learner belonged to when sharing, and only while they are still a
 * member there: moving to another organisation (or coming back later) ends it.
 */
abstract class ReflectionShareChecks {

    @Test
    void movingToAnotherOrganisationEndsAShareWithManagersAndTheNewManagersNeverSeeIt() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup first = Organisations.create(admin);
        Organisations.Setup later = Organisations.create(admin);
        People.Person author = Organisations.registerWithCode(first.code(), "frontline_practitioner");
        WebClient firstManager = manager(admin, first);
        WebClient laterManager = manager(admin, later);
        WebClient.Page page = author.browser().get(Learning.worksheetPath());
        Learning.autosave(author.browser(), page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "Thoughts before moving"), "0");
        RecordChecks.share(author, true, false);
        String view = firstManager.get("reflections/index.xhtml").select("#sharedList a").stream()
                .filter(a -> a.text().startsWith(author.name())).findFirst().map(a -> a.attr("href")).orElseThrow()
                .replaceFirst("^.*/reflections/", "reflections/");
        assertThat(firstManager.get(view).text("main")).as("a manager of the organisation shared in").contains("Thoughts before moving");

        join(author, later);

        assertThat(firstManager.get(view).status()).as("the earlier organisation's manager, after the move").isEqualTo(404);
        assertThat(laterManager.get(view).status()).as("the new organisation's manager").isEqualTo(404);
        assertThat(laterManager.get("reflections/index.xhtml").text("main")).doesNotContain(author.name());

        join(author, first);

        assertThat(firstManager.get(view).status()).as("coming back does not revive the ended share").isEqualTo(404);
        assertThat(author.browser().get(view).text("main")).as("the author still reads it").contains("Thoughts before moving");
    }

    /** A new manager of the whole organisation, signed in. */
    private static WebClient manager(WebClient admin, Organisations.Setup org) {
        People.Person manager = Organisations.registerWithCode(org.code(), "manager");
        Organisations.makeManager(admin, org.orgUuid(), manager.email(), "");
        return RecordChecks.signedIn(manager);
    }

    private static void join(People.Person person, Organisations.Setup org) {
        person.browser().get("account/index.xhtml");
        WebClient.Page page = person.browser().submit("join", Map.of("code", org.code(), "staffGroup", "frontline_practitioner"), "submit");
        assertThat(page.text("#myOrganisation")).as(page.text("main")).contains(org.name());
    }
}
