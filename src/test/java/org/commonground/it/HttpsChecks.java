package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Behind HTTPS (a TLS proxy saying so in X-Forwarded-Proto) the session cookie is Secure and HSTS is sent. */
abstract class HttpsChecks {

    @Test
    void behindHttpsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        HttpResponse<String> response = signInPage("https");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        assertThat(sessionCookie(response)).containsIgnoringCase("; Secure");
    }

    @Test
    void overPlainHttpNeitherIsSent() throws Exception {
        HttpResponse<String> response = signInPage("http");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(sessionCookie(response)).doesNotContainIgnoringCase("secure");
    }

    private static HttpResponse<String> signInPage(String scheme) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(Server.uri("sign-in.xhtml"))
                .header("X-Forwarded-Proto", scheme).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("CGSESSION=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
