package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.annotation.WebServlet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A disabled account or a removed role is refused on the very next request, whatever
 * the path: every servlet and Faces mapping of the deployed WAR, read from its
 * web.xml and its classes' {@code @WebServlet} annotations, so a new servlet cannot
 * slip past. (Erasure disables the account, so it is refused the same way.)
 */
abstract class AccountChangeChecks {

    private static final String WEB_SERVLET = "L" + WebServlet.class.getName().replace('.', '/') + ";";

    /** One path the WAR maps to a servlet, and the method that servlet answers. */
    record Mapping(String path, String method) {
    }

    @Test
    void theWarMapsEveryServletWeKnowOf() {
        List<String> paths = mappings().stream().map(Mapping::path).toList();

        assertThat(paths).as("read from the deployed WAR, not a hand list")
                .contains("learn/index.xhtml", "learn/worksheet-save", "learn/quiz-submit", "organisation/export",
                        "learn/record.csv", "content/export", "learn/partners-offer")
                .as("servlets added since the list was first written are found too")
                .contains("content/scorm", "organisation/completions", "sso/index", "calendar/index", "media/index",
                        "account/notification", "learn/worksheet.pdf", "organisation/maturity-assess", "sign-out")
                .hasSizeGreaterThanOrEqualTo(19);
        System.out.println("account-change matrix: " + paths.size() + " paths x 2 changes (disabled, role removed) = "
                + 2 * paths.size() + " requests: " + paths);
    }

    @Test
    void aDisabledAccountIsRefusedOnEveryMappedPath() {
        assertThat(notRefusedAfter("Disable account", "ended=true")).isEmpty();
    }

    @Test
    void aRemovedRoleIsRefusedOnEveryMappedPath() {
        assertThat(notRefusedAfter("Remove TRAINER", "roles=true")).isEmpty();
    }

    /**
     * A trainer (so the trainers' paths are not refused by the role alone) signs in
     * once per mapping; an administrator presses the button on their page; then each
     * session asks for its path once.
     */
    private static List<String> notRefusedAfter(String button, String reason) {
        WebClient admin = People.firstAdmin();
        People.Person person = People.newLearner();
        AdministrationChecks.openPerson(admin, person.email());
        AdministrationChecks.press(admin, "Make TRAINER");
        Map<Mapping, WebClient> sessions = signedInOncePerMapping(person);

        AdministrationChecks.openPerson(admin, person.email());
        AdministrationChecks.press(admin, button);

        List<String> allowed = notRefused(sessions, reason);
        System.out.println("account-change matrix, " + button + ": " + sessions.size() + " requests, " + allowed.size()
                + " not refused");
        return allowed;
    }

    private static Map<Mapping, WebClient> signedInOncePerMapping(People.Person person) {
        Map<Mapping, WebClient> sessions = new LinkedHashMap<>();
        for (Mapping mapping : mappings()) {
            WebClient browser = new WebClient();
            assertThat(People.signIn(browser, person.email(), person.password()).path()).doesNotEndWith("/sign-in.xhtml");
            sessions.put(mapping, browser);
        }
        return sessions;
    }

    /**
     * The mappings whose answer is not the gate's: the session ends and the person is
     * sent to sign in, with the reason; afterwards the session is signed out.
     */
    private static List<String> notRefused(Map<Mapping, WebClient> sessions, String reason) {
        List<String> allowed = new ArrayList<>();
        sessions.forEach((mapping, browser) -> {
            HttpResponse<String> response = send(browser, mapping);
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() / 100 != 3 || !location.contains("/sign-in.xhtml?" + reason)
                    || !browser.get("learn/index.xhtml").text("h1").equals("Sign in")) {
                allowed.add(mapping + " answered " + response.statusCode() + " " + location);
            }
        });
        return allowed;
    }

    private static HttpResponse<String> send(WebClient browser, Mapping mapping) {
        HttpRequest.Builder request = HttpRequest.newBuilder(Server.uri(mapping.path())).timeout(Duration.ofSeconds(60));
        if (mapping.method().equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("m=x&u=y"));
        } else {
            request.GET();
        }
        try {
            return browser.http().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every servlet mapping of the WAR: web.xml's, then the annotated servlets' (POST where a servlet only posts). */
    static List<Mapping> mappings() {
        List<Mapping> mappings = new ArrayList<>();
        try (ZipFile war = new ZipFile(System.getProperty("commonground.it.war"))) {
            for (String pattern : webXmlPatterns(war)) {
                mappings.add(new Mapping(concrete(pattern), "GET"));
            }
            for (ZipEntry entry : war.stream().filter(e -> e.getName().startsWith("WEB-INF/classes/")
                    && e.getName().endsWith(".class")).toList()) {
                if (!annotatedAsServlet(war, entry)) {
                    continue;
                }
                Class<?> servlet = Class.forName(entry.getName().substring("WEB-INF/classes/".length())
                        .replace(".class", "").replace('/', '.'), false, AccountChangeChecks.class.getClassLoader());
                WebServlet annotation = servlet.getAnnotation(WebServlet.class);
                String method = answersGet(servlet) ? "GET" : "POST";
                for (String pattern : annotation.urlPatterns().length > 0 ? annotation.urlPatterns() : annotation.value()) {
                    mappings.add(new Mapping(concrete(pattern), method));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the WAR's servlet mappings", e);
        }
        return mappings;
    }

    private static List<String> webXmlPatterns(ZipFile war) throws Exception {
        try (InputStream in = war.getInputStream(war.getEntry("WEB-INF/web.xml"))) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList servletMappings = factory.newDocumentBuilder().parse(in)
                    .getElementsByTagNameNS("*", "servlet-mapping");
            List<String> patterns = new ArrayList<>();
            for (int i = 0; i < servletMappings.getLength(); i++) {
                NodeList urls = ((Element) servletMappings.item(i)).getElementsByTagNameNS("*", "url-pattern");
                for (int j = 0; j < urls.getLength(); j++) {
                    patterns.add(urls.item(j).getTextContent().trim());
                }
            }
            return patterns;
        }
    }

    private static boolean annotatedAsServlet(ZipFile war, ZipEntry entry) throws IOException {
        try (InputStream in = war.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains(WEB_SERVLET);
        }
    }

    private static boolean answersGet(Class<?> servlet) {
        return Arrays.stream(servlet.getDeclaredMethods()).anyMatch(m -> m.getName().equals("doGet"));
    }

    /** A path the pattern matches: a signed-in page for an extension mapping, a child for a folder mapping. */
    private static String concrete(String pattern) {
        if (pattern.startsWith("*.")) {
            return "learn/index" + pattern.substring(1);
        }
        String path = pattern.endsWith("/*") ? pattern.substring(0, pattern.length() - 1) + "index" : pattern;
        return path.replaceFirst("^/", "");
    }
}
