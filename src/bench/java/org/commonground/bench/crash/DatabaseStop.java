package org.commonground.bench.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.commonground.it.People;

/**
 * PostgreSQL stopped under a light load ({@code pg_ctl stop -m immediate}, as a crash
 * of the database would), then started again; the platform is left running. While
 * the database is down every request must answer within 2 s with the platform's
 * friendly error page (or, for an autosave, an error status the page's script
 * understands), never a stack trace and never a hang. When the database is back,
 * the platform must work again by itself: measured from the database accepting
 * connections to the first full round of pages and an autosave all answering 200.
 *
 * <pre>
 * mvn -Pbench -q exec:java -Dexec.mainClass=org.commonground.bench.crash.DatabaseStop -Dexec.args="--content target/crash/library \
 *     --db-url jdbc:postgresql://127.0.0.1:PORT/commonground --pg-bin /usr/lib/postgresql/15/bin --pg-data DIR --pg-port PORT"
 * </pre>
 * Run it through {@code src/bench/crash db-stop}, which starts that PostgreSQL.
 */
public final class DatabaseStop {

    private DatabaseStop() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = CrashHarness.options(args);
        int downSeconds = Integer.parseInt(o.getOrDefault("down-seconds", "10"));
        int learners = Integer.parseInt(o.getOrDefault("learners", "3"));
        Path out = Path.of(o.getOrDefault("out", "target/bench/crash-db-stop.md"));
        Path run = Path.of(o.getOrDefault("run", "target/crash/db-stop-" + System.currentTimeMillis())).toAbsolutePath();
        Files.createDirectories(run);
        Postgres postgres = new Postgres(Path.of(o.get("pg-bin")), Path.of(o.get("pg-data")), Integer.parseInt(o.get("pg-port")));
        PlatformProcess platform = new PlatformProcess(run, CrashHarness.freePort(), CrashHarness.serverOptions("postgres", o),
                CrashHarness.war(o), CrashHarness.micro(o));
        platform.start();
        Probe probe = new Probe(run);
        boolean passed;
        try {
            List<People.Person> people = new ArrayList<>();
            for (int i = 0; i < learners; i++) {
                people.add(People.newLearner());
            }
            ExecutorService load = Executors.newFixedThreadPool(learners);
            AtomicBoolean stop = new AtomicBoolean();
            people.forEach(p -> load.submit(() -> probe.work(p, stop)));
            if (!probe.until(() -> probe.roundsOk() >= 3 * learners, 120)) {
                throw new IllegalStateException("the learners' pages did not all work before the stop; see " + run);
            }
            probe.phase("down");
            long stopping = System.nanoTime();
            postgres.stop();
            System.out.printf("db-stop: PostgreSQL stopped (immediate) in %d ms%n", (System.nanoTime() - stopping) / 1_000_000);
            probe.until(() -> false, downSeconds);
            probe.phase("starting");
            postgres.start();
            long back = System.nanoTime();
            probe.phase("back");
            boolean recovered = probe.until(() -> probe.roundsOk() >= learners, 120);
            long recoveryMillis = (System.nanoTime() - back) / 1_000_000;
            stop.set(true);
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
            passed = probe.downRequests() > 0 && probe.worstDown() <= Probe.LIMIT_MILLIS && probe.unfriendly.isEmpty() && recovered;
            write(out, probe, recovered, recoveryMillis, downSeconds, learners, passed);
            System.out.println("db-stop: report in " + out);
        } finally {
            platform.kill();
        }
        System.exit(passed ? 0 : 2);
    }

    private static void write(Path out, Probe probe, boolean recovered, long recoveryMillis, int downSeconds, int learners,
            boolean passed) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| database stopped under load (PostgreSQL) | requests while down | slowest answer while down | over 2 s"
                + " | not the friendly page | back to normal after the database returned |\n|---|---:|---:|---:|---:|---|\n");
        md.append(String.format("| %s | %d | %d ms | %d | %d | %s |%n", passed ? "passed" : "MISSED", probe.downRequests(),
                probe.worstDown(), probe.slowDown(), probe.unfriendly.size(),
                recovered ? CrashHarness.seconds(recoveryMillis) : "not within 120 s"));
        md.append(String.format("%n- %s: %d learners (my learning, a unit, the worksheet, an autosave, in turn) plus an"
                + " anonymous visitor (the sign-in page); PostgreSQL stopped with pg_ctl -m immediate for %d s, the platform"
                + " left running.%n", LocalDate.now(), learners, downSeconds));
        md.append("- Answers while down: ").append(probe.answersDown()).append('\n');
        md.append("- 403 refusals of signed-in learners by phase: ").append(probe.refused()).append(". Payara refuses some"
                + " requests of signed-in people under concurrent load whether or not the database is up (payara/Payara#6145);"
                + " they are counted here, not as answers to the database stop.\n");
        probe.unfriendly.stream().limit(10).forEach(u -> md.append("- NOT FRIENDLY: ").append(u).append('\n'));
        if (!recovered) {
            probe.failuresBack.forEach(f -> md.append("- STILL FAILING: ").append(f).append('\n'));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString());
        System.out.print(md);
    }
}
