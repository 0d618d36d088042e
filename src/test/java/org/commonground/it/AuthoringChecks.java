package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Trainers write, review and publish modules in the browser's pages: drafts,
 * validation next to the field, conflicts between two trainers, publishing
 * versions, co-production sign-off, zips out and in, and who may do any of it.
 */
abstract class AuthoringChecks {

    @Test
    void aNewModuleIsPublishedOnlyWhenCompleteAndThenLearnersSeeIt() {
        WebClient trainer = Authoring.trainer().browser();
        String title = Server.unique("Working with link workers ");
        String uuid = Authoring.newModule(trainer, title);

        WebClient.Page refused = Authoring.publish(trainer, uuid, false);
        assertThat(refused.text(".messages")).contains("Nothing was saved");
        assertThat(refused.text("#problemList")).contains("About the module: Add the summary");

        Authoring.frame(trainer, uuid, title);
        Authoring.editUnit(trainer, uuid, 1, Map.of("title", "Who link workers are", "body", "## What they do\n\nThey connect people to local help."));
        WebClient.Page published = Authoring.publish(trainer, uuid, false);

        assertThat(published.text(".messages")).contains("Published as version 1");
        assertThat(published.text("#versionTable")).contains("1 (live)");
        WebClient.Page learner = People.newLearner().browser().get("learn/module.xhtml?m=" + uuid);
        assertThat(learner.text("h1")).isEqualTo(title);
        assertThat(learner.text("#units")).contains("Who link workers are");
        WebClient.Page list = trainer.get("content/index.xhtml");
        Element row = list.select("#modules tbody tr").stream().filter(r -> r.text().contains(title)).findFirst().orElseThrow();
        assertThat(row.text()).contains("Published", "DEVELOPING");
    }

    @Test
    void publishingKeepsCompletionsMovesLearnersOnAndAMaterialChangeAsksForARefresh() {
        WebClient trainer = Authoring.trainer().browser();
        String title = Server.unique("Versions ");
        String uuid = Authoring.framedWithSecondUnit(trainer, title, Map.of("unitTitle", "Second unit"));
        Authoring.publish(trainer, uuid, false);
        List<String> units = unitUuids(People.newLearner().browser(), uuid);

        People.Person completer = People.newLearner();
        markRead(completer.browser(), uuid, units.get(0));
        markRead(completer.browser(), uuid, units.get(1));
        People.Person halfway = People.newLearner();
        markRead(halfway.browser(), uuid, units.get(0));
        assertThat(completer.browser().get("learn/module.xhtml?m=" + uuid).text("#moduleComplete")).contains("version 1");

        Authoring.editUnit(trainer, uuid, 2, Map.of("title", "Second unit, revised"));
        assertThat(Authoring.publish(trainer, uuid, false).text(".messages")).contains("version 2");

        WebClient.Page completed = completer.browser().get("learn/module.xhtml?m=" + uuid);
        assertThat(completed.text("#moduleComplete")).as("a minor change keeps the completion").contains("version 1");
        WebClient.Page moved = halfway.browser().get("learn/module.xhtml?m=" + uuid);
        assertThat(moved.text(".meta")).contains("Version 2");
        assertThat(moved.text("#units")).contains("Second unit, revised");
        assertThat(moved.select("#units li").get(0).text()).as("the unit read on version 1 stays read").containsIgnoringCase("complete");

        Authoring.editUnit(trainer, uuid, 1, Map.of("body", "The guidance changed."));
        assertThat(Authoring.publish(trainer, uuid, true).text(".messages")).contains("version 3", "material");
        Element card = completer.browser().get("learn/index.xhtml").select(".module-card").stream()
                .filter(c -> c.text().contains(title)).findFirst().orElseThrow();
        assertThat(card.text()).contains("Needs a refresh");
    }

    @Test
    void whenTwoTrainersEditOneUnitTheSecondSaveIsRefusedWithWhoAndWhen() {
        People.Person first = Authoring.trainer();
        People.Person secondTrainer = Authoring.trainer();
        WebClient second = secondTrainer.browser();
        String uuid = Authoring.newModule(first.browser(), Server.unique("Two editors "));
        Authoring.nameTrainer(secondTrainer.email(), uuid);
        String editor = Authoring.editorLink(Authoring.module(first.browser(), uuid), 1, "Text");
        first.browser().get(editor);
        second.get(editor);

        first.browser().submit("unit", Map.of("title", "First trainer's title"), "save");
        WebClient.Page refused = second.submit("unit", Map.of("title", "Second trainer's title"), "save");

        assertThat(refused.text(".messages")).matches(".*Changed by " + Pattern.quote(first.name()) + " at \\d\\d:\\d\\d\\. Reload to see their changes.*");
        assertThat(refused.select("#unit\\:title").val()).as("what they typed stays in the form").isEqualTo("Second trainer's title");
        assertThat(second.get(editor).select("#unit\\:title").val()).isEqualTo("First trainer's title");
    }

    @Test
    void aSaveWithProblemsShowsThemNextToTheirFieldsAndSavesNothing() {
        WebClient trainer = Authoring.trainer().browser();
        String uuid = Authoring.newModule(trainer, Server.unique("Validation "));
        Authoring.module(trainer, uuid);
        trainer.submit("addUnit", Map.of("unitTitle", "Quiz unit", "withQuiz", "true"), "submit");
        String unitEditor = Authoring.editorLink(Authoring.module(trainer, uuid), 1, "Text");

        trainer.get(unitEditor);
        WebClient.Page unit = trainer.submit("unit", Map.of("minutes", "500"), "save");
        assertThat(unit.text("#unit\\:minutesError")).contains("120");
        assertThat(trainer.get(unitEditor).select("#unit\\:minutes").val()).as("nothing saved").isEqualTo("10");

        trainer.get(Authoring.editorLink(Authoring.module(trainer, uuid), 2, "Quiz"));
        WebClient.Page quiz = trainer.submit("quiz", Map.of(), "save");
        assertThat(quiz.path()).as("the new quiz is valid as it starts").endsWith("/content/module.xhtml");
        String quizEditor = Authoring.editorLink(Authoring.module(trainer, uuid), 2, "Quiz");
        trainer.get(quizEditor);
        WebClient.Page noCorrect = trainer.post(trainer.page().uri(), withoutCorrect(trainer.page()));
        assertThat(noCorrect.text("#itemProblems")).contains("Question 1: mark at least one option as correct");
        assertThat(noCorrect.text("#quiz\\:questions\\:0\\:optionsError")).contains("Question 1: mark at least one option as correct");
        assertThat(trainer.get(quizEditor).select("input[type=checkbox][checked]")).as("nothing saved").isNotEmpty();
    }

    @Test
    void reviewersSeeOnlyWhatWasSentToThemAndTheirSignOffShowsWithTheVersion() {
        WebClient trainer = Authoring.trainer().browser();
        People.Person reviewer = Authoring.withRole("REVIEWER");
        People.Person otherReviewer = Authoring.withRole("REVIEWER");
        String title = Server.unique("Reviewed ");
        String uuid = Authoring.newModule(trainer, title);
        Authoring.frame(trainer, uuid, title);

        Authoring.sendToReviewer(trainer, uuid, reviewer);
        assertThat(trainer.page().text("#sentTo")).contains(reviewer.name(), "not signed off yet");

        String link = reviewer.browser().get("review/index.xhtml").select("#drafts a").stream()
                .filter(a -> a.text().equals(title)).findFirst().orElseThrow().attr("href").replaceFirst("^.*/review/", "review/");
        assertThat(otherReviewer.browser().get(link).status()).as("a reviewer it was not sent to").isEqualTo(404);
        assertThat(otherReviewer.browser().get("review/index.xhtml").text("main")).doesNotContain(title);
        assertThat(reviewer.browser().get("content/index.xhtml").status()).as("reviewers do not author").isEqualTo(403);

        WebClient.Page draft = reviewer.browser().get(link);
        assertThat(draft.text("main")).contains("Who it is for. What it covers.", "Write the teaching text here.");
        reviewer.browser().submit("comment", Map.of("text", "Say who pays for interpreters."), "submit");
        reviewer.browser().submit("signOff", Map.of("role", "Community partner, Refugee Action", "note", "Clear and kind."), "submit");
        assertThat(reviewer.browser().page().text(".messages")).contains("sign-off is recorded");

        assertThat(Authoring.module(trainer, uuid).text("#commentList")).contains("Say who pays for interpreters.", reviewer.name());
        assertThat(trainer.page().text("#sentTo")).contains("signed off");
        Authoring.publish(trainer, uuid, false);
        assertThat(trainer.page().text("#versionTable")).contains(reviewer.name() + " (Community partner, Refugee Action");
        assertThat(People.newLearner().browser().get("learn/module.xhtml?m=" + uuid).text("main"))
                .contains(reviewer.name() + ", Community partner, Refugee Action", "Clear and kind.");
    }

    @Test
    void everyShippedModuleExportedAndImportedGivesTheSameContent() throws IOException {
        WebClient trainer = Authoring.trainer().browser();
        for (String uuid : shippedModules()) {
            String version = Authoring.module(trainer, uuid).select("#versionTable th").stream()
                    .map(Element::text).filter(t -> t.endsWith("(live)")).findFirst().orElseThrow().replace(" (live)", "");
            byte[] exported = Authoring.download(trainer, "content/export?module=" + uuid + "&version=" + version);

            trainer.get("content/import.xhtml");
            WebClient.Page report = trainer.upload("upload", "file", "module.zip", exported, "check");
            assertThat(report.select("#problemTable")).as("no problems for " + uuid).isEmpty();
            assertThat(report.text("#incoming")).contains("a new draft of a module that is already here");
            trainer.submit("confirm", Map.of(), "submit");

            Map<String, String> draft = Authoring.unzip(Authoring.download(trainer, "content/export?module=" + uuid + "&draft=true"));
            assertThat(draft).as("round trip of " + uuid).isEqualTo(Authoring.unzip(exported));
            Authoring.module(trainer, uuid);
            trainer.submit("discardDraft", Map.of(), "submit");
            assertThat(trainer.page().select("#noDraft")).isNotEmpty();
        }
    }

    @Test
    void aBrokenZipGetsTheLoadersReportAndNothingIsSaved() {
        WebClient trainer = Authoring.trainer().browser();
        String uuid = Authoring.newModule(trainer, Server.unique("Zip source "));
        Authoring.frame(trainer, uuid, "Zip source");
        Map<String, String> files = Authoring.unzip(Authoring.download(trainer, "content/export?module=" + uuid + "&draft=true"));
        Authoring.module(trainer, uuid);
        trainer.submit("discardDraft", Map.of(), "submit");
        String newUuid = java.util.UUID.randomUUID().toString();
        Map<String, String> broken = new java.util.TreeMap<>();
        files.forEach((path, text) -> broken.put(path, text.replace(uuid, newUuid).replace("minutes: 10", "minutes: 900")));

        trainer.get("content/import.xhtml");
        WebClient.Page report = trainer.upload("upload", "file", "broken.zip", Authoring.zip(broken), "check");

        Element problem = report.select("#problemTable tbody tr").stream().filter(r -> r.text().contains("minutes")).findFirst().orElseThrow();
        assertThat(problem.select("td").get(0).text()).startsWith("content/units/");
        assertThat(problem.select("td").get(1).text()).isEqualTo("4");
        assertThat(report.select("#confirm")).as("no way to import a broken zip").isEmpty();
        assertThat(trainer.get("content/module.xhtml?module=" + newUuid).status()).as("nothing saved").isEqualTo(404);
        trainer.get("content/import.xhtml");
        WebClient.Page junk = trainer.upload("upload", "file", "notes.zip", "not a zip".getBytes(), "check");
        assertThat(junk.text("#upload\\:fileError")).contains("not a zip");
    }

    @Test
    void learnersManagersAndReviewersCannotReachAnyAuthoringPageOrAction() {
        WebClient trainer = Authoring.trainer().browser();
        String uuid = Authoring.newModule(trainer, Server.unique("Closed "));
        String editor = Authoring.editorLink(Authoring.module(trainer, uuid), 1, "Text");
        List<String> pages = List.of("content/index.xhtml", "content/module.xhtml?module=" + uuid, editor,
                "content/preview.xhtml?module=" + uuid, "content/import.xhtml", "content/analysis.xhtml?module=" + uuid,
                "content/export?module=" + uuid + "&draft=true");
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person manager = Organisations.registerWithCode(org.code(), "manager");
        Organisations.makeManager(admin, org.orgUuid(), manager.email(), "");
        WebClient managerBrowser = new WebClient();
        People.signIn(managerBrowser, manager.email(), manager.password());
        People.Person signedInManager = new People.Person(manager.name(), manager.email(), manager.password(), managerBrowser);
        assertThat(managerBrowser.get("organisation/overview.xhtml?org=" + org.orgUuid()).status()).as("a real manager").isEqualTo(200);
        for (People.Person person : List.of(People.newLearner(), Authoring.withRole("REVIEWER"), signedInManager)) {
            for (String page : pages) {
                assertThat(person.browser().get(page).status()).as(person.email() + " opening " + page).isEqualTo(403);
            }
        }
        assertThat(People.newLearner().browser().get("review/index.xhtml").status()).isEqualTo(403);
        assertThat(trainer.get("content/module.xhtml?module=00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(trainer.get("content/unit.xhtml?module=" + uuid + "&path=modules/other/module.yaml").status()).isEqualTo(404);
    }

    private static List<String> shippedModules() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("modules"))) {
            return files.map(dir -> dir.resolve("module.yaml")).filter(Files::exists).map(file -> {
                try {
                    Matcher m = Pattern.compile("(?m)^uuid:\\s*(\\S+)").matcher(Files.readString(file));
                    assertThat(m.find()).isTrue();
                    return m.group(1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sorted().toList();
        }
    }

    static List<String> unitUuids(WebClient learner, String module) {
        return learner.get("learn/module.xhtml?m=" + module).select("#units a").stream()
                .map(a -> Organisations.param(a.attr("href").replaceFirst("^[^?]*\\?", "").replace("&amp;", "&"), "u")).toList();
    }

    static void markRead(WebClient learner, String module, String unit) {
        learner.get("learn/unit.xhtml?m=" + module + "&u=" + unit);
        learner.submit("read", Map.of(), "submit");
    }

    /** The quiz form as posted with every "correct" box unticked. */
    private static Map<String, String> withoutCorrect(WebClient.Page page) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (Element input : page.select("#quiz input, #quiz textarea, #quiz select")) {
            String name = input.attr("name");
            if (name.isEmpty() || input.attr("type").equals("submit") || input.attr("type").equals("checkbox")) {
                continue;
            }
            values.put(name, input.tagName().equals("textarea") ? input.text()
                    : input.tagName().equals("select") ? input.select("option[selected]").val() : input.val());
        }
        values.put("quiz:save", "submit");
        return values;
    }
}
