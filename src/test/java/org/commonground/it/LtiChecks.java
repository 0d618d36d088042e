package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The platform as an LTI 1.3 tool, with the test as the learning platform
 * ({@link LtiPlatformDouble}: its keys, key set, token and score addresses on
 * loopback): a launch signs the person in on the module and their quiz score reaches
 * the gradebook, after a failed try; launches that must be refused are, each with a
 * page that says why; a deep-linking request answers with a signed choice; and keys
 * rotate with the old key still published.
 */
abstract class LtiChecks {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final LtiPlatformDouble LMS = LtiPlatformDouble.get();

    /** A platform registered through the administrators' page. */
    record Registered(String name, String issuer, String clientId) {
    }

    /** A login begun in a browser: the state and nonce the tool sent to the platform. */
    record Login(WebClient browser, String state, String nonce, URI location) {
    }

    static Registered register(WebClient admin, String organisationName) {
        String name = Server.unique("Moodle ");
        String issuer = LMS.address("/" + Server.unique("lms-"));
        String clientId = Server.unique("client-");
        admin.get("admin/lti.xhtml");
        WebClient.Page page = admin.submit("platform", Map.of("name", name, "issuer", issuer, "clientId", clientId,
                "deployments", "dep-1" + (organisationName == null ? "" : " = " + organisationName),
                "loginUrl", LMS.address("/auth"), "tokenUrl", LMS.address("/token"), "jwksUrl", LMS.address("/jwks")), "submit");
        assertThat(page.text(".messages")).as(page.text("main")).contains(name + " is saved.");
        return new Registered(name, issuer, clientId);
    }

    static Login login(WebClient browser, Registered platform) {
        return login(browser, platform, false);
    }

    /** A third-party initiated login, by GET or (as some platforms send it) by a form POST. */
    static Login login(WebClient browser, Registered platform, boolean post) {
        String query = "iss=" + enc(platform.issuer()) + "&login_hint=" + enc("hint-1") + "&target_link_uri="
                + enc(Server.uri("lti/module/" + Learning.MODULE).toString()) + "&client_id=" + enc(platform.clientId())
                + "&lti_deployment_id=dep-1&lti_message_hint=" + enc("message-hint");
        HttpResponse<String> response = send(browser, post ? HttpRequest.newBuilder(Server.uri("lti/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(query))
                .build() : HttpRequest.newBuilder(Server.uri("lti/login?" + query)).GET().build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        Map<String, String> sent = params(location.getRawQuery());
        return new Login(browser, sent.get("state"), sent.get("nonce"), location);
    }

    static WebClient.Page launch(Login login, String idToken) {
        return login.browser().post(Server.uri("lti/launch"), Map.of("id_token", idToken, "state", login.state()));
    }

    static JWTClaimsSet.Builder resourceLink(Registered platform, String nonce, String subject, String email, String name,
            String lineItem) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(platform.issuer()).audience(platform.clientId()).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).claim("nonce", nonce)
                .claim("email", email).claim("name", name)
                .claim(LTI + "message_type", "LtiResourceLinkRequest").claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", "dep-1")
                .claim(LTI + "target_link_uri", Server.uri("lti/module/" + Learning.MODULE).toString())
                .claim(LTI + "resource_link", Map.of("id", Server.unique("link-")))
                .claim(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator"))
                .claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", Map.of("scope", List.of(SCORE_SCOPE),
                        "lineitem", LMS.address(lineItem)));
    }

    @Test
    void aLaunchSignsThePersonInOnTheModuleAndTheirQuizScoreReachesTheGradebookAfterOneFailure() throws Exception {
        WebClient admin = People.firstAdmin();
        Organisations.Setup setup = Organisations.create(admin);
        Registered platform = register(admin, setup.name());
        String subject = Server.unique("lms-user-");
        String name = Server.unique("Launched Person ");
        String email = Server.unique("launched") + "@it.commonground.test";
        String lineItem = "/lineitems/" + Server.unique("li");

        Login login = login(new WebClient(), platform);
        assertThat(login.location().toString()).startsWith(LMS.address("/auth?"));
        Map<String, String> sent = params(login.location().getRawQuery());
        assertThat(sent).containsEntry("response_type", "id_token").containsEntry("response_mode", "form_post")
                .containsEntry("scope", "openid").containsEntry("prompt", "none").containsEntry("client_id", platform.clientId())
                .containsEntry("redirect_uri", Server.uri("lti/launch").toString()).containsEntry("login_hint", "hint-1")
                .containsEntry("lti_message_hint", "message-hint");
        WebClient.Page page = launch(login, LMS.sign(resourceLink(platform, login.nonce(), subject, email, name, lineItem).build()));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.path()).as(page.text("main")).endsWith("/learn/module.xhtml");
        assertThat(page.text("h1")).isEqualTo("Journey test module");
        assertThat(page.body()).contains(name);
        assertThat(login.browser().get("admin/index.xhtml").status()).as("the platform's roles grant nothing here")
                .isEqualTo(403);
        assertThat(Organisations.openOrganisation(admin, setup.orgUuid()).text("#memberTable"))
                .as("a learner of the deployment's organisation").contains(name);

        LMS.failNextScores(1);
        Learning.answerRightly(login.browser());
        List<LtiPlatformDouble.Received> scores = Waits.until(() -> LMS.scoresTo(lineItem), list -> list.size() >= 2);
        assertThat(scores.get(0).answered()).isEqualTo(503);
        LtiPlatformDouble.Received taken = scores.get(1);
        assertThat(taken.answered()).isEqualTo(200);
        assertThat(taken.body()).as("the same score, sent again").isEqualTo(scores.get(0).body());
        assertThat(taken.contentType()).isEqualTo("application/vnd.ims.lis.v1.score+json");
        assertThat(taken.authorization()).startsWith("Bearer lms-token-");
        Map<String, Object> score = JSONObjectUtils.parse(taken.body());
        assertThat(score).containsEntry("userId", subject).containsEntry("scoreMaximum", 100.0)
                .containsEntry("activityProgress", "InProgress").containsEntry("gradingProgress", "FullyGraded")
                .containsKey("timestamp");
        assertThat(((Number) score.get("scoreGiven")).doubleValue()).as("the quiz was answered rightly").isEqualTo(100.0);
        assertThat(scores).hasSize(2);

        Map<String, String> tokenRequest = params(LMS.tokenRequests.stream().reduce((a, b) -> b).orElseThrow().body());
        assertThat(tokenRequest).containsEntry("grant_type", "client_credentials").containsEntry("scope", SCORE_SCOPE)
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer");
        JWTClaimsSet assertion = verifiedByTheToolsKeys(tokenRequest.get("client_assertion"));
        assertThat(assertion.getIssuer()).isEqualTo(platform.clientId());
        assertThat(assertion.getSubject()).isEqualTo(platform.clientId());
        assertThat(assertion.getAudience()).contains(LMS.address("/token"));

        measureLaunches(platform, subject, email, name, lineItem);
    }

    /** Times ten launches of the same person (login, verified launch, sign-in), by the clock and the server's CPU. */
    private static void measureLaunches(Registered platform, String subject, String email, String name, String lineItem) {
        int launches = 10;
        long cpuBefore = serverCpuMillis();
        long began = System.nanoTime();
        for (int i = 0; i < launches; i++) {
            Login again = login(new WebClient(), platform);
            WebClient.Page page = launch(again, LMS.sign(resourceLink(platform, again.nonce(), subject, email, name, lineItem)
                    .build()));
            assertThat(page.text("h1")).isEqualTo("Journey test module");
        }
        long millis = Duration.ofNanos(System.nanoTime() - began).toMillis();
        long cpu = serverCpuMillis() - cpuBefore;
        System.out.println("LTI launch (login, launch, module page), mean of " + launches + ": " + millis / launches
                + " ms by the clock, " + (cpuBefore < 0 ? "?" : Long.toString(cpu / launches)) + " ms of server CPU");
    }

    /** The test server's CPU time so far (user and system), or -1 if it cannot be read. */
    private static long serverCpuMillis() {
        String run = System.getProperty("commonground.it.run", "");
        try (var processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String command;
                try {
                    command = Files.readString(process.resolve("cmdline")).replace('\0', ' ');
                } catch (IOException gone) {
                    continue;
                }
                if (!run.isEmpty() && command.contains(run + "/data") && command.contains("payara-micro")) {
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    @Test
    void launchesThatMustBeRefusedAreEachRefusedWithAPageThatSaysWhy() throws Exception {
        Registered platform = register(People.firstAdmin(), null);
        String subject = Server.unique("lms-user-");
        String email = Server.unique("refused") + "@it.commonground.test";
        String lineItem = "/lineitems/" + Server.unique("li");

        RSAKey impostor = new RSAKeyGenerator(2048).keyID(LMS.key.getKeyID()).generate();
        Login forged = login(new WebClient(), platform);
        assertRefused(launch(forged, LtiPlatformDouble.sign(impostor, resourceLink(platform, forged.nonce(), subject, email,
                "Forged", lineItem).build())), 401, "not signed by your learning platform");

        Login audience = login(new WebClient(), platform);
        assertRefused(launch(audience, LMS.sign(resourceLink(platform, audience.nonce(), subject, email, "Aud", lineItem)
                .audience("another-tool").build())), 401, "meant for another tool");

        Login deployment = login(new WebClient(), platform);
        assertRefused(launch(deployment, LMS.sign(resourceLink(platform, deployment.nonce(), subject, email, "Dep", lineItem)
                .claim(LTI + "deployment_id", "not-registered").build())), 403, "deployment");

        Login expired = login(new WebClient(), platform);
        String stillValidByTheRealClock = LMS.sign(resourceLink(platform, expired.nonce(), subject, email, "Exp", lineItem).build());
        PlatformClockControl.moveTo(1);
        try {
            assertRefused(launch(expired, stillValidByTheRealClock), 401, "expired");
        } finally {
            PlatformClockControl.moveTo(0);
        }

        Login first = login(new WebClient(), platform);
        String token = LMS.sign(resourceLink(platform, first.nonce(), subject, email, "Once", lineItem).build());
        assertThat(launch(first, token).text("h1")).isEqualTo("Journey test module");
        assertRefused(launch(first, token), 400, "used already");
        Login second = login(new WebClient(), platform);
        assertRefused(launch(second, token), 401, "does not match");

        Login elsewhere = login(new WebClient(), platform);
        WebClient.Page otherBrowser = new WebClient().post(Server.uri("lti/launch"), Map.of("id_token",
                LMS.sign(resourceLink(platform, elsewhere.nonce(), subject, email, "Else", lineItem).build()),
                "state", elsewhere.state()));
        assertRefused(otherBrowser, 400, "did not start in this browser");

        HttpResponse<String> unknown = send(new WebClient(), HttpRequest.newBuilder(Server.uri("lti/login?iss="
                + enc(LMS.address("/not-registered")) + "&login_hint=x&target_link_uri=" + enc(Server.uri("lti/launch").toString())))
                .GET().build());
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(unknown.body()).contains("not registered here");

        WebClient.Page audit = People.firstAdmin().get("admin/audit.xhtml");
        assertThat(audit.body()).as("refusals are audited").contains(platform.issuer());
    }

    private static void assertRefused(WebClient.Page page, int status, String says) {
        assertThat(page.status()).as(page.text("main")).isEqualTo(status);
        assertThat(page.text("#reason")).contains(says);
        assertThat(page.text("h1")).isEqualTo("This module could not be opened");
        assertThat(page.text("main")).doesNotContain("Exception");
        assertThat(page.body()).doesNotContain("at org.commonground");
    }

    @Test
    void aDeepLinkingRequestAnswersWithTheChosenModuleSignedByTheToolsKey() throws Exception {
        Registered platform = register(People.firstAdmin(), null);
        Login login = login(new WebClient(), platform, true);
        String returnUrl = LMS.address("/deep-link-return");
        JWTClaimsSet request = resourceLink(platform, login.nonce(), Server.unique("teacher-"),
                Server.unique("teacher") + "@it.commonground.test", "Course Teacher", "/lineitems/unused")
                .claim(LTI + "message_type", "LtiDeepLinkingRequest").claim(LTI + "resource_link", null)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                        "deep_link_return_url", returnUrl, "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("window"), "data", "opaque-course-7"))
                .build();
        WebClient.Page pick = launch(login, LMS.sign(request));
        assertThat(pick.path()).as(pick.text("main")).endsWith("/lms/pick.xhtml");

        Element choose = pick.document().selectFirst("[data-module=" + Learning.MODULE + "]");
        assertThat(choose).as("the module is offered").isNotNull();
        Element form = choose.closest("form");
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.val()));
        fields.put(choose.attr("name"), choose.val());
        WebClient.Page answer = login.browser().post(pick.uri().resolve(form.attr("action")), fields);
        assertThat(answer.path()).endsWith("/lti/return");
        assertThat(answer.header("Content-Security-Policy").orElse("")).contains("form-action 'self' " + LMS.address(""));
        Element back = answer.document().getElementById("deepLinkReturn");
        assertThat(back.attr("action")).isEqualTo(returnUrl);
        assertThat(back.attr("method")).isEqualTo("post");
        assertThat(back.select("button[type=submit]").text()).isEqualTo("Go back to your learning platform");

        JWTClaimsSet response = verifiedByTheToolsKeys(back.selectFirst("input[name=JWT]").val());
        assertThat(response.getIssuer()).isEqualTo(platform.clientId());
        assertThat(response.getAudience()).containsExactly(platform.issuer());
        assertThat(response.getExpirationTime()).isAfter(new Date());
        assertThat(response.getStringClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingResponse");
        assertThat(response.getStringClaim(LTI + "version")).isEqualTo("1.3.0");
        assertThat(response.getStringClaim(LTI + "deployment_id")).isEqualTo("dep-1");
        assertThat(response.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data")).isEqualTo("opaque-course-7");
        List<Object> items = JSONObjectUtils.getJSONArray(response.toJSONObject(),
                "https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
        assertThat(items).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = (Map<String, Object>) items.get(0);
        assertThat(item).containsEntry("type", "ltiResourceLink").containsEntry("url",
                Server.uri("lti/module/" + Learning.MODULE).toString());
        assertThat(item.get("custom")).isEqualTo(Map.of("module", Learning.MODULE));
        assertThat(((Map<?, ?>) item.get("lineItem")).get("scoreMaximum")).isEqualTo(100L);
        assertThat(login.browser().get("lti/return").status()).as("the answer is given once").isEqualTo(400);
    }

    @Test
    void aNewKeySignsAfterRotationAndTheOldOneStaysPublished() throws Exception {
        WebClient admin = People.firstAdmin();
        JWKSet before = JWKSet.parse(admin.get("lti/jwks").body());
        assertThat(before.getKeys()).isNotEmpty().allMatch(k -> !k.isPrivate());
        admin.get("admin/lti.xhtml");
        WebClient.Page page = admin.submit("rotate", Map.of(), "submit");
        assertThat(page.text(".messages")).contains("A new signing key");
        JWKSet after = JWKSet.parse(new WebClient().get("lti/jwks").body());
        assertThat(after.getKeys()).hasSize(before.getKeys().size() + 1);
        assertThat(after.getKeys().stream().map(k -> k.getKeyID()).toList())
                .containsAll(before.getKeys().stream().map(k -> k.getKeyID()).toList());
        assertThat(after.toString()).doesNotContain("\"d\"");
        assertThat(page.select("#keys tbody tr").first().text()).contains("Signs now");
    }

    @Test
    void anAdministratorIsToldWhatIsWrongByTheFieldAndChangesAPlatformsDeployments() {
        WebClient admin = People.firstAdmin();
        Registered platform = register(admin, null);
        admin.get("admin/lti.xhtml");
        WebClient.Page page = admin.submit("platform", Map.of("name", "Bad", "issuer", "not an address", "clientId", "",
                "deployments", "d1 = No Such Organisation", "loginUrl", "ftp://x", "tokenUrl", LMS.address("/token"),
                "jwksUrl", LMS.address("/jwks")), "submit");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("#platform\\:issuerError")).contains("full web address");
        assertThat(page.text("#platform\\:loginUrlError")).contains("full web address");
        assertThat(page.text("#platform\\:clientIdError")).contains("client ID");
        assertThat(page.text("#platform\\:deploymentsError")).contains("No organisation has that name");
        assertThat(page.text("#platform\\:tokenUrlError")).isEmpty();

        page = admin.get("admin/lti.xhtml");
        Element change = page.document().select("#platforms a").stream()
                .filter(a -> a.attr("aria-label").equals("Change " + platform.name())).findFirst().orElseThrow();
        page = admin.get(page.uri().resolve(change.attr("href")));
        assertThat(page.document().getElementById("platform:clientId").val()).isEqualTo(platform.clientId());
        assertThat(page.document().getElementById("platform:deployments").text()).isEqualTo("dep-1");
        page = admin.submit("platform", Map.of("deployments", "dep-2\ndep-3"), "submit");
        assertThat(page.text(".messages")).contains(platform.name() + " is saved.");
        String card = page.document().select("#platforms li").stream().filter(li -> li.text().contains(platform.name()))
                .findFirst().orElseThrow().text();
        assertThat(card).contains("dep-2, dep-3").doesNotContain("dep-1");
    }

    /** Verifies a JWT the tool signed with the key set it publishes; answers its claims. */
    static JWTClaimsSet verifiedByTheToolsKeys(String jwt) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        JWKSet keys = JWKSet.parse(new WebClient().get("lti/jwks").body());
        RSAKey key = (RSAKey) keys.getKeyByKeyId(signed.getHeader().getKeyID());
        assertThat(key).as("the signing key is published").isNotNull();
        assertThat(signed.verify(new RSASSAVerifier(key))).as("signed by the tool's key").isTrue();
        return signed.getJWTClaimsSet();
    }

    private static HttpResponse<String> send(WebClient browser, HttpRequest request) {
        try {
            return browser.http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> params(String query) {
        return Arrays.stream(query == null ? new String[0] : query.split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> p.length < 2 ? "" : URLDecoder.decode(p[1], StandardCharsets.UTF_8), (a, b) -> b,
                        LinkedHashMap::new));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
