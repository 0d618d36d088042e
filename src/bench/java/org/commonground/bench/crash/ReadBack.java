package org.commonground.bench.crash;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commonground.it.Learning;
import org.commonground.it.People;
import org.commonground.it.WebClient;

/**
 * Reads a learner's saves back after a restart, as the learner can: signed in afresh,
 * their data export ({@code learn/my-data.json}) for the exact stored texts and
 * answers, and each acknowledged attempt's own page by the id the redirect gave.
 * A save is lost when it is missing or an older one stands in its place, corrupted
 * when what is stored is something that was never sent.
 */
final class ReadBack {

    static final String QUIZ = "4fb2b518-7a4e-4d00-bc12-60dce061f829";
    static final String WORKSHEET = "7ff8c9a3-175b-4461-a2ce-e5b5f3952d9f";
    /**
     * Payara sometimes refuses a signed-in person's request with 403 under concurrent
     * load (payara/Payara#6145); the next request goes through. Reading back asks again.
     */
    private static final int REFUSALS = 5;

    /** Counts over many learners; {@code problems} says which save and how. */
    static final class Tally {
        int checked;
        int lost;
        int corrupted;
        final List<String> problems = new ArrayList<>();

        synchronized void add(Tally other) {
            checked += other.checked;
            lost += other.lost;
            corrupted += other.corrupted;
            problems.addAll(other.problems);
        }
    }

    private ReadBack() {
    }

    static Tally check(LearnerClient learner) {
        Tally tally = new Tally();
        WebClient browser = new WebClient();
        WebClient.Page signedIn = People.signIn(browser, learner.person.email(), learner.person.password());
        if (signedIn.path().endsWith("sign-in.xhtml")) {
            throw new IllegalStateException(learner.tag + " could not sign in after the restart: the account itself was lost");
        }
        HttpResponse<byte[]> export = browser.download("learn/my-data.json");
        for (int retry = 0; export.statusCode() == 403 && retry < REFUSALS; retry++) {
            export = browser.download("learn/my-data.json");
        }
        if (export.statusCode() != 200) {
            throw new IllegalStateException(learner.tag + ": my-data.json answered " + export.statusCode());
        }
        JsonObject data;
        try (JsonReader reader = Json.createReader(new StringReader(new String(export.body(), StandardCharsets.UTF_8)))) {
            data = reader.readObject();
        }
        worksheet(learner, storedText(data), tally);
        attempts(learner, storedAttempts(data, learner.tag, tally), browser, tally);
        return tally;
    }

    private static void worksheet(LearnerClient learner, String stored, Tally tally) {
        if (learner.saves.isEmpty()) {
            if (stored != null && !learner.unacknowledgedTexts.contains(stored)) {
                tally.corrupted++;
                tally.problems.add(learner.tag + ": worksheet holds text never sent: " + stored);
            }
            return;
        }
        tally.checked++;
        String last = learner.saves.get(learner.saves.size() - 1).text();
        if (last.equals(stored) || learner.unacknowledgedTexts.contains(stored)) {
            return;
        }
        if (stored == null || learner.saves.stream().anyMatch(s -> s.text().equals(stored))) {
            tally.lost++;
            tally.problems.add(learner.tag + ": acknowledged save '" + last + "' lost; stored: " + stored);
        } else {
            tally.corrupted++;
            tally.problems.add(learner.tag + ": acknowledged save '" + last + "' corrupted; stored: " + stored);
        }
    }

    private static void attempts(LearnerClient learner, Map<Integer, Map<String, Set<String>>> stored, WebClient browser,
            Tally tally) {
        for (LearnerClient.Attempt sent : learner.attempts) {
            tally.checked++;
            Map<String, Set<String>> found = stored.get(sent.number());
            if (found == null) {
                tally.lost++;
                tally.problems.add(learner.tag + ": acknowledged attempt " + sent.number() + " (id " + sent.id() + ") lost");
                continue;
            }
            if (!found.equals(sent.answers())) {
                tally.corrupted++;
                tally.problems.add(learner.tag + ": attempt " + sent.number() + " sent " + sent.answers() + ", stored " + found);
                continue;
            }
            WebClient.Page page = browser.get("learn/attempt.xhtml?a=" + sent.id());
            for (int retry = 0; page.status() == 403 && retry < REFUSALS; retry++) {
                page = browser.get("learn/attempt.xhtml?a=" + sent.id());
            }
            if (page.status() != 200 || !page.text("#result").startsWith("Attempt " + sent.number() + ":")) {
                tally.lost++;
                tally.problems.add(learner.tag + ": attempt page a=" + sent.id() + " answered " + page.status() + " '"
                        + page.text("#result") + "'");
            }
        }
        stored.forEach((number, answers) -> {
            boolean sent = learner.attempts.stream().anyMatch(a -> a.number() == number && a.answers().equals(answers))
                    || learner.unacknowledgedAttempts.stream().anyMatch(a -> a.number() == number && a.answers().equals(answers));
            if (!sent) {
                tally.corrupted++;
                tally.problems.add(learner.tag + ": stored attempt " + number + " " + answers + " matches nothing sent");
            }
        });
    }

    private static String storedText(JsonObject data) {
        for (JsonValue sheet : data.getJsonArray("worksheets")) {
            if (!sheet.asJsonObject().getString("worksheet").equals(WORKSHEET)) {
                continue;
            }
            for (JsonValue answer : sheet.asJsonObject().getJsonArray("answers")) {
                if (answer.asJsonObject().getString("part").equals(Learning.PROMPT)) {
                    return answer.asJsonObject().getJsonObject("answer").getString("text", null);
                }
            }
        }
        return null;
    }

    private static Map<Integer, Map<String, Set<String>>> storedAttempts(JsonObject data, String tag, Tally tally) {
        Map<Integer, Map<String, Set<String>>> attempts = new HashMap<>();
        for (JsonValue value : data.getJsonArray("quizAttempts")) {
            JsonObject attempt = value.asJsonObject();
            if (!attempt.getString("quiz").equals(QUIZ)) {
                continue;
            }
            Map<String, Set<String>> answers = new HashMap<>();
            for (JsonValue a : attempt.getJsonArray("answers")) {
                Set<String> keys = new TreeSet<>();
                a.asJsonObject().getJsonArray("selected").forEach(k -> keys.add(((JsonString) k).getString()));
                answers.put(a.asJsonObject().getString("question"), keys);
            }
            if (attempts.put(attempt.getInt("number"), answers) != null) {
                tally.corrupted++;
                tally.problems.add(tag + ": attempt " + attempt.getInt("number") + " is stored twice");
            }
        }
        return attempts;
    }
}
