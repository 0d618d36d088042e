package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A module's SCORM 1.2 package, downloaded over HTTP by a trainer, run in an independent
 * SCORM 1.2 runtime (scorm-again, from npm) on a loopback server of the test's own: the
 * quiz and the worksheet are done by keyboard and clicks, and the status, score, session
 * time and suspend data the runtime recorded are read from its cmi object.
 */
abstract class ScormChecks {

    private static final Path RUNTIME = Path.of(System.getProperty("commonground.it.scorm-runtime",
            "src/test/scorm/node_modules/scorm-again/dist/scorm12.js"));

    /**
     * The launcher an LMS would be: it puts a fresh runtime at {@code window.API} and opens
     * a SCO in a frame; a relaunch first unloads the SCO (which finishes its session) and
     * gives the new runtime what the old one kept, as an LMS does on the learner's return.
     */
    private static final String LAUNCHER = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>SCORM 1.2 launcher</title>
            <script src="/scorm12.js"></script>
            <script>
            var previous = null;
            function open(sco, prior) {
              var api = new Scorm12API({});
              if (prior) { api.loadFromJSON(prior); }
              api.on('LMSSetValue.cmi.core.session_time', function (element, value) { window.sent = value; });
              window.API = api;
              var frame = document.createElement('iframe');
              frame.id = 'sco'; frame.title = 'Unit'; frame.style.width = '100%'; frame.style.height = '800px';
              frame.src = '/pkg/' + sco;
              document.body.appendChild(frame);
            }
            function launch(sco, resume) {
              var old = document.getElementById('sco');
              if (!old) { open(sco, null); return; }
              old.addEventListener('load', function () {
                previous = window.API;
                old.remove();
                open(sco, resume ? { core: { lesson_status: previous.cmi.core.lesson_status, entry: 'resume' },
                    suspend_data: previous.cmi.suspend_data } : null);
              }, { once: true });
              old.src = 'about:blank';
            }
            </script></head><body><h1>Launcher</h1></body></html>
            """;

    @Test
    void aTrainersPackageRunsInAScorm12RuntimeRecordsStatusScoreAndTimeAndResumes() throws Exception {
        assertThat(RUNTIME).as("scorm-again, installed by the build's npm ci in src/test/scorm").isRegularFile();
        People.Person trainer = Authoring.trainer();
        WebClient.Page page = trainer.browser().get("content/module.xhtml?module=" + Learning.MODULE);
        assertThat(page.text("#scormKey")).contains("quiz answers are inside the package");
        String link = page.select("#exportScorm").attr("href");
        assertThat(link).endsWith("/content/scorm?module=" + Learning.MODULE);
        byte[] zip = Authoring.download(trainer.browser(), "content/scorm?module=" + Learning.MODULE);
        assertOnlyTrainers("content/scorm?module=" + Learning.MODULE);
        assertThat(trainer.browser().download("content/scorm?module=no-such-module").statusCode()).isEqualTo(404);

        runInRuntime(zip);
    }

    /** Unzips a package of the journey module, hosts it with the runtime, and works through both units. */
    static void runInRuntime(byte[] zip) throws Exception {
        Path folder = Files.createTempDirectory("scorm");
        unzip(zip, folder);
        assertThat(folder.resolve("imsmanifest.xml")).isRegularFile();
        HttpServer server = host(folder);
        try {
            WebDriver driver = Browser.fresh();
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            driver.get(base + "launcher.html");
            JavascriptExecutor js = (JavascriptExecutor) driver;

            // The quiz unit: one right answer of two in the first question, the second answered by keyboard.
            js.executeScript("launch('unit-1.html', false)");
            inUnit(driver);
            driver.findElement(By.id("q1-1")).click();
            driver.findElement(By.id("q2-1")).sendKeys(Keys.SPACE);
            driver.findElement(By.id("quiz-submit")).sendKeys(Keys.ENTER);
            Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-result"), "75%"));
            driver.switchTo().defaultContent();
            assertThat(cmi(js, "core.lesson_status")).isEqualTo("failed");
            assertThat(cmi(js, "core.score.raw")).isEqualTo("75");
            assertThat(cmi(js, "core.score.max")).isEqualTo("100");
            assertThat(cmi(js, "core.score.min")).isEqualTo("0");
            assertThat(String.valueOf(js.executeScript("return window.sent")))
                    .as("the session time as the SCO set it, HHHH:MM:SS.SS").matches("\\d{4}:\\d{2}:\\d{2}\\.\\d{2}");
            assertThat(String.valueOf(js.executeScript("return window.API.renderCMIToJSONObject().cmi.core.session_time")))
                    .as("the session time (write-only to the SCO) as the runtime keeps it").matches("\\d{2,4}:\\d{2}:\\d{2}(\\.\\d{1,2})?");

            // Back later: the answers come back from the suspend data; the learner adds the missing one and passes.
            js.executeScript("launch('unit-1.html', true)");
            inUnit(driver);
            assertThat(driver.findElement(By.id("q1-1")).isSelected()).isTrue();
            assertThat(driver.findElement(By.id("q2-1")).isSelected()).isTrue();
            assertThat(driver.findElement(By.id("quiz-result")).getText()).contains("75%");
            driver.findElement(By.id("q1-2")).click();
            driver.findElement(By.id("quiz-submit")).click();
            Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-result"), "You passed"));
            driver.switchTo().defaultContent();
            assertThat(js.executeScript("return previous.isTerminated()")).as("LMSFinish on leaving").isEqualTo(true);
            assertThat(cmi(js, "core.lesson_status")).isEqualTo("passed");
            assertThat(cmi(js, "core.score.raw")).isEqualTo("100");
            assertThat(cmi(js, "suspend_data")).hasSizeLessThanOrEqualTo(4096).contains("q1-1", "q1-2", "q2-1");

            // The worksheet unit: an answer typed and the unit finished by keyboard; it comes back on relaunch.
            String note = "Our interpreter line " + Server.unique("n");
            js.executeScript("launch('unit-2.html', false)");
            inUnit(driver);
            driver.findElement(By.id("ws1")).sendKeys(note);
            driver.findElement(By.id("worksheet-done")).sendKeys(Keys.ENTER);
            Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("lms-status"), "complete"));
            driver.switchTo().defaultContent();
            assertThat(cmi(js, "core.lesson_status")).isEqualTo("completed");
            assertThat(cmi(js, "suspend_data")).contains(note);
            js.executeScript("launch('unit-2.html', true)");
            inUnit(driver);
            assertThat(driver.findElement(By.id("ws1")).getAttribute("value")).isEqualTo(note);
            driver.switchTo().defaultContent();

            // The pages on their own, outside any learning system.
            for (String unit : new String[] {"unit-1.html", "unit-2.html"}) {
                driver.get(base + "pkg/" + unit);
                Browser.waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("lms-status"),
                        "No learning system"));
                Browser.assertAccessible(driver);
            }
        } finally {
            server.stop(0);
        }
    }

    /** A learner is refused and a signed-out visitor is sent to sign in (the content area is for the trainer role). */
    private static void assertOnlyTrainers(String path) {
        assertThat(People.newLearner().browser().download(path).statusCode()).as("a learner").isEqualTo(403);
        java.net.http.HttpResponse<byte[]> signedOut = new WebClient().download(path);
        assertThat(signedOut.headers().firstValue("Content-Type").orElse("")).as("signed out").doesNotContain("zip");
        assertThat(signedOut.statusCode() == 302 ? signedOut.headers().firstValue("Location").orElse("")
                : new String(signedOut.body(), StandardCharsets.UTF_8)).containsIgnoringCase("sign");
    }

    /** Waits for the SCO in the launcher's frame to have started (it says where it records), and enters it. */
    private static void inUnit(WebDriver driver) {
        driver.switchTo().defaultContent();
        Browser.waiting(driver).until(d -> {
            d.switchTo().defaultContent();
            d.switchTo().frame("sco");
            return d.findElement(By.tagName("h1")).isDisplayed() && d.findElement(By.cssSelector("script[src]")) != null
                    && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.parent.API.isInitialized()"));
        });
    }

    private static String cmi(JavascriptExecutor js, String element) {
        return String.valueOf(js.executeScript("return String(window.API.cmi." + element + ")"));
    }

    private static void unzip(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as(entry.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }

    /** The package, the runtime and the launcher on a loopback port of the test's own. */
    private static HttpServer host(Path folder) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/launcher.html")) {
                send(exchange, "text/html; charset=utf-8", LAUNCHER.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/scorm12.js")) {
                send(exchange, "text/javascript", Files.readAllBytes(RUNTIME));
            } else if (path.startsWith("/pkg/")) {
                Path file = folder.resolve(path.substring(5)).normalize();
                if (file.startsWith(folder) && Files.isRegularFile(file)) {
                    send(exchange, type(file.toString()), Files.readAllBytes(file));
                } else {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                }
            } else {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            }
        });
        server.start();
        return server;
    }

    private static String type(String name) {
        Map<String, String> types = Map.of(".html", "text/html; charset=utf-8", ".js", "text/javascript", ".css", "text/css",
                ".svg", "image/svg+xml", ".png", "image/png", ".jpg", "image/jpeg", ".webp", "image/webp", ".xml",
                "application/xml");
        return types.entrySet().stream().filter(e -> name.endsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("application/octet-stream");
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
