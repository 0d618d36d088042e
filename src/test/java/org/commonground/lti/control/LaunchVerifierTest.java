package org.commonground.lti.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchVerifierTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final LaunchVerifier.ClaimsVerifier VERIFIER = new LaunchVerifier.ClaimsVerifier("https://lms.test",
            "client-1", "nonce-1", Clock.fixed(NOW, ZoneOffset.UTC));

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer("https://lms.test").audience("client-1").subject("u1")
                .issueTime(Date.from(NOW.minusSeconds(10))).expirationTime(Date.from(NOW.plusSeconds(300)))
                .claim("nonce", "nonce-1");
    }

    @Test
    void theClaimsAreCheckedByThePlatformClock() {
        assertThatCode(() -> VERIFIER.verify(claims().build(), null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> VERIFIER.verify(claims().expirationTime(Date.from(NOW.minusSeconds(120))).build(), null))
                .isInstanceOf(BadJWTException.class).hasMessageContaining("xpired");
        assertThatThrownBy(() -> VERIFIER.verify(claims().issueTime(Date.from(NOW.plusSeconds(600))).build(), null))
                .isInstanceOf(BadJWTException.class);
    }

    @Test
    void theAudienceTheAuthorisedPartyTheIssuerAndTheNonceMustBeOurs() {
        assertThatThrownBy(() -> VERIFIER.verify(claims().audience("another").build(), null))
                .hasMessageContaining("audience");
        assertThatThrownBy(() -> VERIFIER.verify(claims().audience(List.of("client-1", "another")).build(), null))
                .hasMessageContaining("azp");
        assertThatCode(() -> VERIFIER.verify(claims().audience(List.of("client-1", "another")).claim("azp", "client-1")
                .build(), null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> VERIFIER.verify(claims().issuer("https://elsewhere.test").build(), null))
                .isInstanceOf(BadJWTException.class);
        assertThatThrownBy(() -> VERIFIER.verify(claims().claim("nonce", "other").build(), null))
                .hasMessageContaining("nonce");
    }
}
