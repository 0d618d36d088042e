package org.commonground.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends one score to a platform (LTI Assignment and Grade Services 2.0): an access
 * token from the platform's token address (OAuth 2 client credentials, the client
 * authenticated by a JWT signed with the tool's key, scope "score"), kept until shortly
 * before it expires, then the score POSTed as {@code application/vnd.ims.lis.v1.score+json}
 * to the line item's {@code /scores} address. Answers the error, or empty when the
 * platform took it.
 */
@ApplicationScoped
public class ScoreSender {

    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";
    private static final int TIMEOUT_MILLIS = 10000;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(TIMEOUT_MILLIS)).build();
    private final Map<String, Held> tokens = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    private record Held(AccessToken token, Instant until) {
    }

    /** One score waiting on a link, with the platform's token address and our client id there. */
    public record Score(long linkId, String tokenUrl, String clientId, String lineItem, String userId, double given,
            double maximum, String activity, String grading, Instant scoredAt) {
    }

    public Optional<String> send(Score due, RSAKey toolKey) {
        String key = due.tokenUrl() + " " + due.clientId();
        try {
            Held held = tokens.get(key);
            if (held == null || held.until().isBefore(clock.instant())) {
                held = token(due, toolKey);
                tokens.put(key, held);
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(scoresUri(due.lineItem()))
                    .timeout(Duration.ofMillis(TIMEOUT_MILLIS)).header("Content-Type", SCORE_TYPE)
                    .header("Authorization", "Bearer " + held.token().getValue())
                    .POST(HttpRequest.BodyPublishers.ofString(body(due))).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 401) {
                tokens.remove(key);
            }
            return response.statusCode() / 100 == 2 ? Optional.empty()
                    : Optional.of("the score address answered " + response.statusCode());
        } catch (IOException | JOSEException | ParseException | RuntimeException e) {
            return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private Held token(Score due, RSAKey toolKey) throws JOSEException, IOException, ParseException {
        URI tokenUri = URI.create(due.tokenUrl());
        ClientID client = new ClientID(due.clientId());
        PrivateKeyJWT assertion = new PrivateKeyJWT(client, tokenUri, JWSAlgorithm.RS256, toolKey.toRSAPrivateKey(),
                toolKey.getKeyID(), null);
        HTTPRequest request = new TokenRequest(tokenUri, assertion, new ClientCredentialsGrant(),
                new Scope(LaunchClaims.SCORE_SCOPE)).toHTTPRequest();
        request.setConnectTimeout(TIMEOUT_MILLIS);
        request.setReadTimeout(TIMEOUT_MILLIS);
        TokenResponse response = TokenResponse.parse(request.send());
        if (!response.indicatesSuccess()) {
            throw new IOException("the token address refused: " + response.toErrorResponse().getErrorObject());
        }
        AccessToken token = ((AccessTokenResponse) response).getTokens().getAccessToken();
        long lifetime = token.getLifetime() > 0 ? token.getLifetime() : 300;
        return new Held(token, clock.instant().plusSeconds(Math.max(0, lifetime - 30)));
    }

    /** The line item's scores address: "/scores" after its path, before any query. */
    static URI scoresUri(String lineItem) {
        URI uri = URI.create(lineItem);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String scores = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores";
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + scores
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** The score as AGS writes it. */
    static String body(Score due) {
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("userId", due.userId());
        score.put("scoreGiven", due.given());
        score.put("scoreMaximum", due.maximum());
        score.put("activityProgress", due.activity());
        score.put("gradingProgress", due.grading());
        score.put("timestamp", DateTimeFormatter.ISO_INSTANT.format(due.scoredAt().truncatedTo(ChronoUnit.MILLIS)));
        return JSONObjectUtils.toJSONString(score);
    }
}
