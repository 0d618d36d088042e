package org.commonground.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.commonground.it.People;
import org.commonground.it.Server;
import org.commonground.it.WebClient;

/**
 * What one request of each kind costs the server when nothing else of ours runs:
 * requests one after another from one signed-in person, server CPU from the
 * process's CPU time (/proc) over {@code --rounds} rounds of {@code --requests}
 * requests, reported as the median of the rounds' milliseconds per request, with
 * the ceilings (minimal servlet, static file) measured the same way for the ratio.
 * Also the median response time, the page's own SQL statement count
 * ({@code #sqlStatements}) and the response size as sent (gzip, as a browser asks).
 * Written as a tab-separated file that {@code LoadReport} reads.
 *
 * <pre>
 * mvn -Pbench -q test-compile exec:java -Dexec.mainClass=org.commonground.bench.PageCosts \
 *     -Dexec.args="--base http://127.0.0.1:8480/ --pid 1234 --out target/bench/runs/page-costs.tsv"
 * </pre>
 */
public final class PageCosts {

    private static final String WORKSHEET = "learn/worksheet.xhtml?m=11b17818-b14a-42db-823f-885b13f90e1f"
            + "&u=fee59218-84af-449c-832e-65f52da13cf9";

    private PageCosts() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Server.deployedAt(URI.create(options.getOrDefault("base", "http://127.0.0.1:8480/")).toURL());
        long pid = Long.parseLong(options.getOrDefault("pid", "0"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "40"));
        StringBuilder out = new StringBuilder("name\trequests\tcpu_ms_median\tcpu_ms_rounds\tmillis_median\tsql\tbytes_gzip\tbytes\n");

        WebClient anonymous = new WebClient("127.0.0.1");
        out.append(measure("ceiling servlet", anonymous, "bench/ceiling", pid, rounds, requests));
        out.append(measure("ceiling static file", anonymous, "bench/static.txt", pid, rounds, requests));

        WebClient learner = new WebClient("127.0.0.1");
        People.signIn(learner, "learner3@bench.commonground.test", DataGenerator.PASSWORD);
        WebClient.Page mine = learner.get("learn/index.xhtml");
        String module = first(mine, "a[href*=module.xhtml?m=]", "Bench module");
        String unit = first(learner.get(Server.serverUri(module)), "a[href*=unit.xhtml?m=]", "");
        out.append(measure("my learning", learner, "learn/index.xhtml", pid, rounds, requests));
        out.append(measure("module page", learner, module, pid, rounds, requests));
        out.append(measure("unit page", learner, unit, pid, rounds, requests));
        out.append(measure("quiz page", learner, unit.replace("unit.xhtml", "quiz.xhtml"), pid, rounds, requests));
        out.append(measure("worksheet page", learner, WORKSHEET, pid, rounds, requests));
        out.append(measure("autosave", () -> autosave(learner), pid, rounds, requests)
                .replaceFirst("\t-\t-\t-\n$", "\t-\t" + AUTOSAVE_BYTES + "\t" + AUTOSAVE_BYTES + "\n"));

        WebClient manager = new WebClient("127.0.0.1");
        People.signIn(manager, "manager1@bench.commonground.test", DataGenerator.PASSWORD);
        String team = first(manager.get("manage/index.xhtml"), "a[href*=team.xhtml?team=]", "");
        String dashboard = team.replace("team.xhtml", "dashboard.xhtml");
        out.append(measure("team dashboard", manager, dashboard, pid, rounds, requests));
        out.append(measure("team export CSV", manager,
                team.replace("team.xhtml", "export").replaceFirst("^/", "") + "&format=csv", pid, rounds, requests));

        WebClient orgManager = new WebClient("127.0.0.1");
        People.signIn(orgManager, "orgmanager@bench.commonground.test", DataGenerator.PASSWORD);
        String org = first(orgManager.get("manage/index.xhtml"), "a[href*=index.xhtml?org=]", "");
        out.append(measure("organisation report", orgManager, org.replace("index.xhtml", "overview.xhtml"), pid,
                Math.min(rounds, 3), Math.min(requests, 2)));

        Path file = Path.of(options.getOrDefault("out", "target/bench/runs/page-costs.tsv"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out.toString());
        System.out.print(out);
    }

    private static String first(WebClient.Page page, String css, String textStart) {
        return page.select(css).stream().filter(a -> a.text().startsWith(textStart)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + css + " on " + page.uri())).attr("href")
                .replace("&amp;", "&");
    }

    private static String measure(String name, WebClient client, String path, long pid, int rounds, int requests)
            throws Exception {
        URI uri = path.startsWith("/") ? Server.serverUri(path) : Server.uri(path);
        WebClient.Page page = client.get(uri);
        if (page.status() != 200) {
            throw new IllegalStateException(name + ": status " + page.status() + " for " + uri);
        }
        String sql = page.text("#sqlStatements");
        // As a browser sends it: HTTP/1.1 (browsers use HTTP/2 only over TLS; the client would ask for h2c).
        HttpResponse<byte[]> zipped = client.http().send(HttpRequest.newBuilder(uri).version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Accept-Encoding", "gzip").GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        String line = measure(name, () -> client.get(uri).status(), pid, rounds, requests);
        return line.replaceFirst("\t-\t-\t-\n$", "\t" + (sql.isEmpty() ? "-" : sql) + "\t" + zipped.body().length + "\t"
                + page.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\n");
    }

    private static String measure(String name, Supplier<Integer> request, long pid, int rounds, int requests)
            throws Exception {
        for (int i = 0; i < (requests <= 3 ? 1 : Math.max(5, requests / 2)); i++) {
            request.get();
        }
        List<Double> cpu = new ArrayList<>();
        List<Double> millis = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double before = ManagerViews.cpuSeconds(pid);
            for (int i = 0; i < requests; i++) {
                long started = System.nanoTime();
                int status = request.get();
                millis.add((System.nanoTime() - started) / 1e6);
                if (status != 200) {
                    throw new IllegalStateException(name + ": status " + status);
                }
            }
            cpu.add((ManagerViews.cpuSeconds(pid) - before) * 1000 / requests);
        }
        List<Double> sorted = new ArrayList<>(cpu);
        Collections.sort(sorted);
        Collections.sort(millis);
        StringBuilder all = new StringBuilder();
        cpu.forEach(c -> all.append(all.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", c)));
        return String.format(Locale.ROOT, "%s\t%d\t%.2f\t%s\t%.1f\t-\t-\t-%n", name, rounds * requests,
                sorted.get(sorted.size() / 2), all, millis.get(millis.size() / 2));
    }

    /** One autosave of the first written answer of the worksheet, as the page's script sends it. */
    private static int autosave(WebClient learner) {
        WebClient.Page page = learner.page().uri().toString().contains("worksheet.xhtml") ? learner.page() : learner.get(WORKSHEET);
        String part = page.select("textarea[name^=t.]").first().attr("name").substring(2);
        String version = page.select("input[name=v." + part + "]").val();
        String token = page.select("#worksheet input[name=token]").val();
        String body = "m=11b17818-b14a-42db-823f-885b13f90e1f&u=fee59218-84af-449c-832e-65f52da13cf9&part=" + part
                + "&v." + part + "=" + VERSIONS.getOrDefault(part, version) + "&t." + part + "=Saved+by+the+benchmark+" + System.nanoTime();
        try {
            HttpResponse<String> response = learner.http().send(HttpRequest.newBuilder(page.uri().resolve("worksheet-save"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Autosave", "1")
                    .header("X-CG-Token", token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"version\":(\\d+)").matcher(response.body());
            if (m.find()) {
                VERSIONS.put(part, m.group(1));
                AUTOSAVE_BYTES = response.body().length();
            }
            return response.statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final Map<String, String> VERSIONS = new LinkedHashMap<>();
    static volatile int AUTOSAVE_BYTES = -1;
}
