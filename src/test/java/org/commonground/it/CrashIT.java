package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An answer the page reported as saved survives the server being killed: a real
 * Payara Micro process is started on its own H2 file database, a worksheet answer is
 * autosaved and acknowledged, the process gets SIGKILL (no shutdown of any kind), a
 * new process starts on the same data, and the answer is there (and an account
 * paused by failed sign-ins is still paused). The many-cycle
 * version of this is a benchmark, not part of the build.
 */
class CrashIT {

    private Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anAcknowledgedAutosaveSurvivesKillDashNine() throws Exception {
        Path run = Path.of(System.getProperty("commonground.it.run"), "crash");
        Files.createDirectories(run);
        server = start(run);
        People.Person learner = People.newLearner();
        WebClient.Page page = learner.browser().get(Learning.worksheetPath());
        String words = "Written just before the crash " + Server.unique("#");
        HttpResponse<String> ack = Learning.autosave(learner.browser(), page, Learning.PROMPT,
                Map.of("t." + Learning.PROMPT, words), "0");
        assertThat(ack.statusCode()).as("the server acknowledged the save").isEqualTo(200);
        People.Person guessed = People.newLearner();
        for (int i = 0; i < 5; i++) {
            People.signIn(new WebClient(), guessed.email(), "a stranger's guess " + i);
        }

        long pid = server.pid();
        server.destroyForcibly();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        server = start(run);
        WebClient again = new WebClient();
        People.signIn(again, learner.email(), learner.password());
        assertThat(again.get(Learning.worksheetPath()).document().getElementById("t-" + Learning.PROMPT).text()).isEqualTo(words);
        assertThat(People.signIn(new WebClient(), guessed.email(), guessed.password()).text(".messages"))
                .as("sign-in throttling remembers across the restart").contains("Too many failed attempts");
    }

    /**
     * Starts a server on the run's data and waits until it is ready. Each start takes a
     * port of its own: a port freed a moment ago may meanwhile be taken by another
     * process on a busy machine, and Payara Micro that cannot bind its port says
     * "Failed to start" but does not exit. That (and only that) is tried again on
     * another port; any other failure ends the test with the end of the server's log.
     */
    private static Process start(Path run) throws IOException, InterruptedException {
        for (int tries = 1;; tries++) {
            Path log = run.resolve("server-" + System.nanoTime() + ".log");
            int port = freePort();
            Process process = launch(run, port, log);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(480));
            URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
            HttpClient http = HttpClient.newHttpClient();
            while (true) {
                String written = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
                if (written.contains("Failed to start")) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    if (written.contains("Address already in use") && tries < 3) {
                        break;
                    }
                    throw new AssertionError("the server failed to start:\n" + tail(written));
                }
                if (!process.isAlive()) {
                    throw new AssertionError("the server stopped while starting:\n" + tail(written));
                }
                if (Instant.now().isAfter(deadline)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    throw new AssertionError("the server did not become ready within 480 s:\n" + tail(written));
                }
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                        Server.deployedAt(new URL("http://127.0.0.1:" + port + "/"));
                        return process;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                process.waitFor(250, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static Process launch(Path run, int port, Path log) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC",
                "-Dcommonground.data.dir=" + run.resolve("data"),
                "-Dcommonground.content.dir=" + System.getProperty("commonground.it.library"),
                "-Dcommonground.http.trusted-proxies=127.0.0.1",
                "-jar", System.getProperty("commonground.it.micro"),
                "--deploy", System.getProperty("commonground.it.war"), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--disablephonehome",
                "--rootdir", run.resolve("payara-root-" + System.nanoTime()).toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The last lines of a server log, for a failure message. */
    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
