package org.commonground.bench.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kills the platform while learners save, and checks that nothing it acknowledged is
 * lost. Each cycle registers a few new learners, lets them autosave the journey
 * worksheet and submit the journey quiz concurrently, sends SIGKILL to the server at
 * a random moment (seeded), restarts it on the same data, and reads back every save
 * that got its acknowledgement (200 with a version for an autosave, the redirect to
 * the attempt for a quiz). At the end every learner of every cycle is read back once
 * more, so a later crash that damaged older data is caught too.
 *
 * <pre>
 * mvn -Pbench -q exec:java -Dexec.mainClass=org.commonground.bench.crash.CrashHarness \
 *     -Dexec.args="--db h2 --cycles 50 --seed 1 --out target/bench/crash-h2.md --content target/crash/library"
 * </pre>
 *
 * Run it through {@code src/bench/crash}, which builds, prepares the content folder
 * (shipped content plus the test journey module) and, for PostgreSQL, the database.
 */
public final class CrashHarness {

    private final String db;
    private final int learners;
    private final int killFrom;
    private final int killTo;
    private final Random random;
    private final PlatformProcess platform;
    private final List<LearnerClient> everyone = new ArrayList<>();
    private final List<Long> ready = new ArrayList<>();
    private final List<Long> firstPage = new ArrayList<>();
    private final ReadBack.Tally afterEachRestart = new ReadBack.Tally();
    private final Map<String, Integer> errors = new TreeMap<>();
    private int acknowledged;

    private CrashHarness(Map<String, String> o, Path run) throws IOException {
        db = o.getOrDefault("db", "h2");
        learners = Integer.parseInt(o.getOrDefault("learners", "6"));
        killFrom = Integer.parseInt(o.getOrDefault("kill-from-ms", "500"));
        killTo = Integer.parseInt(o.getOrDefault("kill-to-ms", "3000"));
        random = new Random(Long.parseLong(o.getOrDefault("seed", "1")));
        platform = new PlatformProcess(run, freePort(), serverOptions(db, o), war(o), micro(o));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int cycles = Integer.parseInt(o.getOrDefault("cycles", "50"));
        Path run = Path.of(o.getOrDefault("run", "target/crash/" + o.getOrDefault("db", "h2") + "-" + System.currentTimeMillis()))
                .toAbsolutePath();
        Files.createDirectories(run);
        CrashHarness harness = new CrashHarness(o, run);
        boolean intact;
        try {
            PlatformProcess.Started cold = harness.platform.start();
            System.out.printf("crash[%s]: cold start ready in %d ms (pid %d, data %s)%n", harness.db, cold.readyMillis(),
                    harness.platform.pid(), run);
            for (int cycle = 1; cycle <= cycles; cycle++) {
                harness.cycle(cycle, cycles);
            }
            ReadBack.Tally sweep = harness.sweep();
            Path out = Path.of(o.getOrDefault("out", "target/bench/crash-" + harness.db + ".md"));
            harness.write(out, cycles, o.getOrDefault("seed", "1"), cold, sweep);
            System.out.println("crash[" + harness.db + "]: report in " + out);
            intact = harness.afterEachRestart.lost + harness.afterEachRestart.corrupted + sweep.lost + sweep.corrupted == 0;
        } finally {
            harness.platform.kill();
        }
        System.exit(intact ? 0 : 1);
    }

    /** New learners at work, SIGKILL at a random moment, a restart on the same data, and their saves read back. */
    private void cycle(int cycle, int cycles) throws IOException, InterruptedException {
        long began = System.nanoTime();
        List<LearnerClient> group = new ArrayList<>();
        for (int i = 1; i <= learners; i++) {
            group.add(new LearnerClient("c" + cycle + "/l" + i, random.nextLong()));
        }
        everyone.addAll(group);
        long killAfter = killFrom + random.nextInt(Math.max(1, killTo - killFrom));
        long registered = System.nanoTime();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch loadRunning = new CountDownLatch(1);
        ExecutorService load = Executors.newFixedThreadPool(learners);
        group.forEach(l -> load.submit(() -> l.work(killed::get, loadRunning::countDown)));
        load.shutdown();
        // The kill moment counts from the first acknowledged save, so a cold server's first slow pages do not eat it.
        loadRunning.await(60, TimeUnit.SECONDS);
        load.awaitTermination(killAfter, TimeUnit.MILLISECONDS);
        killed.set(true);
        platform.kill();
        if (!load.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("learners still waiting 60 s after the kill");
        }
        long killedAt = System.nanoTime();
        PlatformProcess.Started again = platform.start();
        ready.add(again.readyMillis());
        firstPage.add(again.firstPageMillis());
        ReadBack.Tally tally = new ReadBack.Tally();
        group.forEach(l -> tally.add(ReadBack.check(l)));
        afterEachRestart.add(tally);
        int cycleAcks = group.stream().mapToInt(LearnerClient::acknowledged).sum();
        acknowledged += cycleAcks;
        group.forEach(l -> l.errorsBeforeKill.forEach(e -> errors.merge(kind(e), 1, Integer::sum)));
        group.forEach(l -> l.errorsBeforeKill.forEach(e -> System.out.println("  error before the kill, " + l.tag + ": " + e)));
        System.out.printf("crash[%s] cycle %d/%d: killed %d ms into the load, %d acknowledged, %d lost, %d corrupted;"
                + " restart ready %d ms, first page %d ms (registering %d ms, load %d ms, read-back %d ms)%n", db, cycle, cycles,
                killAfter, cycleAcks, tally.lost, tally.corrupted, again.readyMillis(), again.firstPageMillis(),
                millis(began, registered), millis(registered, killedAt), millis(killedAt, System.nanoTime()) - again.firstPageMillis());
        tally.problems.forEach(p -> System.out.println("  PROBLEM " + p));
    }

    /**
     * Every learner read back once more, two at a time (signing in costs a deliberate
     * password hash). A learner who cannot sign in any more fails the run.
     */
    private ReadBack.Tally sweep() throws InterruptedException, ExecutionException {
        ReadBack.Tally sweep = new ReadBack.Tally();
        ExecutorService readers = Executors.newFixedThreadPool(2);
        List<Future<?>> reads = new ArrayList<>();
        everyone.forEach(l -> reads.add(readers.submit(() -> sweep.add(ReadBack.check(l)))));
        readers.shutdown();
        for (Future<?> read : reads) {
            read.get();
        }
        System.out.printf("crash[%s] final read-back of %d learners: %d checked, %d lost, %d corrupted%n", db, everyone.size(),
                sweep.checked, sweep.lost, sweep.corrupted);
        sweep.problems.forEach(p -> System.out.println("  PROBLEM (final) " + p));
        return sweep;
    }

    private void write(Path out, int cycles, String seed, PlatformProcess.Started cold, ReadBack.Tally sweep) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("| db | cycles | acknowledged saves | read back | lost | corrupted | restart to ready (median / max)"
                + " | restart to first page (median / max) |\n|---|---:|---:|---:|---:|---:|---|---|\n");
        md.append(String.format("| %s | %d | %d | %d + %d | %d | %d | %s / %s | %s / %s |%n", db, cycles, acknowledged,
                afterEachRestart.checked, sweep.checked, afterEachRestart.lost + sweep.lost,
                afterEachRestart.corrupted + sweep.corrupted, seconds(median(ready)), seconds(max(ready)),
                seconds(median(firstPage)), seconds(max(firstPage))));
        md.append(String.format("%n- %s, %s, seed %s: %d new learners per cycle, killed %d-%d ms after the first acknowledged"
                + " save of the cycle; cold start %s to ready.%n", LocalDate.now(), db, seed, learners, killFrom, killTo,
                seconds(cold.readyMillis())));
        md.append("- Acknowledged saves: worksheet autosaves answered 200 plus quiz submissions redirected to their attempt."
                + " Read back after each restart: each learner's latest acknowledged autosave and every acknowledged attempt"
                + " (after the \"+\": all learners of all cycles again, after the last restart).\n");
        md.append(String.format("- Requests that failed before the kill (not acknowledged, so not checked): %d %s.%n",
                errors.values().stream().mapToInt(Integer::intValue).sum(), errors));
        List<String> problems = new ArrayList<>(afterEachRestart.problems);
        problems.addAll(sweep.problems);
        problems.stream().limit(20).forEach(p -> md.append("- PROBLEM: ").append(p).append('\n'));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString());
    }

    static List<String> serverOptions(String db, Map<String, String> o) {
        List<String> options = new ArrayList<>();
        options.add("-Dcommonground.content.dir=" + Path.of(o.getOrDefault("content", "target/crash/library")).toAbsolutePath());
        if (db.equals("postgres")) {
            options.add("-Dcommonground.db.driver=org.postgresql.ds.PGSimpleDataSource");
            options.add("-Dcommonground.db.url=" + o.get("db-url"));
            options.add("-Dcommonground.db.user=" + o.getOrDefault("db-user", "commonground"));
            options.add("-Dcommonground.db.password=" + o.getOrDefault("db-password", "commonground"));
        } else if (!db.equals("h2")) {
            throw new IllegalArgumentException("--db h2|postgres, not " + db);
        }
        return options;
    }

    static Path war(Map<String, String> o) {
        return Path.of(o.getOrDefault("war", "target/commonground.war")).toAbsolutePath();
    }

    static Path micro(Map<String, String> o) {
        return Path.of(o.getOrDefault("micro", "target/payara-micro.jar")).toAbsolutePath();
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** An error in a few words, to count alike ones together: "autosave answered 403", "quiz page answered 500". */
    private static String kind(String error) {
        Matcher status = Pattern.compile("^(\\D{0,40}?\\d{3})\\b").matcher(error);
        if (status.find()) {
            return status.group(1);
        }
        String[] words = error.split("[\\s:]+");
        return String.join(" ", Arrays.copyOf(words, Math.min(3, words.length))).trim();
    }

    private static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
    }

    static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    static String seconds(long millis) {
        return String.format("%.1f s", millis / 1000.0);
    }
}
