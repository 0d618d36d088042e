package org.commonground.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The learning platform (an LMS) for the LTI checks, as IMS LTI 1.3 and Advantage
 * describe one: its own RSA key (made here), its key set served on loopback, a token
 * address that issues access tokens, and line items whose score addresses record what
 * they receive (and can be told to fail). Started once for the test JVM, on a free port.
 */
final class LtiPlatformDouble {

    /** One request the platform received. */
    record Received(String path, String contentType, String authorization, String body, int answered) {
    }

    private static LtiPlatformDouble started;

    final RSAKey key;
    final HttpServer server;
    final ConcurrentLinkedQueue<Received> tokenRequests = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Received> scores = new ConcurrentLinkedQueue<>();
    final AtomicInteger jwksFetches = new AtomicInteger();
    private final AtomicInteger scoreFailures = new AtomicInteger();
    private final AtomicInteger tokens = new AtomicInteger();

    private LtiPlatformDouble() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID("lms-key-1").generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "lti-platform-double");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/jwks", exchange -> {
            jwksFetches.incrementAndGet();
            answer(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString());
        });
        server.createContext("/token", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            tokenRequests.add(new Received("/token", exchange.getRequestHeaders().getFirst("Content-Type"), null, body, 200));
            answer(exchange, 200, "application/json", "{\"access_token\":\"lms-token-" + tokens.incrementAndGet()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"https://purl.imsglobal.org/spec/lti-ags/scope/score\"}");
        });
        server.createContext("/lineitems/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = scoreFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 200;
            scores.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), body, status));
            answer(exchange, status, "application/json", "{}");
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    static synchronized LtiPlatformDouble get() {
        if (started == null) {
            try {
                started = new LtiPlatformDouble();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return started;
    }

    String address(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next {@code count} scores sent are refused with 503, as a platform that is down. */
    void failNextScores(int count) {
        scoreFailures.set(count);
    }

    List<Received> scoresTo(String lineItemPath) {
        return scores.stream().filter(r -> r.path().equals(lineItemPath + "/scores")).toList();
    }

    String sign(JWTClaimsSet claims) {
        return sign(key, claims);
    }

    static String sign(RSAKey with, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
