package org.commonground.lti.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchClaimsTest {

    private static final String MODULE = "59d74b2f-f608-4dc2-95da-075464c1847f";

    private static JWTClaimsSet.Builder resourceLink() {
        return new JWTClaimsSet.Builder().subject("user-1").claim("email", "a@b.test").claim("given_name", "Ada")
                .claim("family_name", "Lovelace")
                .claim(LaunchClaims.LTI + "message_type", "LtiResourceLinkRequest")
                .claim(LaunchClaims.LTI + "version", "1.3.0")
                .claim(LaunchClaims.LTI + "deployment_id", "d1")
                .claim(LaunchClaims.LTI + "target_link_uri", "https://tool.test/lti/module/" + MODULE)
                .claim(LaunchClaims.LTI + "resource_link", Map.of("id", "rl-1"))
                .claim(LaunchClaims.AGS + "endpoint", Map.of("lineitem", "https://lms.test/li/3",
                        "scope", List.of(LaunchClaims.SCORE_SCOPE)));
    }

    @Test
    void aResourceLinkLaunchNamesItsModuleByTheTargetLinkOrTheCustomParameter() throws Exception {
        LaunchClaims claims = LaunchClaims.of(resourceLink().build());
        assertThat(claims.problem()).isEmpty();
        assertThat(claims.moduleUuid()).contains(MODULE);
        assertThat(claims.name()).isEqualTo("Ada Lovelace");
        assertThat(claims.scoredLineItem()).contains("https://lms.test/li/3");

        String other = "6a3098dd-6a13-4100-960c-2e863273f99e";
        LaunchClaims custom = LaunchClaims.of(resourceLink().claim(LaunchClaims.LTI + "target_link_uri", "https://tool.test/lti/launch")
                .claim(LaunchClaims.LTI + "custom", Map.of("module", other.toUpperCase())).build());
        assertThat(custom.moduleUuid()).contains(other);

        LaunchClaims none = LaunchClaims.of(resourceLink().claim(LaunchClaims.LTI + "target_link_uri", "https://tool.test/").build());
        assertThat(none.problem()).contains("lti.refused.noModule");
    }

    @Test
    void scoresGoBackOnlyWhenThePlatformGrantsTheScoreScope() throws Exception {
        LaunchClaims readOnly = LaunchClaims.of(resourceLink().claim(LaunchClaims.AGS + "endpoint", Map.of("lineitem",
                "https://lms.test/li/3", "scope", List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly")))
                .build());
        assertThat(readOnly.scoredLineItem()).isEmpty();
    }

    @Test
    void theVersionTheDeploymentThePersonAndTheMessageTypeAreRequired() throws Exception {
        assertThat(LaunchClaims.of(resourceLink().claim(LaunchClaims.LTI + "version", "1.1").build()).problem())
                .contains("lti.refused.version");
        assertThat(LaunchClaims.of(resourceLink().claim(LaunchClaims.LTI + "deployment_id", null).build()).problem())
                .contains("lti.refused.deployment");
        assertThat(LaunchClaims.of(resourceLink().subject(null).build()).problem()).contains("lti.refused.anonymous");
        assertThat(LaunchClaims.of(resourceLink().claim(LaunchClaims.LTI + "message_type", "LtiSubmissionReviewRequest")
                .build()).problem()).contains("lti.refused.messageType");
    }

    @Test
    void aDeepLinkingRequestNeedsAReturnAddressAndAcceptsResourceLinks() throws Exception {
        JWTClaimsSet.Builder request = resourceLink().claim(LaunchClaims.LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(LaunchClaims.LTI + "resource_link", null)
                .claim(LaunchClaims.DL + "deep_linking_settings", Map.of("deep_link_return_url", "https://lms.test/dl",
                        "accept_types", List.of("ltiResourceLink"), "data", "opaque"));
        LaunchClaims claims = LaunchClaims.of(request.build());
        assertThat(claims.problem()).isEmpty();
        assertThat(claims.isDeepLinking()).isTrue();
        assertThat(claims.deepLinking().acceptLineItem()).isTrue();
        assertThat(claims.deepLinking().data()).isEqualTo("opaque");

        assertThat(LaunchClaims.of(request.claim(LaunchClaims.DL + "deep_linking_settings", Map.of("deep_link_return_url",
                "https://lms.test/dl", "accept_types", List.of("file"))).build()).problem()).contains("lti.refused.notAccepted");
        assertThat(LaunchClaims.of(request.claim(LaunchClaims.DL + "deep_linking_settings", Map.of("deep_link_return_url",
                "javascript:alert(1)", "accept_types", List.of("ltiResourceLink"))).build()).problem())
                .contains("lti.refused.malformed");
    }
}
