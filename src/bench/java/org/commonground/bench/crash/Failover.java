package org.commonground.bench.crash;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.commonground.it.Learning;
import org.commonground.it.People;
import org.commonground.it.Server;
import org.commonground.it.WebClient;

/**
 * Two nodes on one PostgreSQL behind nginx (the shipped docker/nginx.conf, on loopback,
 * over HTTPS), started at the same moment on an empty database; learners autosave the
 * journey worksheet through nginx; one node gets SIGKILL, then starts again and rejoins.
 * Counted: acknowledged saves, acknowledged saves lost (the database must hold each
 * learner's last acknowledged text), learners signed out by the kill, each learner's time
 * from the kill to their next acknowledged save, and the restarted node's time to ready.
 * nginx tells which node answered (X-CG-Node, a line the bench adds to its copy of the
 * configuration). Run it through {@code src/bench/failover}, which starts PostgreSQL and nginx.
 */
public final class Failover {

    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(20);

    private Failover() {
    }

    /** One learner: what the server acknowledged, and what happened to them at the kill. */
    static final class Learner {
        final People.Person person;
        final String tag;
        volatile String lastAcknowledged;
        volatile String node = "";
        final AtomicLong acknowledged = new AtomicLong();
        volatile boolean signedOut;
        volatile long firstSaveAfterKill = -1;
        /** Signed out (a sign-in page, a 401 or a redirect to sign in) while the database was stopped or after. */
        volatile boolean signedOutByDatabase;
        volatile long firstSaveAfterDatabase = -1;
        final List<String> errors = new ArrayList<>();
        private long version;
        private String token;
        private URI page;
        private int sequence;

        Learner(String tag) {
            this.tag = tag;
            this.person = People.newLearner();
        }

        void open() throws IOException {
            WebClient.Page sheet = person.browser().get(Learning.worksheetPath());
            page = sheet.uri();
            token = sheet.document().select("#worksheet input[name=token]").val();
            String shown = sheet.document().select("input[name=v." + Learning.PROMPT + "]").val();
            version = shown.isEmpty() ? 0 : Long.parseLong(shown);
            node = sheet.response().headers().firstValue("X-CG-Node").orElse(node);
        }

        /**
         * One autosave; true if acknowledged. A sign-in page or a refusal means the session was lost.
         * {@code killedAt}: when node A was killed (0 before); {@code databaseBack}: when the database
         * was stopped (negative while it is down, 0 before, the moment it was back after).
         */
        boolean save(long killedAt, long databaseBack, Map<String, Long> answers) throws InterruptedException {
            String text = "Failover " + tag + " save " + (++sequence);
            String body = "m=" + Learning.MODULE + "&u=" + Learning.WORKSHEET_UNIT + "&part=" + Learning.PROMPT
                    + "&v." + Learning.PROMPT + "=" + version + "&t." + Learning.PROMPT + "="
                    + URLEncoder.encode(text, StandardCharsets.UTF_8);
            HttpResponse<String> answer;
            try {
                answer = person.browser().http().send(HttpRequest.newBuilder(page.resolve("worksheet-save"))
                        .timeout(REQUEST_LIMIT).header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Autosave", "1").header("X-CG-Token", token)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                errors.add(e.toString());
                answers.merge(phase(killedAt, databaseBack) + " autosave no answer", 1L, Long::sum);
                return false;
            }
            answers.merge(phase(killedAt, databaseBack) + " autosave " + answer.statusCode(), 1L, Long::sum);
            if (answer.statusCode() == 200 && answer.body().contains("\"version\"")) {
                try (JsonReader json = Json.createReader(new StringReader(answer.body()))) {
                    version = json.readObject().getJsonNumber("version").longValue();
                }
                lastAcknowledged = text;
                acknowledged.incrementAndGet();
                node = answer.headers().firstValue("X-CG-Node").orElse(node);
                if (killedAt > 0 && firstSaveAfterKill < 0) {
                    firstSaveAfterKill = System.nanoTime();
                }
                if (databaseBack > 0 && firstSaveAfterDatabase < 0) {
                    firstSaveAfterDatabase = System.nanoTime();
                }
                return true;
            }
            errors.add("autosave answered " + answer.statusCode());
            if (answer.statusCode() == 302 || answer.statusCode() == 401 || answer.statusCode() == 403) {
                if (databaseBack != 0) {
                    signedOutByDatabase = true;
                } else {
                    signedOut = true;
                }
                People.signIn(person.browser(), person.email(), person.password());
                try {
                    open();
                } catch (IOException e) {
                    errors.add("reopening the worksheet: " + e);
                }
            }
            return false;
        }
    }

    /** The learner's worksheet page; a sign-in page means they were signed out. */
    static void view(Learner learner, long killedAt, long databaseBack, Map<String, Long> answers) {
        String phase = phase(killedAt, databaseBack);
        try {
            HttpResponse<String> page = learner.person.browser().http().send(HttpRequest.newBuilder(learner.page)
                    .timeout(REQUEST_LIMIT).GET().build(), HttpResponse.BodyHandlers.ofString());
            boolean signIn = page.statusCode() == 302 || page.body().contains("id=\"signIn\"");
            answers.merge(phase + " page " + (signIn ? "sign-in page" : Integer.toString(page.statusCode())), 1L, Long::sum);
            if (signIn && databaseBack != 0) {
                learner.signedOutByDatabase = true;
            } else if (signIn) {
                learner.signedOut = true;
            }
        } catch (IOException e) {
            answers.merge(phase + " page no answer", 1L, Long::sum);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String phase(long killedAt, long databaseBack) {
        return databaseBack < 0 ? "database stopped:" : databaseBack > 0 ? "database back:" : killedAt > 0 ? "after the kill:"
                : "before the kill:";
    }

    /** Starts a node as an orchestrator would: a node that exits while starting (start-node's exit 1) is started again. */
    private static PlatformProcess.Started startRestarting(PlatformProcess node, List<String> restarts, String name)
            throws IOException, InterruptedException {
        for (int attempt = 1;; attempt++) {
            try {
                return node.start();
            } catch (PlatformProcess.Exited exited) {
                restarts.add(name + ": " + exited.getMessage());
                System.out.println("failover: " + name + " exited while starting; starting it again (" + exited.getMessage() + ")");
                if (attempt == 3) {
                    throw exited;
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = CrashHarness.options(args);
        int learnerCount = Integer.parseInt(o.getOrDefault("learners", "20"));
        int workSeconds = Integer.parseInt(o.getOrDefault("work-seconds", "20"));
        Path run = Path.of(o.getOrDefault("run", "target/failover/run-" + System.currentTimeMillis())).toAbsolutePath();
        Path out = Path.of(o.getOrDefault("out", "target/bench/failover.md"));
        String lb = o.get("lb");
        String dbUrl = o.get("db-url");
        List<String> options = new ArrayList<>(CrashHarness.serverOptions("postgres", o));
        options.add("-Dcommonground.admin.email=failover-admin@bench.commonground.test");
        options.add("-Dcommonground.admin.password=failover-one-time-secret");
        options.add("-Dcommonground.http.https=true");
        int downSeconds = Integer.parseInt(o.getOrDefault("db-down-seconds", "20"));
        Postgres postgres = new Postgres(Path.of(o.get("pg-bin")), Path.of(o.get("pg-data")), Integer.parseInt(o.get("pg-port")));
        Path startNode = Path.of("src/main/payara/start-node").toAbsolutePath();
        PlatformProcess[] nodes = {
            new PlatformProcess(run.resolve("node-a"), Integer.parseInt(o.get("port-a")), options, CrashHarness.war(o),
                    CrashHarness.micro(o)).throughStartNode(startNode),
            new PlatformProcess(run.resolve("node-b"), Integer.parseInt(o.get("port-b")), options, CrashHarness.war(o),
                    CrashHarness.micro(o)).throughStartNode(startNode)};
        List<String> restarts = new java.util.concurrent.CopyOnWriteArrayList<>();
        Files.createDirectories(run.resolve("node-a"));
        Files.createDirectories(run.resolve("node-b"));
        StringBuilder md = new StringBuilder();
        boolean passed = false;
        ExecutorService starting = Executors.newFixedThreadPool(2);
        try {
            // 1. Both nodes at once on the empty database.
            List<Future<PlatformProcess.Started>> starts = List.of(starting.submit(() -> startRestarting(nodes[0], restarts, "node A")),
                    starting.submit(() -> startRestarting(nodes[1], restarts, "node B")));
            long[] ready = new long[2];
            for (int i = 0; i < 2; i++) {
                ready[i] = starts.get(i).get().readyMillis(); // each start has its own limit (PlatformProcess)
            }
            long admins = count(dbUrl, "SELECT COUNT(*) FROM account_role WHERE role = 'ADMIN'");
            long lockStarts = count(dbUrl, "SELECT starts FROM startup_lock");
            long duplicateVersions = count(dbUrl, "SELECT COUNT(*) FROM (SELECT module_id, fingerprint FROM module_version"
                    + " GROUP BY module_id, fingerprint HAVING COUNT(*) > 1) d");
            System.out.printf("failover: both nodes ready (%d ms, %d ms); %d administrator(s), %d starts under the lock%n",
                    ready[0], ready[1], admins, lockStarts);

            // 2. Learners at work through nginx.
            Server.deployedAt(new URL(lb));
            List<Learner> learners = new ArrayList<>();
            for (int i = 0; i < learnerCount; i++) {
                Learner learner = new Learner("l" + i);
                learner.open();
                learners.add(learner);
            }
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong killedAt = new AtomicLong();
            AtomicLong databaseBack = new AtomicLong();
            Map<String, Long> answers = new ConcurrentHashMap<>();
            ExecutorService work = Executors.newFixedThreadPool(learnerCount);
            for (Learner learner : learners) {
                work.submit(() -> {
                    for (int turn = 1; !stop.get(); turn++) {
                        try {
                            if (turn % 5 == 0) {
                                view(learner, killedAt.get(), databaseBack.get(), answers);
                            }
                            learner.save(killedAt.get(), databaseBack.get(), answers);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (RuntimeException e) {
                            learner.errors.add(e.toString());
                        }
                    }
                });
            }
            waitFor(Duration.ofSeconds(workSeconds));
            Map<String, Long> byNode = new ConcurrentHashMap<>();
            learners.forEach(l -> byNode.merge(l.node, 1L, Long::sum));
            String victimAddress = "127.0.0.1:" + o.get("port-a");
            long onVictim = learners.stream().filter(l -> l.node.equals(victimAddress)).count();
            long acknowledgedBefore = learners.stream().mapToLong(l -> l.acknowledged.get()).sum();

            // 3. SIGKILL of node A, work goes on.
            long kill = System.nanoTime();
            nodes[0].kill();
            killedAt.set(kill);
            System.out.printf("failover: node A killed with %d of %d learners on it%n", onVictim, learnerCount);
            waitFor(Duration.ofSeconds(workSeconds));

            // 4. Node A starts again and rejoins.
            long restart = System.nanoTime();
            PlatformProcess.Started again = startRestarting(nodes[0], restarts, "node A (restart)");
            Server.deployedAt(new URL(lb));
            long rejoinMillis = (System.nanoTime() - restart) / 1_000_000;
            waitFor(Duration.ofSeconds(workSeconds / 2));

            // 5. The database stops for a while (pg_ctl -m immediate) and comes back; the nodes keep running.
            long acknowledgedBeforeDatabase = learners.stream().mapToLong(l -> l.acknowledged.get()).sum();
            databaseBack.set(-1);
            postgres.stop();
            System.out.printf("failover: PostgreSQL stopped for %d s%n", downSeconds);
            waitFor(Duration.ofSeconds(downSeconds));
            postgres.start();
            long back = System.nanoTime();
            databaseBack.set(back);
            System.out.println("failover: PostgreSQL back");
            waitFor(Duration.ofSeconds(workSeconds));
            stop.set(true);
            work.shutdown();
            work.awaitTermination(2, TimeUnit.MINUTES);
            Map<String, Long> newcomers = new ConcurrentHashMap<>();
            for (int i = 0; i < 10; i++) {
                WebClient visitor = new WebClient();
                String node = visitor.get("sign-in.xhtml").response().headers().firstValue("X-CG-Node").orElse("?");
                newcomers.merge(node, 1L, Long::sum);
            }

            // 6. Every acknowledged save still there.
            long lost = 0;
            List<String> lostWhat = new ArrayList<>();
            for (Learner learner : learners) {
                String stored = stored(dbUrl, learner.person.email());
                if (learner.lastAcknowledged != null && !learner.lastAcknowledged.equals(stored)) {
                    lost++;
                    lostWhat.add(learner.tag + " last acknowledged '" + learner.lastAcknowledged + "', stored '" + stored + "'");
                }
            }
            long acknowledged = learners.stream().mapToLong(l -> l.acknowledged.get()).sum();
            long signedOut = learners.stream().filter(l -> l.signedOut).count();
            List<Long> recovery = learners.stream().filter(l -> l.firstSaveAfterKill > 0)
                    .map(l -> (l.firstSaveAfterKill - kill) / 1_000_000).toList();
            long neverRecovered = learners.stream().filter(l -> l.firstSaveAfterKill < 0).count();
            long signedOutByDatabase = learners.stream().filter(l -> l.signedOutByDatabase).count();
            List<Long> recoveryFromDatabase = learners.stream().filter(l -> l.firstSaveAfterDatabase > 0)
                    .map(l -> (l.firstSaveAfterDatabase - back) / 1_000_000).toList();
            long noSaveAfterDatabase = learners.stream().filter(l -> l.firstSaveAfterDatabase < 0).count();
            long signInPagesWhileDown = answers.entrySet().stream().filter(e -> e.getKey().startsWith("database")
                    && e.getKey().endsWith("sign-in page")).mapToLong(Map.Entry::getValue).sum();
            long pages503 = answers.getOrDefault("database stopped: page 503", 0L);
            passed = lost == 0 && admins == 1 && duplicateVersions == 0 && neverRecovered == 0 && signedOut == 0
                    && signedOutByDatabase == 0 && signInPagesWhileDown == 0 && noSaveAfterDatabase == 0;

            md.append("| two nodes, one killed (PostgreSQL, nginx) | learners | acknowledged saves | lost | on the killed node"
                    + " | signed out | kill to next save: median / slowest | no save after the kill | restarted node ready |\n");
            md.append("|---|---:|---:|---:|---:|---:|---|---:|---:|\n");
            md.append(String.format("| %s | %d | %d | %d | %d | %d | %s / %s | %d | %s |%n", passed ? "passed" : "FAILED",
                    learnerCount, acknowledged, lost, onVictim, signedOut, CrashHarness.seconds(CrashHarness.median(recovery)),
                    CrashHarness.seconds(CrashHarness.max(recovery)), neverRecovered, CrashHarness.seconds(again.readyMillis())));
            md.append("\n| database stopped for " + downSeconds + " s (both nodes running) | pages answered 503 while down"
                    + " | sign-in pages | learners signed out | database back to next save: median / slowest | no save after |\n");
            md.append("|---|---:|---:|---:|---|---:|\n");
            md.append(String.format("| %s | %d | %d | %d | %s / %s | %d |%n", signInPagesWhileDown == 0 && signedOutByDatabase == 0
                    && noSaveAfterDatabase == 0 ? "passed" : "FAILED", pages503, signInPagesWhileDown, signedOutByDatabase,
                    CrashHarness.seconds(CrashHarness.median(recoveryFromDatabase)),
                    CrashHarness.seconds(CrashHarness.max(recoveryFromDatabase)), noSaveAfterDatabase));
            md.append(String.format("%n- %s: both nodes started at the same moment on an empty database: ready in %s and %s;"
                    + " %d administrator created, %d start-ups under the start-up lock, %d module versions published twice.%n",
                    LocalDate.now(), CrashHarness.seconds(ready[0]), CrashHarness.seconds(ready[1]), admins, lockStarts,
                    duplicateVersions));
            md.append(String.format("- Learners by node before the kill: %s; %d acknowledged saves before it. Each learner"
                    + " autosaves in a loop for %d s, node A gets SIGKILL, they go on for %d s, node A is started again (%s to"
                    + " ready, %s until it answered through nginx) and they go on for %d s.%n", byNode, acknowledgedBefore,
                    workSeconds, workSeconds, CrashHarness.seconds(again.readyMillis()), CrashHarness.seconds(rejoinMillis),
                    workSeconds / 2));
            md.append(String.format("- New visitors after the restart, by node: %s (the killed node rejoined if it has some).%n",
                    newcomers));
            md.append("- Nodes started through src/main/payara/start-node; exits while starting (started again, as an orchestrator"
                    + " would): " + (restarts.isEmpty() ? "none" : restarts) + ".\n");
            md.append(String.format("- Then PostgreSQL stopped (pg_ctl -m immediate) for %d s and started again, the learners at"
                    + " work throughout (%d acknowledged saves before the stop).%n", downSeconds, acknowledgedBeforeDatabase));
            md.append("- Answers by phase: ").append(new java.util.TreeMap<>(answers)).append('\n');
            md.append("- Signed out means a sign-in page, a redirect to it, or a 401/403 to the autosave. Sessions stay in each"
                    + " node's memory; a node that never saw a session carries it on from the key cookie and its row in the"
                    + " database (signed_in_session).\n");
            lostWhat.stream().limit(10).forEach(l -> md.append("- LOST: ").append(l).append('\n'));
            learners.stream().filter(l -> l.firstSaveAfterKill < 0 || l.firstSaveAfterDatabase < 0).limit(5)
                    .forEach(l -> md.append("- NO SAVE AFTER THE KILL: ").append(l.tag).append(' ')
                            .append(l.errors.stream().skip(Math.max(0, l.errors.size() - 3)).toList()).append('\n'));
        } catch (Exception | AssertionError failed) {
            failed.printStackTrace();
            md.append("- FAILED: ").append(failed).append('\n');
        } finally {
            starting.shutdownNow();
            for (PlatformProcess node : nodes) {
                node.kill();
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString());
        System.out.print(md);
        System.exit(passed ? 0 : 1);
    }

    private static void waitFor(Duration time) throws InterruptedException {
        // The bench's own pacing (learners work meanwhile): a fixed time is what is measured here.
        TimeUnit.MILLISECONDS.sleep(time.toMillis());
    }

    private static long count(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "commonground", "commonground");
                PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String stored(String url, String email) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "commonground", "commonground");
                PreparedStatement s = c.prepareStatement("SELECT a.content FROM worksheet_answer a"
                        + " JOIN worksheet_response r ON r.id = a.response_id JOIN account p ON p.id = r.account_id"
                        + " WHERE p.email = ? AND a.part_uuid = ?")) {
            s.setString(1, email);
            s.setString(2, Learning.PROMPT);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
