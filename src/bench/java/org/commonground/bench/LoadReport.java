package org.commonground.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns what {@code src/bench/load} measured into {@code target/bench/load.md}: the
 * facts of the run (start-up, memory, heap per session), the ceilings, each page's
 * cost on its own ({@link PageCosts}), and a table per load step (the steady-window
 * files of {@code load.Samples}), every figure beside its ratio to the ceilings, and
 * the targets of the issue against what was measured.
 */
public final class LoadReport {

    private final Path dir;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final StringBuilder md = new StringBuilder();
    private double servletCpu = Double.NaN;
    private double servletMillis = Double.NaN;
    private double servletRate = Double.NaN;
    private double servletP50 = Double.NaN;

    private LoadReport(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        new LoadReport(dir).write();
    }

    record Run(String label, double seconds, double cpuSeconds, List<String[]> rows) {

        String[] all() {
            return rows.stream().filter(r -> r[0].equals("ALL")).findFirst().orElseThrow();
        }

        double cpuPerRequest() {
            return cpuSeconds * 1000 / Double.parseDouble(all()[1]);
        }
    }

    private void write() throws Exception {
        for (String line : Files.readAllLines(dir.resolve("facts.tsv"))) {
            String[] kv = line.split("\t", 2);
            if (kv.length == 2) {
                facts.put(kv[0], kv[1]);
            }
        }
        Path runs = dir.resolve("runs");
        Run servlet = run(runs.resolve("ceiling-servlet.tsv"));
        Run file = run(runs.resolve("ceiling-static.tsv"));
        servletCpu = servlet.cpuPerRequest();
        servletRate = Double.parseDouble(servlet.all()[4]);
        servletP50 = Double.parseDouble(servlet.all()[5]);
        List<String[]> costs = tsv(runs.resolve("page-costs.tsv"));
        costs.stream().filter(c -> c[0].equals("ceiling servlet")).findFirst()
                .ifPresent(c -> servletMillis = Double.parseDouble(c[4]));

        md.append("## Load test (").append(facts.getOrDefault("mode", "?")).append(", ").append(facts.getOrDefault("date", "?"))
                .append(")\n\n").append(facts.getOrDefault("machine", "")).append("\n\n");
        md.append("Server: Payara Micro ").append(facts.getOrDefault("payara", "?")).append(", ")
                .append(facts.getOrDefault("jvm", "")).append(", H2, ").append(facts.getOrDefault("learners", "10000"))
                .append(" generated learners. Medians unless said; every time is also given as a ratio to the ceilings"
                        + " measured in the same run (the machine is shared, absolute times drift).\n\n");
        md.append("| fact | value |\n|---|---|\n");
        fact("Start-up to the first page (200 from /sign-in.xhtml)", "startup_ms", " ms");
        fact("RSS idle (after start-up and one page)", "rss_idle_mb", " MB");
        fact("RSS after the load steps", "rss_after_load_mb", " MB");
        fact("RSS after the soak", "rss_after_soak_mb", " MB");
        fact("Heap per signed-in session", "heap_per_session_kb", " KB");
        md.append("\n").append(facts.getOrDefault("heap_method", "")).append("\n\n");

        md.append("### Ceilings (same server, same run)\n\n| ceiling | clients | requests/s | p50 ms | p95 ms | p99 ms | errors |"
                + " server CPU ms/request |\n|---|---|---|---|---|---|---|---|\n");
        for (Run r : List.of(servlet, file)) {
            String[] a = r.all();
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %.3f |%n", r.label(),
                    facts.getOrDefault("ceiling_users", "?"), a[4], a[5], a[6], a[7], a[2], r.cpuPerRequest()));
        }

        md.append("\n### Each page on its own\n\nOne signed-in person, one request after another; server CPU is the median of "
                + "the rounds' CPU time per request. Ratios are to the minimal servlet measured the same way.\n\n"
                + "| request | server CPU ms | × servlet | median ms | × servlet | SQL statements | bytes (gzip) | bytes |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        for (String[] c : costs) {
            double cpu = Double.parseDouble(c[2]);
            double millis = Double.parseDouble(c[4]);
            md.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %.1f | %s | %s | %s | %s |%n", c[0], cpu,
                    ratio(cpu, costs.get(0)[2]), millis, ratio(millis, Double.toString(servletMillis)), c[5], c[6], c[7]));
        }

        List<Path> steps;
        try (Stream<Path> files = Files.list(runs)) {
            steps = files.filter(p -> p.getFileName().toString().matches("(mix|burst|soak).*\\.tsv")).sorted().toList();
        }
        for (Path step : steps) {
            step(run(step));
        }
        md.append("\n").append(facts.getOrDefault("notes", "").replace("\\n", "\n")).append("\n");
        Files.writeString(dir.resolve("load.md"), md.toString());
        System.out.print(md);
    }

    private void step(Run r) {
        String[] a = r.all();
        double cpu = r.cpuPerRequest();
        double rate = Double.parseDouble(a[4]);
        md.append("\n### Step: ").append(r.label()).append(" (").append(facts.getOrDefault("step_" + r.label(), ""))
                .append(")\n\n");
        md.append(String.format(Locale.ROOT, "Steady window %.0f s: %s requests, %.1f requests/s, %s errors, %s expected"
                        + " conflicts; server CPU %.1f s = %.0f %% of %s cores; **%.2f ms server CPU per request** (%s the "
                        + "servlet ceiling's); at that cost the cores would serve about %.0f requests/s (%s of the servlet "
                        + "ceiling's %.0f/s). Median response %s ms (%s the servlet ceiling's under its own full load).%n%n",
                r.seconds(), a[1], rate, a[2], a[3], r.cpuSeconds(), 100 * r.cpuSeconds() / r.seconds()
                        / Double.parseDouble(facts.getOrDefault("cores", "2")), facts.getOrDefault("cores", "2"), cpu,
                ratio(cpu, Double.toString(servletCpu)), Double.parseDouble(facts.getOrDefault("cores", "2")) * 1000 / cpu,
                ratio(Double.parseDouble(facts.getOrDefault("cores", "2")) * 1000 / cpu, Double.toString(servletRate)),
                servletRate, a[5], ratio(parse(a[5]), Double.toString(servletP50))));
        md.append("| request | count | per s | p50 ms | p95 ms | p99 ms | max ms | errors | expected | SQL (median/max) |"
                + " bytes (median, unzipped) |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (String[] row : r.rows()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s/%s | %s |%n",
                    row[0].equals("ALL") ? "**all**" : row[0], row[1], row[4], row[5], row[6], row[7], row[8], row[2], row[3],
                    row[10], row[11], row[9]));
        }
        String rss = facts.get("rss_after_" + r.label() + "_mb");
        if (rss != null) {
            md.append("\nRSS after this step: ").append(rss).append(" MB.\n");
        }
        String gc = facts.get("gc_" + r.label());
        if (gc != null) {
            md.append("\nGarbage collection during the step (ramp included; the collector stops every request while it"
                    + " runs): ").append(gc).append(".\n");
        }
    }

    private void fact(String name, String key, String unit) {
        md.append("| ").append(name).append(" | ").append(facts.containsKey(key) ? facts.get(key) + unit : "not measured")
                .append(" |\n");
    }

    private static String ratio(double value, String ceiling) {
        double c = parse(ceiling);
        if (Double.isNaN(value) || Double.isNaN(c) || c <= 0) {
            return "-";
        }
        return String.format(Locale.ROOT, value / c < 0.1 ? "%.3f×" : "%.1f×", value / c);  // 201 of 10,171/s: 0.020×
    }

    private static double parse(String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static Run run(Path file) throws Exception {
        String label = file.getFileName().toString().replace(".tsv", "");
        double seconds = Double.NaN;
        double cpu = Double.NaN;
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            switch (f[0]) {
                case "# window_seconds" -> seconds = Double.parseDouble(f[1]);
                case "# server_cpu_seconds" -> cpu = parse(f[1]);
                case "# label", "name" -> { }
                default -> rows.add(f);
            }
        }
        return new Run(label, seconds, cpu, rows);
    }

    private static List<String[]> tsv(Path file) throws Exception {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().skip(1).map(l -> l.split("\t")).toList();
    }
}
