package org.commonground.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonground.identity.control.OidcProviders.Provider;

/**
 * The authorisation code flow with PKCE (S256) against one provider, with Nimbus
 * OAuth 2.0 SDK: the address to send the browser to, and, when it comes back, the
 * code exchanged for tokens and the ID token validated (signature by the provider's
 * keys, issuer, audience, expiry, nonce). What the flow needs to remember between
 * the two ({@link Pending}) is kept by the caller on the server, and used once.
 */
@ApplicationScoped
public class OpenIdConnect {

    private static final Logger LOG = Logger.getLogger(OpenIdConnect.class.getName());
    /** How long a person may take at the provider before the sign-in must start again. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

    @Inject
    OidcProviders providers;

    @Inject
    Clock clock;

    /** One sign-in on its way through the provider: never sent to the browser except the state and nonce. */
    public record Pending(String providerId, String state, String nonce, String codeVerifier, String returnTo,
            Instant startedAt) implements Serializable {
    }

    /** What a validated ID token says about the person. */
    public record Claimed(String issuer, String subject, String email, boolean emailVerified, String name,
            String organisation, String staffGroup) implements Serializable {
    }

    /** A new pending sign-in and the provider's address to send the browser to. */
    public record Start(Pending pending, URI location) {
    }

    public Start start(Provider provider, URI redirectUri, String returnTo) throws TokenRefused {
        OIDCProviderMetadata meta = metadata(provider);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI location = new AuthenticationRequest.Builder(new ResponseType(ResponseType.Value.CODE), provider.scopes(),
                provider.clientId(), redirectUri)
                .endpointURI(meta.getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
        return new Start(new Pending(provider.id(), state.getValue(), nonce.getValue(), verifier.getValue(), returnTo,
                clock.instant()), location);
    }

    /**
     * Completes a sign-in: {@code callback} is the full address the provider sent the
     * browser back to; {@code pending} the one remembered for its state (already taken,
     * so it cannot be used twice).
     */
    public Claimed finish(Provider provider, Pending pending, URI callback, URI redirectUri) throws TokenRefused {
        if (pending.startedAt().plus(PENDING_LIFETIME).isBefore(clock.instant())) {
            throw new TokenRefused("expired", "the sign-in took too long", null);
        }
        AuthenticationResponse response;
        try {
            response = AuthenticationResponseParser.parse(callback);
        } catch (ParseException e) {
            throw new TokenRefused("failed", "unreadable callback", e);
        }
        if (response.getState() == null || !response.getState().getValue().equals(pending.state())) {
            throw new TokenRefused("failed", "state does not match", null);
        }
        if (response instanceof AuthenticationErrorResponse error) {
            throw new TokenRefused("cancelled", "provider answered " + error.getErrorObject().getCode(), null);
        }
        AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            throw new TokenRefused("failed", "no authorisation code", null);
        }
        OIDCProviderMetadata meta = metadata(provider);
        TokenRequest request = new TokenRequest(meta.getTokenEndpointURI(), authentication(provider, meta),
                new AuthorizationCodeGrant(code, redirectUri, new CodeVerifier(pending.codeVerifier())));
        JWT idToken;
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(OidcProviders.TIMEOUT_MILLIS);
            http.setReadTimeout(OidcProviders.READ_TIMEOUT_MILLIS);
            TokenResponse tokens = OIDCTokenResponseParser.parse(http.send());
            if (!tokens.indicatesSuccess()) {
                throw new TokenRefused("failed", "token request refused: " + tokens.toErrorResponse().getErrorObject().getCode(), null);
            }
            idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
        } catch (IOException | ParseException | ClassCastException e) {
            throw new TokenRefused("failed", "token request failed", e);
        }
        if (idToken == null) {
            throw new TokenRefused("failed", "no ID token", null);
        }
        IDTokenClaimsSet claims;
        try {
            claims = providers.validator(provider).validate(idToken, new Nonce(pending.nonce()));
        } catch (BadJOSEException | JOSEException | GeneralException | IOException e) {
            throw new TokenRefused("failed", "ID token refused", e);
        }
        return new Claimed(claims.getIssuer().getValue(), claims.getSubject().getValue(),
                text(claims.getClaim(provider.emailClaim())), Boolean.TRUE.equals(claims.getBooleanClaim("email_verified")),
                name(claims, provider), text(claims.getClaim(provider.organisationClaim())),
                text(claims.getClaim(provider.staffGroupClaim())));
    }

    private static ClientAuthentication authentication(Provider provider, OIDCProviderMetadata meta) {
        List<ClientAuthenticationMethod> methods = meta.getTokenEndpointAuthMethods();
        boolean basic = methods == null || methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        return basic ? new ClientSecretBasic(provider.clientId(), provider.secret())
                : new ClientSecretPost(provider.clientId(), provider.secret());
    }

    private static String name(IDTokenClaimsSet claims, Provider provider) {
        String name = text(claims.getClaim(provider.nameClaim()));
        if (name == null) {
            String given = text(claims.getClaim("given_name"));
            String family = text(claims.getClaim("family_name"));
            name = given == null && family == null ? null : ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        }
        return name;
    }

    /** A claim as text: a string, or the first of a list (a groups claim). */
    private static String text(Object claim) {
        Object value = claim instanceof List<?> list && !list.isEmpty() ? list.get(0) : claim;
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private OIDCProviderMetadata metadata(Provider provider) throws TokenRefused {
        try {
            return providers.metadata(provider);
        } catch (GeneralException | IOException e) {
            LOG.log(Level.WARNING, "Cannot read the discovery document of {0}: {1}",
                    new Object[] {provider.issuer(), e.getMessage()});
            throw new TokenRefused("unavailable", "discovery failed", e);
        }
    }
}
