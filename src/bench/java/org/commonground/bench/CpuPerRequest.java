package org.commonground.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.commonground.it.People;
import org.commonground.it.Server;
import org.commonground.it.WebClient;

/**
 * Server CPU per request under concurrent load: {@code --learners} (64) signed-in
 * learners of the generated data set, taken in turn by {@code --connections} (16)
 * client threads, each with one kept-alive HTTP/1.1 connection and no think time.
 * After a warm-up of every page ({@code --warmup} seconds), each target is asked for
 * {@code --seconds} (30) seconds; the server process's CPU time (user plus system,
 * /proc/PID/stat) over that window divided by the requests it answered is its CPU
 * per request. The targets: the minimal servlet of the bench build (no session),
 * the unit page, the quiz page and my learning, each learner on their own module's
 * unit. {@code --rounds} (2) repeats the targets, in turn, and the median is reported
 * with the ratio to the servlet measured in the same run. Requests ask for gzip, as a
 * browser does. Written as target/bench/cpu.md (and a tab-separated copy).
 *
 * <p>This is not the "on its own" figure of {@link PageCosts} (one person, requests one
 * after another): that one includes an idle server's fixed costs per wake-up and a
 * JIT compiler still at work, so it is several times higher.
 *
 * <pre>
 * mvn -Pbench -q exec:java -Dexec.mainClass=org.commonground.bench.CpuPerRequest \
 *     -Dexec.args="--base http://127.0.0.1:8581/ --pid 1234 --out target/bench"
 * </pre>
 */
public final class CpuPerRequest {

    private record Target(String name, String path, boolean signedIn) {
    }

    private record Result(String name, long requests, long errors, double seconds, double cpuSeconds) {

        double cpuMillisPerRequest() {
            return requests == 0 ? Double.NaN : cpuSeconds * 1000 / requests;
        }
    }

    private CpuPerRequest() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8581/"));
        Server.deployedAt(base.toURL());
        long pid = Long.parseLong(options.getOrDefault("pid", "0"));
        int learners = Integer.parseInt(options.getOrDefault("learners", "64"));
        int connections = Integer.parseInt(options.getOrDefault("connections", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "30"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "60"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        Path out = Path.of(options.getOrDefault("out", "target/bench"));
        if (pid <= 0) {
            throw new IllegalArgumentException("--pid of the server is needed: its CPU time is what is measured");
        }

        String load = loadAverage();
        List<Learner> people = signIn(learners);
        List<Target> targets = List.of(new Target("minimal servlet", "bench/ceiling", false),
                new Target("unit page", "unit", true), new Target("quiz page", "quiz", true),
                new Target("my learning", "learn/index.xhtml", true));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        try {
            long warmed = 0;
            for (Target target : targets) {
                warmed += run(threads, client, connections, base, people, target, warmup / targets.size(), pid).requests();
            }
            System.out.printf(Locale.ROOT, "warm-up: %d requests in %d s%n", warmed, warmup);
            Map<String, List<Result>> results = new LinkedHashMap<>();
            for (int r = 0; r < rounds; r++) {
                for (Target target : targets) {
                    run(threads, client, connections, base, people, target, 3, pid);  // the connections settle
                    Result result = run(threads, client, connections, base, people, target, seconds, pid);
                    results.computeIfAbsent(target.name(), k -> new ArrayList<>()).add(result);
                    System.out.printf(Locale.ROOT, "round %d, %s: %d requests (%d errors), %.0f/s, %.3f ms CPU each%n",
                            r + 1, target.name(), result.requests(), result.errors(),
                            result.requests() / result.seconds(), result.cpuMillisPerRequest());
                }
            }
            write(out, results, learners, connections, seconds, warmup, warmed, load);
        } finally {
            threads.shutdownNow();
        }
    }

    /** One signed-in learner: their session's cookies and the unit and quiz of one of their modules. */
    private record Learner(String cookies, String unit, String quiz) {
    }

    /** Learners 2, 3, ... of the data set (every 50th person manages a team), each on another module. */
    private static List<Learner> signIn(int count) {
        List<Learner> people = new ArrayList<>();
        for (int i = 2; people.size() < count; i++) {
            int n = i;
            if ((n - 1) % 50 == 0) {
                continue;
            }
            WebClient browser = new WebClient();
            WebClient.Page home = People.signIn(browser, "learner" + n + "@bench.commonground.test", DataGenerator.PASSWORD);
            if (!home.path().endsWith("/learn/index.xhtml")) {
                throw new IllegalStateException("learner" + n + " could not sign in: " + home.path());
            }
            List<String> modules = home.select("a[href*=module.xhtml?m=]").eachAttr("href");
            String module = modules.get(people.size() % modules.size()).replace("&amp;", "&");
            String unit = browser.get(Server.serverUri(module)).select("a[href*=unit.xhtml?m=]").first().attr("href")
                    .replace("&amp;", "&").replaceFirst("^/", "");
            // Every cookie the browser holds (the session's, whatever its name), as it would send them.
            String cookies = ((CookieManager) browser.http().cookieHandler().orElseThrow()).getCookieStore().getCookies()
                    .stream().map(HttpCookie::toString).collect(Collectors.joining("; "));
            if (cookies.isEmpty()) {
                throw new IllegalStateException("no session cookie for learner" + n);
            }
            people.add(new Learner(cookies, unit, unit.replace("unit.xhtml", "quiz.xhtml")));
        }
        return people;
    }

    /** Asks for one target from every connection for a number of seconds; counts the answers and the server's CPU. */
    private static Result run(ExecutorService threads, HttpClient client, int connections, URI base, List<Learner> people,
            Target target, int seconds, long pid) throws Exception {
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        double cpuBefore = cpuSeconds(pid);
        long started = System.nanoTime();
        List<Future<Long>> counts = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            counts.add(threads.submit(() -> {
                long answered = 0;
                while (System.nanoTime() < end) {
                    Learner learner = people.get((int) (next.getAndIncrement() % people.size()));
                    String path = switch (target.path()) {
                        case "unit" -> learner.unit();
                        case "quiz" -> learner.quiz();
                        default -> target.path();
                    };
                    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                            .header("Accept-Encoding", "gzip").header("Accept", "text/html");
                    if (target.signedIn()) {
                        request.header("Cookie", learner.cookies());
                    }
                    HttpResponse<byte[]> response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                    if (response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    answered++;
                }
                return answered;
            }));
        }
        long requests = 0;
        for (Future<Long> count : counts) {
            requests += count.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return new Result(target.name(), requests, errors.get(), elapsed, cpuSeconds(pid) - cpuBefore);
    }

    private static void write(Path out, Map<String, List<Result>> results, int learners, int connections, int seconds,
            int warmup, long warmed, String loadBefore) throws IOException {
        double servlet = median(results.get("minimal servlet").stream().map(Result::cpuMillisPerRequest).toList());
        StringBuilder md = new StringBuilder("## Server CPU per request under concurrent load\n\n");
        md.append(String.format(Locale.ROOT, "Measured %s: %d signed-in learners over %d connections, no think time, "
                + "%d s per page after a warm-up of %d s (%,d requests); server CPU (user + system, /proc) over the window "
                + "divided by the requests answered; gzip asked for. Load average before: %s; after: %s.%n%n",
                java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                learners, connections, seconds, warmup, warmed, loadBefore, loadAverage()));
        md.append("| page | requests/s | errors | CPU ms per request (each round) | median | × servlet |\n|---|---|---|---|---|---|\n");
        StringBuilder tsv = new StringBuilder("name\trounds_cpu_ms\tmedian_cpu_ms\tratio\n");
        results.forEach((name, list) -> {
            double median = median(list.stream().map(Result::cpuMillisPerRequest).toList());
            String each = list.stream().map(r -> String.format(Locale.ROOT, "%.3f", r.cpuMillisPerRequest()))
                    .collect(Collectors.joining(", "));
            double perSecond = median(list.stream().map(r -> r.requests() / r.seconds()).toList());
            long errors = list.stream().mapToLong(Result::errors).sum();
            md.append(String.format(Locale.ROOT, "| %s | %.0f | %d | %s | %.2f | %.1f |%n", name, perSecond, errors, each,
                    median, median / servlet));
            tsv.append(String.format(Locale.ROOT, "%s\t%s\t%.3f\t%.2f%n", name, each.replace(", ", " "), median,
                    median / servlet));
        });
        Files.createDirectories(out);
        Files.writeString(out.resolve("cpu.md"), md.toString());
        Files.writeString(out.resolve("cpu.tsv"), tsv.toString());
        System.out.print(md);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static double cpuSeconds(long pid) throws Exception {
        return ManagerViews.cpuSeconds(pid);
    }
}
