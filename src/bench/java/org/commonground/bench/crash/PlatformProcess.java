package org.commonground.bench.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.commonground.it.Server;

/**
 * One Payara Micro process running the WAR on a fixed data directory and port, as
 * started in production (no shutdown hook is ever given a chance: it is only ever
 * stopped with SIGKILL). Each start gets a fresh Payara root directory, so a killed
 * run's half-written deployment state never leaks into the next one.
 */
final class PlatformProcess {

    /**
     * How long a start may take before the harness gives up: 240 s, or the system property
     * {@code commonground.bench.start-seconds} (two nodes starting at once on a busy machine take longer).
     */
    private static final Duration START_LIMIT = Duration.ofSeconds(Long.getLong("commonground.bench.start-seconds", 240));

    private final Path run;
    private final int port;
    private final List<String> options;
    private final Path war;
    private final Path micro;
    // HTTP/1.1: a health check sent with the h2c upgrade once hung past its 5 s limit on a node under load.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** {@code src/main/payara/start-node}, to start as production does; null: Payara Micro directly. */
    private Path startNode;
    private Process process;
    private Path root;
    private Path log;
    private int starts;

    /** Time from spawning the JVM to the health check saying UP, and to the first page answering 200. */
    record Started(long readyMillis, long firstPageMillis) {
    }

    /** {@code war} and {@code micro}: the application and the Payara Micro jar to run (copies, so a rebuild cannot swap them mid-run). */
    PlatformProcess(Path run, int port, List<String> options, Path war, Path micro) {
        this.run = run;
        this.port = port;
        this.options = List.copyOf(options);
        this.war = war;
        this.micro = micro;
    }

    /**
     * Starts the node through {@code src/main/payara/start-node} (as the Docker image and the
     * README's systemd units do), which ends with status 1 when the platform did not deploy.
     */
    PlatformProcess throughStartNode(Path script) {
        this.startNode = script;
        return this;
    }

    Started start() throws IOException, InterruptedException {
        starts++;
        root = run.resolve("payara-root-" + starts);
        log = run.resolve("server-" + starts + ".log");
        List<String> jvm = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC", "-Djdk.nio.maxCachedBufferSize=262144",
                "-Dcommonground.data.dir=" + run.resolve("data"),
                "-Dcommonground.http.trusted-proxies=127.0.0.1"));
        jvm.addAll(options);
        List<String> payara = List.of("--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--disablephonehome", "--rootdir", root.toString(),
                "--prebootcommandfile", "src/main/payara/pre-boot-commands.txt");
        List<String> command = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(command);
        if (startNode == null) {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvm);
            command.addAll(List.of("-jar", micro.toString()));
        } else {
            command.add(startNode.toString());
            builder.environment().put("PAYARA_JAR", micro.toString());
            builder.environment().put("JVM_ARGS", String.join(" ", jvm));
            builder.environment().put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                    + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        }
        command.addAll(payara);
        long spawned = System.nanoTime();
        process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = spawned + START_LIMIT.toNanos();
        URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
        long readyAt = 0;
        while (readyAt == 0) {
            if (!process.isAlive()) {
                long pid = process.pid();
                process = null;
                deleteRoot();
                throw new Exited("the platform stopped while starting (process " + pid + "); see " + log);
            }
            if (System.nanoTime() > deadline) {
                kill();
                throw new IllegalStateException("the platform was not ready within " + START_LIMIT.toSeconds() + " s; see " + log);
            }
            HttpResponse<String> answer = send(ready);
            if (answer != null && answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                readyAt = System.nanoTime();
            } else {
                process.waitFor(100, TimeUnit.MILLISECONDS);
            }
        }
        Server.deployedAt(new URL("http://127.0.0.1:" + port + "/"));
        URI page = Server.uri("sign-in.xhtml");
        HttpResponse<String> first = send(page);
        while (first == null || first.statusCode() != 200) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("the sign-in page never answered 200; see " + log);
            }
            process.waitFor(50, TimeUnit.MILLISECONDS);
            first = send(page);
        }
        long firstPageAt = System.nanoTime();
        return new Started((readyAt - spawned) / 1_000_000, (firstPageAt - spawned) / 1_000_000);
    }

    /** The node's process ended by itself while starting (start-node's exit 1 when the deployment failed). */
    static final class Exited extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        Exited(String message) {
            super(message);
        }
    }

    /** SIGKILL, then proof that the process (and anything it started) is gone. */
    void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        long pid = process.pid();
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("process " + pid + " survived SIGKILL for 30 s");
        }
        for (ProcessHandle child : children) {
            try {
                child.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("process " + child.pid() + " (started by " + pid + ") survived SIGKILL", e);
            }
        }
        if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)
                || children.stream().anyMatch(ProcessHandle::isAlive)) {
            throw new IllegalStateException("process " + pid + " or a child is still alive after SIGKILL");
        }
        process = null;
        deleteRoot();
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    Path log() {
        return log;
    }

    private void deleteRoot() {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(URI uri) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException notYet) {
            return null;
        }
    }
}
