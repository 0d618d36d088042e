package org.commonground.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.RemoteKeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.concurrent.ConcurrentHashMap;
import org.commonground.identity.control.TokenRefused;

/**
 * Checks a launch token (the OIDC ID token a platform posts to the launch address)
 * with Nimbus: its RS256 signature against the platform's published keys (fetched
 * from its JWKS address, kept for a while, and fetched again when a token names a key
 * not yet known), the issuer, our client id among the audiences (and as {@code azp}
 * when there are several), expiry and issue time by the platform clock, and the nonce
 * of the login it answers.
 */
@ApplicationScoped
public class LaunchVerifier {

    static final int TIMEOUT_MILLIS = 5000;
    private static final int MAX_SKEW_SECONDS = 60;

    @Inject
    Clock clock;

    private final Map<String, JWKSource<SecurityContext>> keySources = new ConcurrentHashMap<>();

    public JWTClaimsSet verify(String idToken, String issuer, String clientId, String jwksUrl, String nonce) throws TokenRefused {
        if (idToken == null || idToken.isBlank()) {
            throw new TokenRefused("lti.refused.malformed", "no id_token", null);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys(jwksUrl)));
        processor.setJWTClaimsSetVerifier(new ClaimsVerifier(issuer, clientId, nonce, clock));
        try {
            return processor.process(idToken, null);
        } catch (ParseException e) {
            throw new TokenRefused("lti.refused.malformed", e.getMessage(), e);
        } catch (RemoteKeySourceException e) {
            throw new TokenRefused("lti.refused.keysUnavailable", e.getMessage(), e);
        } catch (BadJWTException e) {
            String message = String.valueOf(e.getMessage());
            String reason = message.contains("xpired") || message.contains("iat") || message.contains("issue time")
                    ? "lti.refused.expired"
                    : message.contains("audience") || message.contains("azp") ? "lti.refused.audience"
                            : message.contains("nonce") ? "lti.refused.nonce" : "lti.refused.invalid";
            throw new TokenRefused(reason, message, e);
        } catch (BadJWSException e) {
            throw new TokenRefused("lti.refused.signature", e.getMessage(), e);
        } catch (BadJOSEException e) {
            // No key of the platform's matches the token's (after fetching the keys again).
            throw new TokenRefused("lti.refused.signature", e.getMessage(), e);
        } catch (JOSEException e) {
            throw new TokenRefused("lti.refused.invalid", e.getMessage(), e);
        }
    }

    private JWKSource<SecurityContext> keys(String jwksUrl) {
        return keySources.computeIfAbsent(jwksUrl, url -> {
            try {
                return JWKSourceBuilder.<SecurityContext>create(URI.create(url).toURL(),
                        new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, 512 * 1024)).retrying(false).build();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(e);
            }
        });
    }

    /** The standard claims, checked against the platform clock (a test of time moves it). */
    static final class ClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {

        private final Clock clock;
        private final String clientId;

        ClaimsVerifier(String issuer, String clientId, String nonce, Clock clock) {
            // Mutable sets: Nimbus asks them whether they contain null, which Set.of answers with an exception.
            super(new HashSet<>(List.of(clientId)), new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build(),
                    new HashSet<>(List.of("sub", "exp", "iat", "nonce")), null);
            this.clock = clock;
            this.clientId = clientId;
            setMaxClockSkew(MAX_SKEW_SECONDS);
        }

        @Override
        protected Date currentTime() {
            return Date.from(clock.instant());
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            super.verify(claims, context);
            Object azp = claims.getClaim("azp");
            List<String> audience = claims.getAudience();
            if ((audience.size() > 1 && azp == null) || (azp != null && !clientId.equals(azp.toString()))) {
                throw new BadJWTException("The azp claim is not our client id");
            }
            if (claims.getIssueTime().toInstant().isAfter(clock.instant().plusSeconds(MAX_SKEW_SECONDS))) {
                throw new BadJWTException("JWT issue time is in the future");
            }
        }
    }
}
