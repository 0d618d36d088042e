package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every area checks who may see it. */
abstract class AccessChecks {

    @ParameterizedTest
    @ValueSource(strings = {"learn/index.xhtml", "account/index.xhtml", "content/index.xhtml",
            "manage/index.xhtml", "admin/index.xhtml", "home.xhtml"})
    void signedOutVisitorIsSentToSignIn(String page) {
        WebClient.Page response = new WebClient().get(page);

        assertThat(response.text("h1")).isEqualTo("Sign in");
        assertThat(response.document().getElementById("signIn:returnTo").val()).endsWith("/" + page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"content/index.xhtml", "manage/index.xhtml", "admin/index.xhtml"})
    void learnerGetsAFriendlyForbiddenPage(String page) {
        WebClient.Page response = People.newLearner().browser().get(page);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.text("h1")).isEqualTo("You cannot see this page");
        ErrorPageChecks.assertNoInternals(response);
    }

    @Test
    void administratorReachesAdministration() {
        WebClient.Page response = People.firstAdmin().get("admin/index.xhtml");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.text("h1")).isEqualTo("Administration");
    }
}
