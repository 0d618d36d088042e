package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Sessions: never taken from the address, and Faces actions only on POST. */
abstract class SessionChecks {

    @Test
    void aFacesActionNeverRunsOnGet() {
        People.Person person = People.newLearner();
        WebClient.Page record = person.browser().get("learn/record.xhtml");
        String query = Learning.baseFields(record, "erase").stream()
                .map(f -> f[0] + "=" + URLEncoder.encode(f[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"))
                + "&erase%3Asubmit=x";

        WebClient.Page page = person.browser().get("learn/record.xhtml?" + query);

        assertThat(page.status()).isEqualTo(400);
        ErrorPageChecks.assertNoInternals(page);
        assertThat(person.browser().get("learn/record.xhtml").select("#erasurePending")).as("nothing was asked").isEmpty();
    }

    @Test
    void theSessionIdIsNeverTakenFromTheAddress() {
        People.Person person = People.newLearner();
        String id = person.browser().cookie("CGSESSION").orElseThrow().getValue();

        for (String parameter : new String[] {";jsessionid=", ";CGSESSION="}) {
            WebClient.Page page = new WebClient().get("learn/index.xhtml" + parameter + id);
            assertThat(page.status()).as(parameter).isIn(400, 200);
            assertThat(page.body()).as(parameter).doesNotContain("My learning").doesNotContain(person.name());
        }
    }
}
