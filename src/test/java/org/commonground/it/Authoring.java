package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Element;

/** Trainers and reviewers, and what they do on the authoring pages, over HTTP. */
final class Authoring {

    private Authoring() {
    }

    /** A new person given a role by the first administrator, signed in afresh so the role applies. */
    static People.Person withRole(String role) {
        People.Person person = People.newLearner();
        WebClient admin = People.firstAdmin();
        AdministrationChecks.openPerson(admin, person.email());
        AdministrationChecks.press(admin, "Make " + role);
        WebClient browser = new WebClient();
        People.signIn(browser, person.email(), person.password());
        return new People.Person(person.name(), person.email(), person.password(), browser);
    }

    static People.Person trainer() {
        return withRole("TRAINER");
    }

    /** An administrator names a trainer on a module, from the person's administration page. */
    static void nameTrainer(String email, String moduleUuid) {
        WebClient admin = People.firstAdmin();
        AdministrationChecks.openPerson(admin, email);
        WebClient.Page named = admin.submit("person", Map.of("module", moduleUuid), "nameOnModule");
        assertThat(named.text(".messages")).contains("Named as a trainer of the module");
    }

    /** Starts a module from the content page; returns its uuid. */
    static String newModule(WebClient trainer, String title) {
        trainer.get("content/index.xhtml");
        WebClient.Page page = trainer.submit("newModule", Map.of("title", title, "stage", "DEVELOPING"), "create");
        assertThat(page.path()).endsWith("/content/module.xhtml");
        return Organisations.param(page.uri().getQuery(), "module");
    }

    /** Starts a module, fills in its framing and adds a second unit with these fields of the add form; returns its uuid. */
    static String framedWithSecondUnit(WebClient trainer, String title, Map<String, String> unit) {
        String uuid = newModule(trainer, title);
        frame(trainer, uuid, title);
        module(trainer, uuid);
        trainer.submit("addUnit", unit, "submit");
        return uuid;
    }

    static WebClient.Page module(WebClient trainer, String uuid) {
        return trainer.get("content/module.xhtml?module=" + uuid);
    }

    /** Fills in the module's framing so it can be published. */
    static WebClient.Page frame(WebClient trainer, String uuid, String title) {
        module(trainer, uuid);
        return trainer.submit("framing", Map.of("title", title, "stage", "DEVELOPING", "summary", "Who it is for. What it covers.",
                "stageReason", "It trains a Developing activity.", "outcomes", "Do one thing.\nDo another thing."), "submit");
    }

    /** The link to an item's editor for the unit at a position (1-based), by the link's words. */
    static String editorLink(WebClient.Page modulePage, int unit, String which) {
        Element row = modulePage.select("#unitTable tbody tr").get(unit - 1);
        return row.select("a").stream().filter(a -> a.text().equals(which)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + which + " link for unit " + unit)).attr("href")
                .replaceFirst("^.*/content/", "content/");
    }

    /** The module's page with a draft open: starts one from the published version when there is none. */
    static WebClient.Page draft(WebClient trainer, String uuid) {
        WebClient.Page page = module(trainer, uuid);
        return page.select("#startDraft").isEmpty() ? page : trainer.submit("startDraft", Map.of(), "submit");
    }

    static WebClient.Page editUnit(WebClient trainer, String uuid, int unit, Map<String, String> fields) {
        trainer.get(editorLink(draft(trainer, uuid), unit, "Text"));
        return trainer.submit("unit", fields, "save");
    }

    static WebClient.Page publish(WebClient trainer, String uuid, boolean material) {
        module(trainer, uuid);
        return trainer.submit("publish", material ? Map.of("material", "true") : Map.of(), "submit");
    }

    static Map<String, String> unzip(byte[] zip) {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static byte[] zip(Map<String, String> files) {
        return org.commonground.authoring.control.Zips.write(files);
    }

    /** Sends the open draft of a module to one reviewer, chosen by name on the module page. */
    static WebClient.Page sendToReviewer(WebClient trainer, String uuid, People.Person reviewer) {
        WebClient.Page page = module(trainer, uuid);
        String id = page.select("#send input[type=checkbox]").stream()
                .filter(c -> page.select("label[for=" + c.id() + "]").text().equals(reviewer.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no reviewer " + reviewer.name())).val();
        return trainer.submit("send", Map.of("reviewers", id), "submit");
    }

    static byte[] download(WebClient browser, String path) {
        HttpResponse<byte[]> response = browser.download(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
