package org.commonground.bench.load;

import io.gatling.javaapi.core.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * What a load run measured in its steady window (after the ramp, before the end),
 * beside Gatling's own report of the whole run: every response's time, outcome,
 * body size and, for pages, the platform's count of SQL statements
 * ({@code #sqlStatements}, on with {@code commonground.diagnostics.sql-count}); and
 * the server process's CPU time at the window's two ends (Linux /proc), so CPU
 * milliseconds per request are the server's, not the load generator's.
 * Written as one tab-separated file per run, which {@code LoadReport} reads.
 */
public final class Samples {

    record Sample(String name, long at, int millis, Outcome outcome, int bytes, int sql) {
    }

    enum Outcome { OK, EXPECTED, ERROR }

    private static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "cpu-window");
        thread.setDaemon(true);
        return thread;
    });
    private static volatile long windowStart = Long.MAX_VALUE;
    private static volatile long windowEnd = Long.MAX_VALUE;
    private static volatile double cpuStart = Double.NaN;
    private static volatile double cpuEnd = Double.NaN;
    private static volatile long serverPid;

    private Samples() {
    }

    /** Opens the window after {@code delayMillis} and closes it {@code lengthMillis} later, reading the server's CPU at both. */
    static void window(long delayMillis, long lengthMillis, long pid) {
        serverPid = pid;
        windowStart = System.currentTimeMillis() + delayMillis;
        windowEnd = windowStart + lengthMillis;
        CLOCK.schedule(() -> cpuStart = cpuSeconds(pid), delayMillis, TimeUnit.MILLISECONDS);
        CLOCK.schedule(() -> cpuEnd = cpuSeconds(pid), delayMillis + lengthMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Records a response from the values its earlier checks saved (Gatling hands each
     * check the session as the checks before it left it); returns the request's name.
     */
    static String record(Session session, String name, List<Integer> allowed, int millis) {
        long now = System.currentTimeMillis();
        int status = session.contains("status") ? session.getInt("status") : -1;
        boolean signedOut = session.contains("signInForms") && session.getInt("signInForms") > 0;
        Outcome outcome = !allowed.contains(status) || signedOut ? Outcome.ERROR
                : session.contains("expected") && session.getInt("expected") > 0 ? Outcome.EXPECTED : Outcome.OK;
        int bytes = session.contains("bytes") ? session.getInt("bytes") : -1;
        int sql = -1;
        if (session.contains("sql")) {
            try {
                sql = Integer.parseInt(session.getString("sql").trim());
            } catch (NumberFormatException e) {
                sql = -1;
            }
        }
        if (now >= windowStart && now <= windowEnd) {
            SAMPLES.add(new Sample(name, now, millis, outcome, bytes, sql));
        }
        return name;
    }

    /** Writes the window's figures: one line per request name and one for all of them. */
    static void write(Path file, String label) {
        if (Double.isNaN(cpuEnd) && System.currentTimeMillis() < windowEnd) {
            // Everyone finished before the window's planned end: it ends now.
            cpuEnd = cpuSeconds(serverPid);
            windowEnd = System.currentTimeMillis();
        }
        List<Sample> all = new ArrayList<>(SAMPLES);
        Map<String, List<Sample>> byName = new TreeMap<>();
        all.forEach(s -> byName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s));
        double seconds = Math.max(0.001, (windowEnd - windowStart) / 1000.0);
        StringBuilder out = new StringBuilder();
        out.append("# label\t").append(label).append('\n');
        out.append("# window_seconds\t").append(String.format(Locale.ROOT, "%.1f", seconds)).append('\n');
        out.append("# server_cpu_seconds\t").append(String.format(Locale.ROOT, "%.3f", cpuEnd - cpuStart)).append('\n');
        out.append("name\tcount\terrors\texpected\tper_second\tp50\tp95\tp99\tmax\tbytes_median\tsql_median\tsql_max\n");
        byName.forEach((name, samples) -> out.append(line(name, samples, seconds)));
        out.append(line("ALL", all, seconds));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(out);
    }

    private static String line(String name, List<Sample> samples, double seconds) {
        long errors = samples.stream().filter(s -> s.outcome() == Outcome.ERROR).count();
        long expected = samples.stream().filter(s -> s.outcome() == Outcome.EXPECTED).count();
        int[] millis = samples.stream().mapToInt(Sample::millis).filter(m -> m >= 0).sorted().toArray();
        int[] bytes = samples.stream().mapToInt(Sample::bytes).filter(b -> b >= 0).sorted().toArray();
        int[] sql = samples.stream().mapToInt(Sample::sql).filter(q -> q >= 0).sorted().toArray();
        return String.join("\t", name, Integer.toString(samples.size()), Long.toString(errors), Long.toString(expected),
                String.format(Locale.ROOT, "%.2f", samples.size() / seconds), pct(millis, 50), pct(millis, 95),
                pct(millis, 99), pct(millis, 100), pct(bytes, 50), pct(sql, 50), pct(sql, 100)) + "\n";
    }

    /** The nearest-rank percentile, or "-" when there is nothing to rank. */
    static String pct(int[] sorted, int percent) {
        if (sorted.length == 0) {
            return "-";
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return Integer.toString(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
    }

    /** User plus system CPU time of a process in seconds, from /proc (Linux); NaN without a pid. */
    static double cpuSeconds(long pid) {
        if (pid <= 0) {
            return Double.NaN;
        }
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
