package org.commonground.bench.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static org.commonground.bench.load.Load.UUID;
import static org.commonground.bench.load.Load.maybeLocation;
import static org.commonground.bench.load.Load.measured;
import static org.commonground.bench.load.Load.page;
import static org.commonground.bench.load.Load.send;
import static org.commonground.bench.load.Load.think;
import static org.commonground.bench.load.Load.thenFollow;

import io.gatling.javaapi.core.ChainBuilder;
import java.time.Duration;
import java.util.Map;

/** Managers (a team's dashboard and its exports), the organisation report, and trainers editing. */
final class StaffJourneys {

    private StaffJourneys() {
    }

    /** Once per session: from "my teams" to the team's page, where the dashboard link is. */
    static ChainBuilder managerStart() {
        return exec(page("manager: my teams", "/manage/index.xhtml",
                        regex("/organisation/team\\.xhtml\\?team=(" + UUID + ")").saveAs("team")),
                think(5),
                page("manager: team page", "/organisation/team.xhtml?team=#{team}", css("#dashboardLink", "href").exists()),
                think(5));
    }

    static ChainBuilder managerIteration() {
        return exec(page("team dashboard", "/organisation/dashboard.xhtml?team=#{team}", css("#grid").exists()),
                think(30),
                send("team export CSV", measured("team export CSV", http("team export CSV").get("/organisation/export?team=#{team}&format=csv"))),
                think(30),
                page("team dashboard", "/organisation/dashboard.xhtml?team=#{team}&status=OVERDUE", css("#grid").exists()),
                think(30),
                send("team export XLSX", measured("team export XLSX", http("team export XLSX").get("/organisation/export?team=#{team}&format=xlsx"))),
                think(30));
    }

    static ChainBuilder organisationStart() {
        return exec(page("organisation: my teams", "/manage/index.xhtml",
                regex("/organisation/index\\.xhtml\\?org=(" + UUID + ")").saveAs("org")), think(5));
    }

    static ChainBuilder organisationIteration() {
        return exec(page("organisation report", "/organisation/overview.xhtml?org=#{org}"), think(120));
    }

    /** Once per session: the content page lists the modules; pair p works on the p-th (both of a pair on the same). */
    static ChainBuilder trainerModule() {
        return exec(page("trainer: content", "/content/index.xhtml",
                        regex("/content/module\\.xhtml\\?module=(" + UUID + ")").findAll().saveAs("modules")))
                .exec(session -> {
                    java.util.List<String> modules = session.getList("modules").stream().map(Object::toString).distinct().toList();
                    return session.set("module", modules.get(session.getInt("pair") % modules.size()));
                });
    }

    /**
     * Two trainers on one unit, in step (both start each round together, {@code pace}
     * in the simulation): the first opens the unit editor and saves after 10 s; the
     * second opens it 3 s after the first and saves 15 s later, from a copy that is
     * stale by then, and is told "Changed by ..." (an expected outcome, not an error).
     */
    static ChainBuilder trainerRound(boolean first) {
        return exec(first ? exec(session -> session) : exec(pause(Duration.ofSeconds(3))),
                page("trainer: module", "/content/module.xhtml?module=#{module}",
                        form("#startDraft").optional().saveAs("draftForm"),
                        css("#startDraft", "action").optional().saveAs("draftAction")))
                .doIf(session -> session.contains("draftForm")).then(exec(
                        thenFollow("trainer: module (draft started)", send("trainer: start draft", measured("trainer: start draft", http("trainer: start draft")
                                .post(session -> session.getString("draftAction").replace("&amp;", "&"))
                                .formParamMap(session -> Load.formWith(session, "draftForm", Map.of("startDraft:submit", "Edit"))),
                                200, 302, 303).check(maybeLocation()))),
                        exec(session -> session.remove("draftForm"))))
                .exec(page("trainer: module", "/content/module.xhtml?module=#{module}",
                        regex("href=\"([^\"]*/content/unit\\.xhtml\\?[^\"]*)\"").transform(h -> h.replace("&amp;", "&"))
                                .saveAs("editor")))
                .exec(page("unit editor", "#{editor}", form("#unit").saveAs("unitForm"),
                        css("#unit", "action").saveAs("unitAction")))
                .exec(pause(Duration.ofSeconds(first ? 10 : 15)))
                .exec(thenFollow("unit editor (after save)", send(first ? "unit save" : "unit save (second trainer)",
                        measured(first ? "unit save" : "unit save (second trainer)", http(first ? "unit save" : "unit save (second trainer)")
                                .post(session -> session.getString("unitAction").replace("&amp;", "&"))
                                .formParamMap(session -> Load.formWith(session, "unitForm", Map.of(
                                        "unit:title", "Bench unit 1, edited " + System.currentTimeMillis() % 100_000,
                                        "unit:save", "Save"))), false, "Changed by", 200, 302, 303)
                                .check(maybeLocation()))));
    }
}
