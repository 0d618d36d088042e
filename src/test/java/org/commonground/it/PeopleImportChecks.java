package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Adding people from a CSV file when things go wrong between the check and the save: the
 * session ends, Save is pressed twice at once, or the same file is sent again. Nobody is
 * invited twice, and nothing is saved that the manager did not see checked.
 */
abstract class PeopleImportChecks {

    private record Import(Organisations.Setup setup, WebClient admin, People.Person person, String stranger, String csv) {

        WebClient manager() {
            return person.browser();
        }
    }

    /** An organisation, its whole-organisation manager signed in, and a file inviting one stranger to its team. */
    private static Import prepared() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup setup = Organisations.create(admin);
        People.Person manager = Organisations.registerWithCode(setup.code(), "manager");
        Organisations.makeManager(admin, setup.orgUuid(), manager.email(), "");
        People.signIn(manager.browser(), manager.email(), manager.password()); // a new role asks for a fresh sign-in
        String stranger = Server.unique("imported") + "@it.commonground.test";
        String csv = "name,email,team,staff group\nNew Person," + stranger + "," + setup.teamName() + ",\n";
        return new Import(setup, admin, manager, stranger, csv);
    }

    private static WebClient.Page checked(Import run) {
        run.manager().get("organisation/import.xhtml?org=" + run.setup().orgUuid());
        return run.manager().upload("upload", "file", "people.csv", run.csv().getBytes(StandardCharsets.UTF_8), "check");
    }

    private static HttpRequest saveRequest(WebClient.Page report) {
        List<String[]> fields = new ArrayList<>(Learning.baseFields(report, "save"));
        fields.add(new String[] {"save:submit", "Save"});
        return Learning.formRequest(report, "save", fields);
    }

    /** How many invitations the organisation's page lists for this address. */
    private static long invitations(Import run) {
        return Organisations.openOrganisation(run.admin(), run.setup().orgUuid()).select("td").stream()
                .filter(cell -> cell.text().equalsIgnoreCase(run.stranger())).count();
    }

    @Test
    void aCheckedFileSentAfterTheSessionEndedSavesNothingAndAsksForAFreshCheck() throws Exception {
        Import run = prepared();
        WebClient.Page report = checked(run);
        assertThat(report.text("#reportSummary")).startsWith("1 of 1 rows can be saved");
        List<String[]> token = new ArrayList<>();
        token.add(new String[] {"token", report.document().select("#signOut input[name=token]").val()});
        HttpResponse<String> out = run.manager().http().send(Learning.formRequest(report, "signOut", token),
                HttpResponse.BodyHandlers.ofString());
        assertThat(out.headers().firstValue("Location").orElse("")).contains("signedOut=true");

        HttpResponse<String> sent = run.manager().http().send(saveRequest(report), HttpResponse.BodyHandlers.ofString());

        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(invitations(run)).as("nothing saved while signed out").isZero();
        run.manager().get(report.uri().resolve(sent.headers().firstValue("Location").orElseThrow()));
        assertThat(run.manager().page().text("h1")).isEqualTo("Sign in");
        WebClient.Page back = run.manager().submit("signIn", Map.of("email", run.person().email(), "password", run.person().password()), "submit");
        assertThat(back.path()).endsWith("/organisation/import.xhtml");
        assertThat(back.text(".messages")).contains("check and send again");
        assertThat(back.select("#save")).as("no save button without a fresh check").isEmpty();
        assertThat(invitations(run)).isZero();
    }

    @Test
    void saveSentTwiceAtOnceOrTheSameFileAgainInvitesOnce() throws Exception {
        Import run = prepared();
        WebClient.Page report = checked(run);
        assertThat(report.text("#reportSummary")).startsWith("1 of 1 rows can be saved");
        HttpRequest save = saveRequest(report);

        CompletableFuture<HttpResponse<String>> one = run.manager().http().sendAsync(save, HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> two = run.manager().http().sendAsync(save, HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(one.join().statusCode(), two.join().statusCode())).doesNotContain(500);
        assertThat(invitations(run)).isEqualTo(1);
        assertThat(Mailbox.await(run.stranger(), "You are invited")).isNotNull();
        WebClient.Page again = checked(run);
        assertThat(again.text("#reportTable")).contains("Not sent again: this person was invited earlier");
        assertThat(again.text("#reportSummary")).startsWith("0 of 1 rows can be saved");
        assertThat(invitations(run)).isEqualTo(1);
    }
}
