package org.commonground.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OidcProvidersTest {

    private static OidcProviders.Provider provider(Map<String, String> map) {
        return new OidcProviders.Provider("entra", "Entra", new Issuer("https://login.example/tenant/v2.0"),
                new ClientID("client"), new Secret("secret"), Scope.parse("openid email"), "email", "name", "tid",
                "roles", map);
    }

    @Test
    void withoutAMapTheClaimNamesTheOrganisationItself() {
        assertThat(provider(Map.of()).organisationFor("3f1c")).contains("3f1c");
        assertThat(provider(Map.of()).organisationFor(" ")).isEmpty();
        assertThat(provider(Map.of()).organisationFor(null)).isEmpty();
    }

    @Test
    void withAMapOnlyItsValuesPlaceAnyone() {
        OidcProviders.Provider mapped = provider(Map.of("tenant-a", "org-a"));
        assertThat(mapped.organisationFor("tenant-a")).contains("org-a");
        assertThat(mapped.organisationFor("org-a")).as("an organisation id is not a claim value").isEmpty();
        assertThat(mapped.organisationFor("tenant-b")).isEmpty();
    }
}
