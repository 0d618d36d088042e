package org.commonground.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commonground.it.People;
import org.commonground.it.Server;
import org.commonground.it.WebClient;
import org.jsoup.nodes.Element;

/**
 * Times the managers' views on a generated data set (see {@link DataGenerator}): the
 * team dashboard of team 1 (about 50 people x 40 modules), and the organisation
 * overview, stage and reflection themes (every learner). For each: SQL statements per request (the page's
 * diagnostic count, so start the platform with
 * {@code COMMONGROUND_DIAGNOSTICS_SQL_COUNT=true}), response time median / p95 /
 * worst after a warm-up, and server CPU per request. The first request is reported
 * on its own: it includes compiling the page and, on H2, the database's first read
 * of the rows. H2 reuses a query's result while no table it reads has changed, so
 * unless {@code --writes off}, a learner opens a unit between measured requests. read from the server process's CPU time (Linux).
 *
 * <pre>
 * mvn -Pbench -q test-compile exec:java -Dexec.mainClass=org.commonground.bench.ManagerViews \
 *     -Dexec.args="--base http://127.0.0.1:8080/ --requests 50 --pid $(pgrep -f payara-micro-6 | head -1)"
 * </pre>
 */
public final class ManagerViews {

    /** Requests before measuring, so the figures are for a server past its just-in-time compilation. */
    static final int WARM_UP = 20;

    private ManagerViews() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Server.deployedAt(URI.create(options.getOrDefault("base", "http://127.0.0.1:8080/")).toURL());
        int requests = Integer.parseInt(options.getOrDefault("requests", "30"));
        long pid = Long.parseLong(options.getOrDefault("pid", "0"));

        String only = options.getOrDefault("only", "all");
        Runnable between = options.getOrDefault("writes", "on").equals("on") ? learnerVisits() : () -> { };
        if (!only.equals("organisation")) {
            team(requests, pid, between);
        }
        if (!only.equals("team")) {
            organisation(requests, pid, between);
        }
    }

    /**
     * A learner of team 1 opening a unit, which records the visit in their module
     * progress. Run between measured requests (not timed), it stands for the learners
     * at work while a manager looks: no database can answer from a result it kept.
     */
    private static Runnable learnerVisits() {
        WebClient learner = new WebClient();
        People.signIn(learner, "learner2@bench.commonground.test", DataGenerator.PASSWORD);
        WebClient.Page mine = learner.get("learn/index.xhtml");
        Element module = mine.document().select("a[href*=module.xhtml?m=]").stream()
                .filter(a -> a.text().startsWith("Bench module")).findFirst()
                .orElseThrow(() -> new IllegalStateException("learner2 has no bench module on " + mine.uri()));
        String unit = link(learner.get(Server.serverUri(module.attr("href"))), "a[href*=unit.xhtml?m=]");
        return () -> {
            WebClient.Page page = learner.get(Server.serverUri(unit));
            if (page.status() != 200) {
                throw new IllegalStateException("the learner's unit page answered " + page.status());
            }
        };
    }

    private static void team(int requests, long pid, Runnable between) throws Exception {
        WebClient teamManager = new WebClient();
        People.signIn(teamManager, "manager1@bench.commonground.test", DataGenerator.PASSWORD);
        String teamPage = link(teamManager.get("manage/index.xhtml"), "a[href*=team.xhtml?team=]");
        String team = link(teamManager.get(Server.serverUri(teamPage)), "#dashboardLink");
        report("team dashboard (team 1)", teamManager, team, requests, pid, between);
    }

    private static void organisation(int requests, long pid, Runnable between) throws Exception {
        WebClient orgManager = new WebClient();
        People.signIn(orgManager, "orgmanager@bench.commonground.test", DataGenerator.PASSWORD);
        String orgPage = link(orgManager.get("manage/index.xhtml"), "a[href*=index.xhtml?org=]");
        String overview = link(orgManager.get(Server.serverUri(orgPage)), "#overviewLink");
        report("organisation overview", orgManager, overview, requests, pid, between);
        String maturity = link(orgManager.get(Server.serverUri(orgPage)), "#maturityLink");
        report("organisation stage", orgManager, maturity, requests, pid, between);
        String themes = link(orgManager.get(Server.serverUri(orgPage)), "#themesLink");
        report("reflection themes", orgManager, themes, requests, pid, between);
    }

    private static String link(WebClient.Page page, String cssQuery) {
        Element link = page.document().selectFirst(cssQuery);
        if (link == null) {
            throw new IllegalStateException("no link " + cssQuery + " on " + page.uri() + " (status " + page.status() + ")");
        }
        return link.attr("href").replace("&amp;", "&");
    }

    private static void report(String name, WebClient client, String path, int requests, long pid, Runnable between)
            throws Exception {
        long firstStarted = System.nanoTime();
        WebClient.Page first = client.get(Server.serverUri(path));
        double firstMillis = (System.nanoTime() - firstStarted) / 1e6;
        if (first.status() != 200) {
            throw new IllegalStateException(name + ": status " + first.status() + " for " + path);
        }
        String sql = "";
        for (int i = 0; i < WARM_UP; i++) {
            client.get(Server.serverUri(path));
        }
        List<Double> millis = new ArrayList<>();
        double cpuSeconds = 0;
        for (int i = 0; i < requests; i++) {
            between.run();
            double cpuBefore = cpuSeconds(pid);
            long started = System.nanoTime();
            WebClient.Page page = client.get(Server.serverUri(path));
            millis.add((System.nanoTime() - started) / 1e6);
            cpuSeconds += cpuSeconds(pid) - cpuBefore;
            sql = page.text("#sqlStatements");
            if (page.status() != 200) {
                throw new IllegalStateException(name + ": status " + page.status());
            }
        }
        double cpu = cpuSeconds * 1000 / requests;
        Collections.sort(millis);
        System.out.printf("%-26s %s  SQL statements %s  first request %.0f ms  then median %.1f ms  p95 %.1f ms  worst %.1f ms  server CPU %s ms/request"
                        + "  bytes %,d%n", name, path, sql.isEmpty() ? "(diagnostics off)" : sql, firstMillis,
                millis.get(requests / 2), millis.get((int) Math.min(requests - 1, Math.ceil(requests * 0.95) - 1)),
                millis.get(requests - 1), pid == 0 ? "n/a" : String.format("%.1f", cpu), first.body().length());
    }

    /** User plus system CPU time of a process, from /proc (Linux). */
    static double cpuSeconds(long pid) throws Exception {
        if (pid == 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks / 100.0;
    }
}
