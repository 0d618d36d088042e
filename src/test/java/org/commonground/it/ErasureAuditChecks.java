package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Erasing a person changes only their own audit entries, whatever their name: the
 * erasure keys on the entry's subject id, not on their name or address in the text.
 */
abstract class ErasureAuditChecks {

    @ParameterizedTest
    @ValueSource(strings = {"%", "_"})
    void erasingSomeoneLeavesOtherPeoplesAuditEntriesAlone(String name) {
        WebClient admin = People.firstAdmin();
        People.Person samira = People.newLearner(Server.unique("Samira "));
        AdministrationChecks.openPerson(admin, samira.email());
        AdministrationChecks.press(admin, "Make REVIEWER");
        People.Person erased = People.newLearner(name);
        java.net.URI erasedPage = AdministrationChecks.openPerson(admin, erased.email()).uri();
        AdministrationChecks.press(admin, "Make TRAINER");
        People.signIn(erased.browser(), erased.email(), erased.password());

        RecordChecks.erase(erased);

        assertThat(AdministrationChecks.openPerson(admin, samira.email()).text("#personAudit"))
                .as("another person's entry keeps its detail").contains("Role granted REVIEWER").doesNotContain("(erased)");
        assertThat(admin.get(erasedPage).text("#personAudit"))
                .as("the erased person's own entries lose theirs").contains("(erased)").doesNotContain("TRAINER");
    }
}
