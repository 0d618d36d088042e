package org.commonground.bench.crash;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.commonground.it.Learning;
import org.commonground.it.People;
import org.commonground.it.WebClient;

/**
 * One learner at work: autosaves of the journey worksheet's prompt (each with text no
 * other save uses) and quiz submissions, one request at a time as a browser tab
 * does. Remembers exactly what the server acknowledged, and what it sent without an
 * answer (the request the kill cut off may or may not have been committed).
 */
final class LearnerClient {

    /** One worksheet autosave the server answered 200 to, with the version it gave. */
    record Saved(String text, long version) {
    }

    /** One quiz submission: the attempt number, the answers, and the attempt id from the redirect (0 if none came). */
    record Attempt(int number, Map<String, Set<String>> answers, long id) {
    }

    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(20);

    final People.Person person;
    final String tag;
    private final Random random;
    final List<Saved> saves = new ArrayList<>();
    /** Texts sent after the last acknowledged save that got no 200: any of them may be what was stored. */
    final List<String> unacknowledgedTexts = new ArrayList<>();
    final List<Attempt> attempts = new ArrayList<>();
    final List<Attempt> unacknowledgedAttempts = new ArrayList<>();
    /** What went wrong with requests before the kill (not acknowledged; for the report). */
    final List<String> errorsBeforeKill = new ArrayList<>();
    private long version;
    private int sequence;

    LearnerClient(String tag, long seed) {
        this.tag = tag;
        this.random = new Random(seed);
        this.person = People.newLearner();
    }

    /**
     * Works until a request fails (the server is gone) or {@code killed} says the server was killed. A failure
     * before the kill counts as an error; after it, it is expected.
     */
    void work(BooleanSupplier killed, Runnable acknowledgedOne) {
        WebClient browser = person.browser();
        try {
            WebClient.Page sheet = browser.get(Learning.worksheetPath());
            String token = sheet.document().select("#worksheet input[name=token]").val();
            String shown = sheet.document().select("input[name=v." + Learning.PROMPT + "]").val();
            version = shown.isEmpty() ? 0 : Long.parseLong(shown);
            while (!killed.getAsBoolean()) {
                boolean acknowledged = random.nextInt(4) == 0 ? submitQuiz(browser) : autosave(browser, sheet.uri(), token);
                if (acknowledged) {
                    acknowledgedOne.run();
                }
            }
        } catch (IOException | RuntimeException failed) {
            if (!killed.getAsBoolean()) {
                errorsBeforeKill.add(failed.toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean autosave(WebClient browser, URI page, String token) throws IOException, InterruptedException {
        String text = "Crash " + tag + " save " + (++sequence) + ": " + Long.toHexString(random.nextLong()) + " ünïcödé ✓";
        String body = "m=" + Learning.MODULE + "&u=" + Learning.WORKSHEET_UNIT + "&part=" + Learning.PROMPT
                + "&v." + Learning.PROMPT + "=" + version + "&t." + Learning.PROMPT + "=" + enc(text);
        unacknowledgedTexts.add(text);
        HttpResponse<String> answer = browser.http().send(HttpRequest.newBuilder(page.resolve("worksheet-save"))
                .timeout(REQUEST_LIMIT).header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Autosave", "1").header("X-CG-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            errorsBeforeKill.add("autosave answered " + answer.statusCode() + ": " + brief(answer.body()));
            return false;
        }
        try (JsonReader json = Json.createReader(new StringReader(answer.body()))) {
            version = json.readObject().getJsonNumber("version").longValue();
        }
        saves.add(new Saved(text, version));
        unacknowledgedTexts.clear();
        return true;
    }

    private boolean submitQuiz(WebClient browser) throws IOException, InterruptedException {
        WebClient.Page quiz = browser.get(Learning.quizPath());
        if (quiz.status() != 200 || quiz.document().getElementById("quiz") == null) {
            errorsBeforeKill.add("quiz page answered " + quiz.status() + " at " + quiz.uri());
            return false;
        }
        List<String[]> fields = Learning.baseFields(quiz, "quiz");
        int number = Integer.parseInt(fields.stream().filter(f -> f[0].equals("number")).findFirst().orElseThrow()[1]);
        Map<String, Set<String>> answers = new TreeMap<>();
        Set<String> multi = new TreeSet<>();
        for (String key : List.of("a", "b", "c")) {
            if (random.nextBoolean()) {
                multi.add(key);
            }
        }
        if (multi.isEmpty()) {
            multi.add("c");
        }
        answers.put(Learning.MULTI, multi);
        answers.put(Learning.TRUE_FALSE, Set.of(random.nextBoolean() ? "true" : "false"));
        answers.forEach((question, keys) -> keys.forEach(k -> fields.add(new String[] {"q." + question, k})));
        String body = fields.stream().map(f -> enc(f[0]) + "=" + enc(f[1])).collect(Collectors.joining("&"));
        String action = quiz.document().getElementById("quiz").attr("action");
        Attempt sent = new Attempt(number, answers, 0);
        unacknowledgedAttempts.add(sent);
        HttpResponse<String> answer = browser.http().send(HttpRequest.newBuilder(quiz.uri().resolve(action))
                .timeout(REQUEST_LIMIT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        int at = location.indexOf("attempt.xhtml?a=");
        if (answer.statusCode() != 302 || at < 0) {
            errorsBeforeKill.add("quiz submit answered " + answer.statusCode() + " to " + location);
            return false;
        }
        attempts.add(new Attempt(number, answers, Long.parseLong(location.substring(at + "attempt.xhtml?a=".length()))));
        unacknowledgedAttempts.remove(sent);
        return true;
    }

    /** Acknowledged saves of any kind: worksheet autosaves plus quiz submissions. */
    int acknowledged() {
        return saves.size() + attempts.size();
    }

    /** The start of a response body, on one line. */
    private static String brief(String body) {
        String line = body.replaceAll("\\s+", " ").trim();
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
