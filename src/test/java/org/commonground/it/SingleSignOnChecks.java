package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import java.util.concurrent.ConcurrentLinkedQueue;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * Sign-in through an OpenID Connect provider, against a real one
 * (mock-oauth2-server) started on loopback at the port the server under test was
 * configured with ({@code it.oidc.port} in the pom): a new person, the same person
 * again, linking to an existing account only after its password, the tokens and
 * callbacks that must be refused, an organisation that requires single sign-on, the
 * provider's sign-out, and the button in a real browser.
 */
abstract class SingleSignOnChecks {

    private static final String ISSUER_ID = "loopback";
    private static final String CLIENT_ID = "common-ground";
    private static final int PORT = Integer.parseInt(System.getProperty("commonground.it.oidc.port", "39181"));
    private static final CraftedTokens CRAFTED = new CraftedTokens();
    private static MockOAuth2Server provider;

    /**
     * The suite's provider, started on first use (and asked for its discovery document
     * once, so a cold start is not what the platform's first request meets) and stopped
     * with the test JVM.
     */
    static synchronized MockOAuth2Server provider() {
        if (provider == null) {
            MockOAuth2Server started = new MockOAuth2Server(CRAFTED);
            started.start(PORT);
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
            try {
                HttpResponse<String> discovery = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        started.wellKnownUrl(ISSUER_ID).uri()).timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(discovery.body()).contains(issuer());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            provider = started;
        }
        return provider;
    }

    /**
     * The provider's token endpoint answers with the next ID token queued here, when
     * there is one (the tokens a real provider must never give: another key's, another
     * audience's, an expired one, another nonce's); otherwise the provider answers itself.
     */
    static final class CraftedTokens implements Route {

        private final ConcurrentLinkedQueue<String> idTokens = new ConcurrentLinkedQueue<>();

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return request.getUrl().encodedPath().endsWith("/token") && !idTokens.isEmpty();
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String body = "{\"access_token\":\"at-" + Server.unique("") + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                    + "\"id_token\":\"" + idTokens.remove() + "\"}";
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), 200, body, null);
        }
    }

    private static String issuer() {
        return "http://localhost:" + PORT + "/" + ISSUER_ID;
    }

    /** The provider will answer the next sign-in with this person. */
    private static void nextPerson(String subject, Map<String, Object> claims) {
        provider().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, JOSEObjectType.JWT.getType(),
                List.of(CLIENT_ID), claims, 3600));
    }

    private static Map<String, Object> person(String email, String name) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("email", email);
        claims.put("email_verified", true);
        claims.put("name", name);
        return claims;
    }

    private static boolean signedIn(WebClient browser) {
        return browser.get("learn/index.xhtml").document().getElementById("signIn") == null;
    }

    @Test
    void aNewPersonGetsAnAccountAndTheOrganisationTheClaimsNameAndIsTheSamePersonNextTime() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup setup = Organisations.create(admin);
        String subject = Server.unique("subject-");
        String email = Server.unique("sso") + "@it.commonground.test";
        String name = Server.unique("Sso Person ");
        Map<String, Object> claims = person(email, name);
        claims.put("org", setup.orgUuid());
        claims.put("staff_group", "Support staff");
        nextPerson(subject, claims);

        WebClient browser = new WebClient();
        long began = System.nanoTime();
        WebClient.Page page = browser.get("sso/loopback/start");
        long millis = Duration.ofNanos(System.nanoTime() - began).toMillis();
        System.out.println("Sign-in through the provider, start to signed-in page (client time): " + millis + " ms");

        assertThat(page.path()).as(page.text("main")).endsWith("/learn/index.xhtml");
        assertThat(page.body()).contains(name);
        WebClient.Page organisation = Organisations.openOrganisation(admin, setup.orgUuid());
        assertThat(organisation.text("#memberTable")).as("a member, in the staff group the claim named")
                .contains(name).contains(email).contains("Support staff");

        nextPerson(subject, person(email, name));
        WebClient again = new WebClient();
        page = again.get("sso/loopback/start");
        assertThat(page.path()).as("the same identity is the same account, with no linking asked")
                .endsWith("/learn/index.xhtml");
        assertThat(page.body()).contains(name);
        assertThat(Organisations.openOrganisation(admin, setup.orgUuid()).select("#memberTable tbody tr").stream()
                .filter(r -> r.text().contains(email)).count()).as("one membership, not two").isEqualTo(1);
    }

    @Test
    void anExistingAccountIsLinkedOnlyAfterItsPasswordIsGiven() {
        People.Person learner = People.newLearner();
        String subject = Server.unique("subject-");

        nextPerson(subject, person(learner.email(), "Someone Claiming"));
        WebClient browser = new WebClient();
        WebClient.Page page = browser.get("sso/loopback/start");
        assertThat(page.path()).endsWith("/link-account.xhtml");
        assertThat(page.text("#why")).contains(learner.email());
        assertThat(signedIn(browser)).as("the email claim alone signs nobody in").isFalse();

        nextPerson(subject, person(learner.email(), "Someone Claiming"));
        browser = new WebClient();
        page = browser.get("sso/loopback/start");
        assertThat(page.path()).as("and links nothing: the next sign-in asks again").endsWith("/link-account.xhtml");
        page = browser.submit("link", Map.of("password", "not the password at all"), "submit");
        assertThat(page.text("#link\\:passwordError")).contains("not the password");
        assertThat(signedIn(browser)).isFalse();

        page = browser.get("link-account.xhtml");
        page = browser.submit("link", Map.of("password", learner.password()), "submit");
        assertThat(page.path()).endsWith("/learn/index.xhtml");
        assertThat(page.body()).contains(learner.name());

        nextPerson(subject, person(learner.email(), "Someone Claiming"));
        page = new WebClient().get("sso/loopback/start");
        assertThat(page.path()).as("linked now: straight in").endsWith("/learn/index.xhtml");
        assertThat(page.body()).contains(learner.name());
    }

    @Test
    void aTokenIsAcceptedOnlyWithTheProvidersSignatureTheAudienceATimeLeftAndTheNonce() throws Exception {
        Flow control = Flow.start();
        HttpResponse<String> accepted = control.callbackWith(providerToken(control.nonce(), CLIENT_ID, Duration.ofHours(1)));
        assertThat(accepted.headers().firstValue("Location").orElse("")).as("a right token crafted the same way signs in")
                .endsWith("/learn/index.xhtml");

        RSAKey otherKey = new RSAKeyGenerator(2048).keyID("not-the-providers").generate();
        Flow forged = Flow.start();
        assertRefused(forged.callbackWith(signed(otherKey, claims(forged.nonce(), CLIENT_ID, Duration.ofHours(1)))));

        Flow audience = Flow.start();
        assertRefused(audience.callbackWith(providerToken(audience.nonce(), "another-client", Duration.ofHours(1))));

        Flow expired = Flow.start();
        assertRefused(expired.callbackWith(providerToken(expired.nonce(), CLIENT_ID, Duration.ofMinutes(-10))));

        Flow nonce = Flow.start();
        assertRefused(nonce.callbackWith(providerToken("not-the-nonce-we-sent", CLIENT_ID, Duration.ofHours(1))));
    }

    @Test
    void aStateWorksOnce() {
        nextPerson(Server.unique("subject-"), person(Server.unique("sso") + "@it.commonground.test", "Once Only"));
        Flow flow = Flow.start();
        HttpResponse<String> atProvider = flow.get(URI.create(flow.location()));
        String callback = atProvider.headers().firstValue("Location").orElseThrow();
        assertThat(callback).contains("/sso/loopback/callback").contains("state=");

        HttpResponse<String> first = flow.get(URI.create(callback));
        assertThat(first.headers().firstValue("Location").orElse("")).endsWith("/learn/index.xhtml");

        HttpResponse<String> replayed = flow.get(URI.create(callback));
        assertThat(replayed.headers().firstValue("Location").orElse("")).endsWith("/sign-in.xhtml?sso=failed");
        HttpResponse<String> elsewhere = Flow.start().get(URI.create(callback));
        assertThat(elsewhere.headers().firstValue("Location").orElse("")).as("nor in another browser")
                .endsWith("/sign-in.xhtml?sso=failed");
    }

    @Test
    void anOrganisationThatRequiresSingleSignOnRefusesItsMembersPasswordsButNotItsLeavers() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup setup = Organisations.create(admin);
        People.Person member = Organisations.registerWithCode(setup.code(), "frontline_practitioner");
        People.Person leaver = Organisations.registerWithCode(setup.code(), "frontline_practitioner");
        WebClient.Page page = Organisations.openOrganisation(admin, setup.orgUuid());
        Organisations.pressHasLeft(admin, page, leaver.name());

        Organisations.openOrganisation(admin, setup.orgUuid());
        page = admin.submit("signIn", Map.of("requireSso", "on"), "submit");
        assertThat(page.text(".messages")).contains("Signing in saved");
        assertThat(page.select("#signIn\\:requireSso").hasAttr("checked")).isTrue();

        WebClient memberBrowser = new WebClient();
        page = People.signIn(memberBrowser, member.email(), member.password());
        assertThat(page.path()).endsWith("/sign-in.xhtml");
        assertThat(page.text(".messages")).contains("Sign in with Loopback");
        assertThat(signedIn(memberBrowser)).isFalse();

        page = People.signIn(new WebClient(), leaver.email(), leaver.password());
        assertThat(page.path()).as("a leaver keeps their password").endsWith("/learn/index.xhtml");

        nextPerson(Server.unique("subject-"), person(member.email(), member.name()));
        page = memberBrowser.get("sso/loopback/start");
        assertThat(page.path()).as("the member links their account once, with its password").endsWith("/link-account.xhtml");
        page = memberBrowser.submit("link", Map.of("password", member.password()), "submit");
        assertThat(page.path()).endsWith("/learn/index.xhtml");
    }

    @Test
    void signingOutEndsTheSessionAndOffersTheProvidersSignOut() {
        nextPerson(Server.unique("subject-"), person(Server.unique("sso") + "@it.commonground.test", "Leaving Soon"));
        WebClient browser = new WebClient();
        WebClient.Page page = browser.get("sso/loopback/start");
        assertThat(page.path()).endsWith("/learn/index.xhtml");

        page = browser.submit("signOut", Map.of(), "submit");
        assertThat(page.path()).endsWith("/sign-in.xhtml");
        assertThat(page.select("#providerSignOut a").attr("href"))
                .startsWith(provider().endSessionEndpointUrl(ISSUER_ID).toString()).contains("client_id=" + CLIENT_ID);
        assertThat(signedIn(browser)).isFalse();
    }

    @Test
    void theButtonWorksFromTheKeyboardAndThePagesAreAccessible() {
        WebDriver driver = Browser.fresh();
        Browser.open(driver, "sign-in.xhtml");
        assertThat(Browser.field(driver, "sso-loopback").getText()).isEqualTo("Sign in with Loopback");
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                .intValue()).as("fits a 360 px phone").isLessThanOrEqualTo(360);

        People.Person learner = People.newLearner();
        nextPerson(Server.unique("subject-"), person(learner.email(), learner.name()));
        for (int i = 0; i < 40 && !"sso-loopback".equals(driver.switchTo().activeElement().getAttribute("id")); i++) {
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.TAB).perform();
        }
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("reached with the Tab key").isEqualTo("sso-loopback");
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(Keys.ENTER).perform();
        Browser.awaitHeading(driver, "Link your account");
        Browser.assertAccessible(driver);
        Browser.field(driver, "link:password").sendKeys(learner.password(), Keys.ENTER);
        Browser.waiting(driver).until(d -> d.getCurrentUrl().contains("/learn/index.xhtml"));
        assertThat(driver.getPageSource()).contains(learner.name());
    }

    private static void assertRefused(HttpResponse<String> callback) {
        assertThat(callback.headers().firstValue("Location").orElse("")).endsWith("/sign-in.xhtml?sso=failed");
    }

    /** A token signed by the provider's own key, for the issuer the platform trusts. */
    private static String providerToken(String nonce, String audience, Duration lifetime) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", Server.unique("subject-"));
        claims.put("aud", audience);
        claims.put("nonce", nonce);
        claims.put("email", Server.unique("crafted") + "@it.commonground.test");
        claims.put("name", "Crafted Person");
        return provider().anyToken(okhttp3.HttpUrl.get(issuer()), claims, lifetime).serialize();
    }

    private static JWTClaimsSet claims(String nonce, String audience, Duration lifetime) {
        Date now = new Date();
        return new JWTClaimsSet.Builder().issuer(issuer()).subject(Server.unique("subject-")).audience(audience)
                .claim("nonce", nonce).issueTime(now).expirationTime(new Date(now.getTime() + lifetime.toMillis()))
                .claim("email", Server.unique("forged") + "@it.commonground.test").build();
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** One browser's sign-in, step by step (no redirect followed), from its own client address. */
    record Flow(HttpClient http, String address, String location) {

        static Flow start() {
            provider();
            HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            Flow flow = new Flow(http, Server.uniqueAddress(), null);
            HttpResponse<String> started = flow.get(Server.uri("sso/loopback/start"));
            String location = started.headers().firstValue("Location").orElseThrow();
            assertThat(location).startsWith(issuer() + "/authorize").contains("code_challenge_method=S256");
            return new Flow(http, flow.address(), location);
        }

        String param(String name) {
            return Arrays.stream(URI.create(location).getRawQuery().split("&")).map(p -> p.split("=", 2))
                    .filter(p -> p[0].equals(name)).map(p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8))
                    .findFirst().orElseThrow();
        }

        String nonce() {
            return param("nonce");
        }

        /**
         * Comes back to the platform with a code, as the provider would send the browser;
         * the provider then answers the platform's token request with this ID token.
         */
        HttpResponse<String> callbackWith(String idToken) {
            CRAFTED.idTokens.add(idToken);
            String query = Map.of("code", "code-" + Server.unique(""), "state", param("state")).entrySet().stream()
                    .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return get(Server.uri("sso/loopback/callback?" + query));
        }

        HttpResponse<String> get(URI uri) {
            try {
                return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("X-Forwarded-For", address)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
