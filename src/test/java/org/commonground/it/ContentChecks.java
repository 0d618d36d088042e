package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The content loader against the real server: the suite's server reads a working
 * copy (the shipped library plus test fixtures, one of them broken).
 */
abstract class ContentChecks {

    private static final Path LIBRARY = Path.of(System.getProperty("commonground.it.library"));
    private static final Path FIXTURE_UNIT = LIBRARY.resolve("content/units/it-fixture/01-fixture.md");

    @Test
    void everyShippedModuleIsLoadedAndTheBrokenOneIsReportedWithFileLineAndField() {
        WebClient.Page page = People.firstAdmin().get("admin/content.xhtml");

        assertThat(page.status()).isEqualTo(200);
        String modules = page.text("#moduleTable");
        assertThat(modules).contains("Communicating through interpreters", "Cultural competence", "Barriers to access",
                "Partnership levels", "Fixture module for tests");
        assertThat(modules).doesNotContain("Broken fixture module");
        Element problem = page.document().select("#problemTable tbody tr").stream()
                .filter(r -> r.text().contains("modules/it-broken/module.yaml")).findFirst().orElseThrow();
        assertThat(problem.select("td").get(1).text()).isEqualTo("5");
        assertThat(problem.select("td").get(2).text()).isEqualTo("stage");
        assertThat(problem.select("td").get(3).text()).contains("'flourishing' is not one of");
    }

    @Test
    void changedFilesBecomeANewVersionAndReadingAgainChangesNothing() throws IOException {
        WebClient admin = People.firstAdmin();
        admin.get("admin/content.xhtml");
        int before = fixtureVersion(admin.page());

        String text = Files.readString(FIXTURE_UNIT);
        Files.writeString(FIXTURE_UNIT, text.replaceAll("version [a-z0-9-]+\\.", "version " + Server.unique("v") + "."));
        admin.submit("reload", Map.of(), "submit");
        int after = fixtureVersion(admin.page());
        admin.submit("reload", Map.of(), "submit");

        assertThat(after).isEqualTo(before + 1);
        assertThat(fixtureVersion(admin.page())).as("a second read of unchanged files").isEqualTo(after);
        assertThat(admin.page().text(".messages")).contains("Content read again");
    }

    @Test
    void learnersCannotSeeTheContentAdministration() {
        assertThat(People.newLearner().browser().get("admin/content.xhtml").status()).isEqualTo(403);
    }

    private static int fixtureVersion(WebClient.Page page) {
        Element row = page.document().select("#moduleTable tbody tr").stream()
                .filter(r -> r.text().contains("Fixture module for tests")).findFirst().orElseThrow();
        return Integer.parseInt(row.select("td").get(2).text());
    }
}
