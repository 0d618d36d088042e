package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Every cell of every CSV export, the header's included, stays text in a spreadsheet. */
abstract class CsvChecks {

    private static final String FORMULA = "=HYPERLINK(\"http://x.example\",\"Open\") ";

    @Test
    void aModuleTitledLikeAFormulaStaysTextInEveryCellOfTheTeamAndOrganisationExports() throws Exception {
        WebClient admin = People.firstAdmin();
        People.Person trainer = Authoring.trainer();
        String title = FORMULA + Server.unique("m");
        String uuid = Authoring.newModule(trainer.browser(), title);
        Authoring.frame(trainer.browser(), uuid, title);
        assertThat(Authoring.publish(trainer.browser(), uuid, false).text(".messages")).contains("version 1");
        Organisations.Setup org = Organisations.create(admin);
        ManagerChecks.assign(admin, org.teamUuid(), title, java.time.LocalDate.now().plusDays(10));
        Organisations.registerWithCode(org.code(), "frontline_practitioner");

        String team = csv(admin, "organisation/export?team=" + org.teamUuid() + "&format=csv");
        String organisation = csv(admin, "organisation/export?org=" + org.orgUuid() + "&format=csv");

        assertThat(cells(team)).as("the module's column in the header").contains("'" + title);
        assertThat(cells(organisation)).as("the module's row").contains("'" + title);
        assertThat(cells(team)).as("the due date in a column of its own, and the staff group by name")
                .contains("'" + title + ": due", java.time.LocalDate.now().plusDays(10).toString(), "Frontline practitioner");
        assertThat(cells(organisation)).contains("Frontline practitioner").doesNotContain("frontline_practitioner");
        assertThat(cells(team)).filteredOn(CsvChecks::readAsFormula).isEmpty();
        assertThat(cells(organisation)).filteredOn(CsvChecks::readAsFormula).isEmpty();
    }

    private static String csv(WebClient browser, String path) throws Exception {
        HttpResponse<byte[]> response = RecordChecks.download(browser, path);
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Every cell, the header's included. */
    static List<String> cells(String csv) throws Exception {
        List<String> cells = new ArrayList<>();
        for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv))) {
            record.forEach(cells::add);
        }
        return cells;
    }

    /** Whether a spreadsheet would read the cell as a formula. */
    static boolean readAsFormula(String cell) {
        String visible = cell.stripLeading();
        return !visible.isEmpty() && "=+-@".indexOf(visible.charAt(0)) >= 0 || cell.startsWith("\t") || cell.startsWith("\r");
    }
}
