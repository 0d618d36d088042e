package org.commonground.bench.load;

import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.commonground.bench.DataGenerator;

/**
 * What the simulations share: settings (system properties {@code cg.*}), the HTTP
 * protocol of a browser (cookies, gzip, no automatic redirects: each hop is its own
 * named request, as the browser's network panel shows it), think time, the people
 * of the generated data set, and requests that record their outcome in {@link Samples}.
 */
final class Load {

    static final String BASE = System.getProperty("cg.base", "http://127.0.0.1:8480");
    static final long PID = Long.getLong("cg.pid", 0);
    static final int USERS = Integer.getInteger("cg.users", 100);
    static final Duration RAMP = Duration.ofSeconds(Long.getLong("cg.ramp", 30));
    static final Duration STEADY = Duration.ofSeconds(Long.getLong("cg.steady", 60));
    static final double THINK = Double.parseDouble(System.getProperty("cg.think", "1"));
    static final String LABEL = System.getProperty("cg.label", "run");
    static final Path OUT = Path.of(System.getProperty("cg.out", "target/bench/runs"));
    static final int LEARNERS = Integer.getInteger("cg.learners", 10_000);
    static final int TRAINERS = Integer.getInteger("cg.trainers", 8);
    static final String PASSWORD = DataGenerator.PASSWORD;
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private Load() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .acceptEncodingHeader("gzip, deflate")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) CommonGroundLoad/1.0")
                .disableFollowRedirect();
    }

    /** When the run's loops stop (set as the simulation starts): ramp plus steady window. */
    static volatile long end = Long.MAX_VALUE;

    static boolean running() {
        return System.currentTimeMillis() < end;
    }

    /**
     * A pause of about {@code seconds} (half to one and a half times, uniformly), scaled
     * by {@code cg.think}, and never past the end of the run.
     */
    static ChainBuilder think(double seconds) {
        long millis = Math.max(2, Math.round(seconds * 1000 * THINK));
        return exec(pause(session -> Duration.ofMillis(Math.max(0, Math.min(
                millis / 2 + java.util.concurrent.ThreadLocalRandom.current().nextLong(millis),
                end - System.currentTimeMillis())))));
    }

    /** The generated learners (every 50th person is their team's manager), shuffled once with a fixed seed. */
    static Iterator<Map<String, Object>> learners() {
        List<Integer> numbers = new ArrayList<>();
        for (int n = 1; n <= LEARNERS; n++) {
            if ((n - 1) % 50 != 0) {
                numbers.add(n);
            }
        }
        Collections.shuffle(numbers, new Random(42));
        return Stream.generate(() -> numbers).flatMap(List::stream)
                .map(n -> Map.<String, Object>of("email", "learner" + n + "@bench.commonground.test")).iterator();
    }

    static Iterator<Map<String, Object>> managers() {
        Random random = new Random(7);
        int teams = Math.max(1, LEARNERS / 50);
        return Stream.generate(() -> Map.<String, Object>of("email",
                "manager" + (1 + random.nextInt(teams)) + "@bench.commonground.test")).iterator();
    }

    static ChainBuilder send(String name, HttpRequestActionBuilder request) {
        return clean().exec(request);
    }

    /**
     * The checks every request has, in this order: measuring ones that always hold
     * (time, size, SQL count, status, whether the sign-in form came back), then one that
     * records the response in {@link Samples} (an error when the status is not one of
     * these or a signed-in page turned into the sign-in form), then the strict checks
     * that fail the request in Gatling's report too. Pages add their own after these.
     */
    static HttpRequestActionBuilder measured(String name, HttpRequestActionBuilder request, int... statuses) {
        return measured(name, request, false, null, statuses);
    }

    /** As above; {@code expected}: words that make the answer an expected outcome (such as a refused stale save). */
    static HttpRequestActionBuilder measured(String name, HttpRequestActionBuilder request, boolean signedInPage,
            String expected, int... statuses) {
        List<Integer> allowed = new ArrayList<>();
        for (int s : statuses.length == 0 ? new int[] {200} : statuses) {
            allowed.add(s);
        }
        List<CheckBuilder> checks = new ArrayList<>(List.of(bodyLength().saveAs("bytes"),
                status().saveAs("status")));
        if (signedInPage) {
            checks.add(css("#sqlStatements").optional().saveAs("sql"));
            checks.add(substring("id=\"signIn\"").count().saveAs("signInForms"));
        }
        if (expected != null) {
            checks.add(substring(expected).count().saveAs("expected"));
        }
        checks.add(responseTimeInMillis().transformWithSession((millis, session) -> Samples.record(session, name, allowed, millis))
                .saveAs("recorded"));
        checks.add(status().in(allowed));
        if (signedInPage) {
            checks.add(substring("id=\"signIn\"").notExists());
        }
        return request.check(checks);
    }

    /** A page that needs the person signed in: 200, their page (not the sign-in form), with its SQL count. */
    static ChainBuilder page(String name, String path, CheckBuilder... checks) {
        return send(name, measured(name, http(name).get(path), true, null).check(checks));
    }

    /** A request that answers with a redirect, then the page it leads to (named "... page"). */
    static ChainBuilder thenFollow(String name, ChainBuilder redirecting) {
        return exec(session -> session.remove("location")).exec(redirecting)
                .doIf(session -> session.contains("location")).then(page(name, "#{location}"));
    }

    static CheckBuilder location() {
        return header("Location").saveAs("location");
    }

    /** Clears what the last request's checks saved, so the next one's record starts clean. */
    static ChainBuilder clean() {
        return exec(session -> session.removeAll("rt", "bytes", "status", "sql", "signInForms", "expected"));
    }

    static CheckBuilder maybeLocation() {
        return header("Location").optional().saveAs("location");
    }

    /** Signs in through the Faces form as a browser does: the form's fields, its view state and nonce, the button. */
    static ChainBuilder signIn(String landing) {
        return send("sign-in page", measured("sign-in page", http("sign-in page").get("/sign-in.xhtml"))
                        .check(form("#signIn").saveAs("signInForm")))
                .exec(session -> session.set("signInForm", formWith(session, "signInForm",
                        Map.of("signIn:email", session.getString("email"), "signIn:password", PASSWORD,
                                "signIn:submit", "Sign in"))))
                .exec(thenFollow(landing, send("sign in", measured("sign in", http("sign in").post("/sign-in.xhtml")
                        .formParamMap(session -> session.getMap("signInForm")), 302).check(location()))));
    }

    /** A copy of a form that a {@code form(...)} check saved, with some fields set (a button is a field too). */
    static Map<String, Object> formWith(Session session, String key, Map<String, Object> fields) {
        Map<String, Object> values = new HashMap<>(session.getMap(key));
        values.putAll(fields);
        return values;
    }
}
