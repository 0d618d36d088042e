package org.commonground.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonground.organisation.control.PeopleCsv.Outcome;
import org.commonground.organisation.control.PeopleCsv.Row;
import org.junit.jupiter.api.Test;

class PeopleCsvTest {

    private static final PeopleCsv.Known KNOWN = new PeopleCsv.Known(Map.of("outreach", "team-1"),
            typed -> typed.equalsIgnoreCase("Support staff") ? Optional.of("support_staff") : Optional.empty(),
            Map.of("sam@example.org", 7L), Set.of("kim@example.org"));

    @Test
    void aMemberIsPlacedAndAStrangerInvitedWithTheHeaderSkipped() {
        List<Row> rows = PeopleCsv.read("name,email,team,staff group\n"
                + "Sam Brook,SAM@example.org,Outreach,Support staff\n"
                + "Ola Nowak,ola@example.org,outreach,\n", KNOWN);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).extracting(Row::line, Row::outcome, Row::membershipId, Row::teamUuid, Row::staffGroup)
                .containsExactly(2, Outcome.PLACE, 7L, "team-1", "support_staff");
        assertThat(rows.get(1)).extracting(Row::outcome, Row::membershipId, Row::teamUuid, Row::staffGroup)
                .containsExactly(Outcome.INVITE, null, "team-1", null);
    }

    @Test
    void eachProblemIsNamedOnItsRow() {
        List<Row> rows = PeopleCsv.read("Sam Brook,sam@example.org,Nowhere,\n"
                + ",someone@example.org,,\n"
                + "Kit,not-an-address,,\n"
                + "Kit Again,sam@example.org,,\n"
                + "Lee,lee@example.org,,Astronaut\n"
                + "\"Unclosed,lee2@example.org\n", KNOWN);

        assertThat(rows).allMatch(r -> !r.ok());
        assertThat(rows.get(0).problem()).contains("no team called \"Nowhere\"");
        assertThat(rows.get(1).problem()).isEqualTo("Add the person's name.");
        assertThat(rows.get(2).problem()).contains("\"not-an-address\" is not an email address");
        assertThat(rows.get(3).problem()).contains("earlier row");
        assertThat(rows.get(4).problem()).contains("\"Astronaut\" is not a staff group");
        assertThat(rows.get(5).problem()).contains("could not be read as CSV");
    }

    @Test
    void aFileThatIsNotCsvIsOneClearProblem() {
        List<Row> rows = PeopleCsv.read("Sam,\"sam@example.org\n", KNOWN);

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.problem()).contains("could not be read"));
    }

    @Test
    void someoneInvitedAlreadyIsNotInvitedAgainAndTheRowSaysSo() {
        List<Row> rows = PeopleCsv.read("Kim Lau,KIM@example.org,Outreach,\n", KNOWN);

        assertThat(rows).singleElement().extracting(Row::outcome, Row::ok).containsExactly(Outcome.INVITED, false);
    }
}
