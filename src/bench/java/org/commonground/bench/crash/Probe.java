package org.commonground.bench.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.it.Learning;
import org.commonground.it.People;
import org.commonground.it.Server;
import org.commonground.it.WebClient;

/**
 * Learners at work for {@link DatabaseStop}: each in turn opens my learning, a unit,
 * the worksheet, autosaves it, and (as an anonymous visitor) the sign-in page. Every
 * request is timed and judged by the phase the database was in when it was sent;
 * each is traced to {@code trace.log} in the run folder, and the bodies of the
 * answers that were not the friendly page are kept there too.
 */
final class Probe {

    static final long LIMIT_MILLIS = 2000;
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    /** What a stack trace on a page looks like: "at a.b.C(", "Caused by:", "SomeException: message". */
    private static final Pattern STACK_TRACE = Pattern.compile("(?m)^\\s*at [\\w$.]+\\(|Caused by:|\\w+(Exception|Error): |Stack ?[Tt]race");

    private final Path run;
    private volatile String phase = "up";
    private final List<Long> downMillis = new ArrayList<>();
    private final Map<String, Integer> answersDown = new TreeMap<>();
    final List<String> unfriendly = new ArrayList<>();
    /** 403s to signed-in learners by phase: Payara's race under concurrent load (payara/Payara#6145), database or not. */
    private final Map<String, Integer> refused = new TreeMap<>();
    /** The last few failures after the database came back, to say what kept the platform from recovering. */
    final Deque<String> failuresBack = new ArrayDeque<>();
    private int roundsOk;
    private int kept;

    Probe(Path run) {
        this.run = run;
    }

    void phase(String name) {
        synchronized (this) {
            phase = name;
            roundsOk = 0;
        }
        System.out.println("db-stop: " + name);
    }

    /** Rounds (all five requests answered 200) completed since the phase began. */
    synchronized int roundsOk() {
        return roundsOk;
    }

    synchronized int downRequests() {
        return downMillis.size();
    }

    synchronized long worstDown() {
        return downMillis.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    synchronized long slowDown() {
        return downMillis.stream().filter(m -> m > LIMIT_MILLIS).count();
    }

    /** How many answers of each status each address gave while the database was down. */
    synchronized Map<String, Integer> answersDown() {
        return new TreeMap<>(answersDown);
    }

    synchronized Map<String, Integer> refused() {
        return new TreeMap<>(refused);
    }

    /** Polls a condition for at most {@code seconds}; false if it never held. */
    boolean until(BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            synchronized (this) {
                wait(50);
            }
        }
        return false;
    }

    void work(People.Person person, AtomicBoolean stop) {
        HttpClient browser = person.browser().http();
        HttpClient anonymous = HttpClient.newHttpClient();
        String[] token = {""};
        String[] version = {"0"};
        int n = 0;
        while (!stop.get()) {
            String phaseAtStart = phase;
            boolean allOk = request(person, browser, get("learn/index.xhtml")).ok();
            allOk &= request(person, browser, get(Learning.unitPath(Learning.QUIZ_UNIT))).ok();
            Answer sheet = request(person, browser, get(Learning.worksheetPath()));
            Matcher shown = TOKEN.matcher(sheet.body());
            if (sheet.ok() && shown.find()) {
                token[0] = shown.group(1);
            }
            String body = "m=" + Learning.MODULE + "&u=" + Learning.WORKSHEET_UNIT + "&part=" + Learning.PROMPT
                    + "&v." + Learning.PROMPT + "=" + version[0]
                    + "&t." + Learning.PROMPT + "=" + URLEncoder.encode("db-stop " + (++n), StandardCharsets.UTF_8);
            Answer saved = request(person, browser, HttpRequest.newBuilder(Server.uri("learn/worksheet-save"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-Autosave", "1")
                    .header("X-CG-Token", token[0]).POST(HttpRequest.BodyPublishers.ofString(body)));
            Matcher next = VERSION.matcher(saved.body());
            if ((saved.status() == 200 || saved.status() == 409) && next.find()) {
                version[0] = next.group(1);
            }
            boolean visitor = request(person, anonymous, get("sign-in.xhtml")).ok();
            allOk &= sheet.ok() && saved.ok() && visitor;
            synchronized (this) {
                if (allOk && phaseAtStart.equals(phase)) {
                    roundsOk++;
                }
            }
        }
    }

    private record Answer(int status, String body) {
        boolean ok() {
            return status == 200;
        }
    }

    private static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(Server.uri(path)).GET();
    }

    private Answer request(People.Person person, HttpClient http, HttpRequest.Builder builder) {
        String phaseAtStart = phase;
        HttpRequest request = builder.timeout(Duration.ofSeconds(15)).header("X-Forwarded-For", "10.9.9.9").build();
        long start = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            answer = new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            answer = new Answer(-1, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "interrupted");
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String what = request.method() + " " + request.uri().getPath() + " answered " + answer.status() + " in " + millis + " ms";
        synchronized (this) {
            trace(System.currentTimeMillis() + " " + phaseAtStart + " " + person.email() + " " + what);
            if (answer.status() == 403) {
                refused.merge(phaseAtStart, 1, Integer::sum);
            }
            if (phaseAtStart.equals("down")) {
                downMillis.add(millis);
                answersDown.merge(request.method() + " " + request.uri().getPath() + " " + answer.status(), 1, Integer::sum);
                if (!answer.ok() && answer.status() != 403 && !friendly(request, answer)) {
                    unfriendly.add(what + " (" + keep(answer.body()) + ")");
                }
            } else if (!answer.ok() && phaseAtStart.equals("back")) {
                failuresBack.addLast(what + " (" + keep(answer.body()) + ")");
                if (failuresBack.size() > 5) {
                    failuresBack.removeFirst();
                }
            }
        }
        return answer;
    }

    /**
     * The platform's own error page (status 500 or 503, in the layout) or, for the
     * autosave, 503 with {"problem":"unavailable"}, which its script shows as
     * "unavailable for a moment" rather than "signed out"; never a stack trace.
     */
    private static boolean friendly(HttpRequest request, Answer answer) {
        if (answer.status() != 500 && answer.status() != 503 || STACK_TRACE.matcher(answer.body()).find()) {
            return false;
        }
        if (request.uri().getPath().endsWith("worksheet-save")) {  // what the autosave script tells apart from "signed out"
            return answer.status() == 503 && answer.body().contains("\"unavailable\"");
        }
        return answer.body().contains("<main");
    }

    private void trace(String line) {
        try {
            Files.writeString(run.resolve("trace.log"), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps a response body in the run folder (the first 50), and says where. */
    private String keep(String body) {
        if (kept >= 50) {
            return "body not kept";
        }
        Path file = run.resolve("answer-" + (++kept) + ".html");
        try {
            Files.writeString(file, body);
        } catch (IOException e) {
            return "body not kept: " + e;
        }
        return file.toString();
    }
}
