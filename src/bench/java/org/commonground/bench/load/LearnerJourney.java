package org.commonground.bench.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.commonground.bench.load.Load.UUID;
import static org.commonground.bench.load.Load.location;
import static org.commonground.bench.load.Load.maybeLocation;
import static org.commonground.bench.load.Load.measured;
import static org.commonground.bench.load.Load.page;
import static org.commonground.bench.load.Load.send;
import static org.commonground.bench.load.Load.think;
import static org.commonground.bench.load.Load.thenFollow;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's session: my learning, a module, two of its units (marking one read
 * through its Faces form), the unit's quiz (a plain form: the platform has no quiz
 * autosave, so the quiz is answered and submitted once), and a worksheet of the
 * shipped module "Barriers to access" with autosaves as the page's script sends them.
 */
final class LearnerJourney {

    /** The shipped module with worksheets (the generated modules have none), and its first unit. */
    static final String WORKSHEET_MODULE = "11b17818-b14a-42db-823f-885b13f90e1f";
    static final String WORKSHEET_UNIT = "fee59218-84af-449c-832e-65f52da13cf9";
    static final int AUTOSAVES = 3;

    private LearnerJourney() {
    }

    static ChainBuilder iteration() {
        return exec(
                page("my learning", "/learn/index.xhtml",
                        regex("/learn/module\\.xhtml\\?m=(" + UUID + ")").findRandom().saveAs("module")),
                think(8),
                page("module page", "/learn/module.xhtml?m=#{module}",
                        regex("/learn/unit\\.xhtml\\?m=" + UUID + "&(?:amp;)?u=(" + UUID + ")").findRandom().saveAs("unit")),
                think(8),
                unit(),
                think(40),
                page("unit page", "/learn/unit.xhtml?m=#{module}&u=#{unit}"),
                think(20),
                quiz(),
                think(10),
                worksheet(),
                think(10));
    }

    /** The unit page, and "Mark this unit as read" when the page offers it (a Faces post back to the page). */
    static ChainBuilder unit() {
        return exec(session -> session.remove("readForm"))
                .exec(page("unit page", "/learn/unit.xhtml?m=#{module}&u=#{unit}",
                        form("#read").optional().saveAs("readForm"),
                        css("#read", "action").optional().saveAs("readAction")))
                .doIf(session -> session.contains("readForm")).then(exec(
                        think(30),
                        thenFollow("unit page (after marking read)", send("mark as read", measured("mark as read", http("mark as read")
                                .post(session -> session.getString("readAction").replace("&amp;", "&"))
                                .formParamMap(session -> Load.formWith(session, "readForm", Map.of("read:submit", "Mark"))),
                                200, 302, 303).check(maybeLocation())))));
    }

    static ChainBuilder quiz() {
        return exec(page("quiz page", "/learn/quiz.xhtml?m=#{module}&u=#{unit}",
                        form("#quiz").saveAs("quizForm"),
                        regex("name=\"(q\\." + UUID + ")\" value=\"([^\"]*)\"").captureGroups(2).findAll().saveAs("options")))
                .exec(think(30))
                .exec(session -> session.set("quizAnswers", answers(session)))
                .exec(thenFollow("quiz result", send("quiz submit", measured("quiz submit", http("quiz submit").post("/learn/quiz-submit")
                        .formParamMap(session -> session.getMap("quizAnswers")), 302).check(location()))));
    }

    /** The form's hidden fields and, for each question, its first option (right or wrong, as a learner might). */
    private static Map<String, Object> answers(Session session) {
        Map<String, Object> values = new HashMap<>(session.getMap("quizForm"));
        Map<String, Object> chosen = new LinkedHashMap<>();
        List<List<String>> options = session.getList("options");
        for (List<String> option : options) {
            chosen.putIfAbsent(option.get(0), option.get(1));
        }
        values.putAll(chosen);
        return values;
    }

    /** Opens the worksheet and types into its first written answer, saved by the page's script as the learner pauses. */
    static ChainBuilder worksheet() {
        String path = "/learn/worksheet.xhtml?m=" + WORKSHEET_MODULE + "&u=" + WORKSHEET_UNIT;
        return exec(page("worksheet page", path,
                        css("#worksheet input[name=token]", "value").saveAs("token"),
                        regex("(?s)name=\"v\\.(" + UUID + ")\" value=\"(\\d*)\"(?:(?!</section>).)*?name=\"t\\.\\1\"")
                                .captureGroups(2).saveAs("partVersion")))
                .exec(session -> {
                    List<String> found = session.getList("partVersion");
                    return session.set("part", found.get(0)).set("version", found.get(1)).set("typed", "");
                })
                .repeat(AUTOSAVES).on(exec(
                        think(15),
                        exec(session -> session.set("typed", session.getString("typed")
                                + "At the desk we ask people for an address before we help them. ")),
                        send("autosave", measured("autosave", http("autosave").post("/learn/worksheet-save")
                                .header("X-Autosave", "1").header("X-CG-Token", "#{token}").header("Accept", "*/*")
                                .formParam("m", WORKSHEET_MODULE).formParam("u", WORKSHEET_UNIT).formParam("part", "#{part}")
                                .formParam(session -> "v." + session.getString("part"), "#{version}")
                                .formParam(session -> "t." + session.getString("part"), "#{typed}"))
                                .check(jsonPath("$.version").ofString().saveAs("version")))));
    }
}
