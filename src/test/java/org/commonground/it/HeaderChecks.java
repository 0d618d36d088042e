package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Security headers on every page; sessions carried in a cookie only. */
abstract class HeaderChecks {

    @ParameterizedTest
    @ValueSource(strings = {"", "sign-in.xhtml", "register.xhtml", "privacy.xhtml", "accessibility.xhtml",
            "no-such-page.xhtml", "error/expired.xhtml"})
    void publicPagesCarryTheSecurityHeaders(String path) {
        assertSecurityHeaders(new WebClient().get(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"learn/index.xhtml", "account/index.xhtml", "account/password.xhtml", "admin/index.xhtml"})
    void signedInPagesAreNeverCached(String path) {
        WebClient.Page page = People.newLearner().browser().get(path);

        assertSecurityHeaders(page);
        assertThat(page.header("Cache-Control")).hasValue("no-store");
    }

    @Test
    void scriptsRunOnlyFromThisSiteOrWithTheNonceOfThePage() {
        WebClient.Page page = new WebClient().get("sign-in.xhtml");
        String policy = page.header("Content-Security-Policy").orElseThrow();
        String scriptSrc = List.of(policy.split(";")).stream().map(String::trim)
                .filter(d -> d.startsWith("script-src")).findFirst().orElseThrow();

        assertThat(scriptSrc).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").contains("'self'");
        page.document().select("script:not([src])").forEach(inline ->
                assertThat(scriptSrc).as("inline script allowed by nonce").contains("'nonce-" + inline.attr("nonce") + "'"));
        assertThat(page.response().headers().allValues("Content-Security-Policy")).hasSize(1);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndNeverInUrls() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(Server.uri("sign-in.xhtml")).build(), HttpResponse.BodyHandlers.ofString());

        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("CGSESSION=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(response.body()).doesNotContainIgnoringCase("jsessionid").doesNotContainIgnoringCase("cgsession");
    }

    static void assertSecurityHeaders(WebClient.Page page) {
        assertThat(page.header("Content-Security-Policy")).isPresent().get().asString()
                .contains("frame-ancestors 'none'").contains("object-src 'none'").doesNotContain("unsafe-eval");
        assertThat(page.header("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.header("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.header("X-Frame-Options")).hasValue("DENY");
    }
}
