package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The completions CSV for a trust's HR or learning system: its layout, its values against the team page, and who may
 * have it (the organisation's managers by the same check as every organisation page, which ManagerChecks covers).
 */
abstract class CompletionExportChecks {

    private static final List<String> HEADER = List.of("person_identifier", "person_name", "module_code", "module_title",
            "completion_date", "expiry_date", "status", "current");

    @Test
    void eachCompletionIsALineWithTheTeamPagesStatusAndDateAndNoCellReadsAsAFormula() throws Exception {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = ManagerChecks.withAssignment(admin);
        String formula = "=HYPERLINK(\"http://x.example\") " + Server.unique("n");
        String email = Server.unique("done") + "@it.commonground.test";
        WebClient done = new WebClient();
        done.get("register.xhtml?code=" + org.code());
        done.submit("register", Map.of("name", formula, "email", email, "password", People.PASSWORD, "code", org.code(),
                "staffGroup", "frontline_practitioner"), "submit");
        People.Person waiting = Organisations.registerWithCode(org.code(), "support_staff");
        Learning.answerRightly(done);
        WebClient.Page sheet = done.get(Learning.worksheetPath());
        List<String[]> fields = new java.util.ArrayList<>(Learning.baseFields(sheet, "worksheet"));
        fields.add(new String[] {"action", "submit"});
        Learning.post(done, sheet, "worksheet", fields);

        assertThat(admin.get("organisation/overview.xhtml?org=" + org.orgUuid()).select("#exportCompletions").attr("href"))
                .endsWith("/organisation/completions?org=" + org.orgUuid());
        HttpResponse<byte[]> response = RecordChecks.download(admin, "organisation/completions?org=" + org.orgUuid());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String csv = new String(response.body(), StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
        assertThat(records.get(0).toList()).isEqualTo(HEADER);
        assertThat(records).hasSize(2).as("one completion; the member who has not finished has no line");
        CSVRecord line = records.get(1);
        assertThat(line.get(0)).isEqualTo(email);
        assertThat(line.get(1)).isEqualTo("'" + formula);
        assertThat(line.get(2)).isEqualTo("it-journey");
        assertThat(line.get(3)).isEqualTo("Journey test module");
        assertThat(line.get(5)).as("no renewal period, so no expiry").isEmpty();
        assertThat(csv).doesNotContain(waiting.email());

        // Nobody but the organisation's managers and administrators: not a member, nor a signed-out visitor.
        String path = "organisation/completions?org=" + org.orgUuid();
        assertThat(waiting.browser().download(path).statusCode()).as("a member").isEqualTo(403);
        HttpResponse<byte[]> signedOut = new WebClient().download(path);
        assertThat(signedOut.headers().firstValue("Content-Type").orElse("")).as("signed out").doesNotStartWith("text/csv");
        assertThat(new String(signedOut.body(), StandardCharsets.UTF_8)).doesNotContain(email);
        assertThat(admin.download("organisation/completions?org=no-such-organisation").statusCode()).isEqualTo(404);
        assertThat(CsvChecks.cells(csv)).filteredOn(CsvChecks::readAsFormula).isEmpty();

        // The same status and completion day as the team page shows for that person and module.
        WebClient.Page grid = admin.get("organisation/dashboard.xhtml?team=" + org.teamUuid());
        Element row = grid.select("#grid tbody tr").stream().filter(r -> r.text().contains(formula)).findFirst().orElseThrow();
        String cell = row.select("td:not(.grid-person)").text();
        assertThat(cell).startsWith(line.get(6));
        assertThat(line.get(6)).isEqualTo("Complete");
        assertThat(line.get(7)).isEqualTo("yes");
        assertThat(cell).contains(LocalDate.parse(line.get(4)).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    }
}
