package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Certificates, the record and its exports, sharing reflections, and erasure. */
abstract class RecordChecks {

    /** A learner who completed the journey module, with a reflection in its worksheet. */
    static People.Person completer(String reflection) {
        People.Person learner = People.newLearner();
        WebClient browser = learner.browser();
        Learning.answerRightly(browser);
        WebClient.Page page = browser.get(Learning.worksheetPath());
        List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "worksheet"));
        fields.add(new String[] {"t." + Learning.PROMPT, reflection});
        fields.add(new String[] {"action", "submit"});
        Learning.post(browser, page, "worksheet", fields);
        return learner;
    }

    static WebClient.Page verify(WebClient browser, String code) {
        browser.get("verify.xhtml");
        return browser.submit("verify", Map.of("code", code), "submit");
    }

    static HttpResponse<byte[]> download(WebClient browser, String path) throws Exception {
        return browser.http().send(HttpRequest.newBuilder(Server.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void completingAModuleGivesACertificateThatAnyoneCanCheckSignedOut() throws Exception {
        People.Person learner = completer("My reflection " + Server.unique("r"));
        WebClient.Page record = learner.browser().get("learn/record.xhtml");
        assertThat(record.text("#record")).contains("Journey test module");
        String code = record.text(".certificate-code");
        String pdfLink = record.select("a.certificate-link").attr("href").replaceFirst("^.*/learn/", "learn/");

        HttpResponse<byte[]> pdf = download(learner.browser(), pdfLink);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(download(People.newLearner().browser(), pdfLink).statusCode()).as("another learner").isEqualTo(404);

        WebClient.Page checked = verify(new WebClient(), code.toLowerCase().replace("-", " "));
        assertThat(checked.text("#verifiedName")).isEqualTo(learner.name());
        assertThat(checked.text("#verifiedModule")).isEqualTo("Journey test module");
        assertThat(checked.text("#verified")).doesNotContain(learner.email());
        assertThat(verify(new WebClient(), "AAAA-BBBB-CCCC-DDDD").text("#notFound")).contains("Not found");
    }

    @Test
    void checkingCodesInBulkIsRefused() {
        WebClient client = new WebClient();
        WebClient.Page page = null;
        for (int i = 0; i < 9; i++) {
            page = verify(client, "ZZZZ-ZZZZ-ZZZZ-" + (2000 + i));
        }
        assertThat(page.text("main")).contains("Too many checks");
        assertThat(verify(new WebClient(), "ZZZZ-ZZZZ-ZZZZ-ZZZZ").text("#notFound")).as("another address").contains("Not found");
    }

    @Test
    void theRecordExportsAsPdfAndSafeCsvAndEverythingAsJsonQuickly() throws Exception {
        String reflection = "Exported reflection " + Server.unique("x");
        People.Person learner = completer(reflection);

        HttpResponse<byte[]> csv = download(learner.browser(), "learn/record.csv");
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(text).startsWith("Module,Status,Version,Completed,Quiz score (%),Renew by,Certificate")
                .contains("Journey test module,Complete,");
        assertThat(new String(download(learner.browser(), "learn/record.pdf").body(), 0, 5)).isEqualTo("%PDF-");

        Instant start = Instant.now();
        HttpResponse<byte[]> json = download(learner.browser(), "learn/my-data.json");
        Duration took = Duration.between(start, Instant.now());
        String data = new String(json.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(data).contains(learner.email()).contains(learner.name()).contains(reflection)
                .contains("\"quizAttempts\"").contains("\"certificates\"").contains("\"completions\"")
                .contains("\"auditEntriesAboutYou\"").contains("\"memberships\"");
        assertThat(new String(download(learner.browser(), "learn/worksheet.pdf?m=" + Learning.MODULE + "&u="
                + Learning.WORKSHEET_UNIT).body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void onlyTheAuthorAndThoseTheyShareWithCanReadAReflection() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person author = Organisations.registerWithCode(org.code(), "frontline_practitioner");
        People.Person teamManager = Organisations.registerWithCode(org.code(), "manager");
        Organisations.makeManager(admin, org.orgUuid(), teamManager.email(), org.teamUuid());
        String otherTeam = otherTeam(admin, org);
        People.Person otherManager = Organisations.registerWithCode(Organisations.code(admin, otherTeam, 90, 5), "manager");
        Organisations.makeManager(admin, org.orgUuid(), otherManager.email(), otherTeam);
        People.Person trainer = People.newLearner();
        AdministrationChecks.openPerson(admin, trainer.email());
        AdministrationChecks.press(admin, "Make TRAINER");
        People.Person stranger = People.newLearner();
        WebClient managerBrowser = signedIn(teamManager);
        WebClient otherManagerBrowser = signedIn(otherManager);
        WebClient trainerBrowser = signedIn(trainer);
        // A trainer reads what was shared with trainers only for modules they train on: this one is named on it.
        Authoring.nameTrainer(trainer.email(), Learning.MODULE);
        WebClient otherTrainer = Authoring.trainer().browser();

        WebClient.Page page = author.browser().get(Learning.worksheetPath());
        Learning.autosave(author.browser(), page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "Private thoughts"), "0");
        share(author, true, false);
        String view = managerBrowser.get("reflections/index.xhtml").select("#sharedList a").stream()
                .filter(a -> a.text().startsWith(author.name())).findFirst().map(a -> a.attr("href")).orElseThrow()
                .replaceFirst("^.*/reflections/", "reflections/");

        assertThat(managerBrowser.get(view).text("main")).as("their manager, shared with managers").contains("Private thoughts");
        assertThat(author.browser().get(view).text("main")).as("the author").contains("Private thoughts");
        assertThat(otherManagerBrowser.get(view).status()).as("a manager of another team").isEqualTo(404);
        assertThat(stranger.browser().get(view).status()).as("another learner").isEqualTo(404);
        assertThat(trainerBrowser.get(view).status()).as("a trainer, not shared with trainers").isEqualTo(404);
        assertThat(admin.get(view).status()).as("an administrator").isEqualTo(404);

        share(author, false, true);
        assertThat(trainerBrowser.get(view).text("main")).as("a trainer, shared with trainers").contains("Private thoughts");
        assertThat(otherTrainer.get(view).status()).as("a trainer who does not author the module").isEqualTo(404);
        trainerBrowser.get(view);
        trainerBrowser.submit("reply", Map.of("text", "Thank you: try the telephone interpreting line."), "submit");
        assertThat(trainerBrowser.page().text("#replies")).contains(trainer.name(), "telephone interpreting line");
        assertThat(author.browser().get(Learning.worksheetPath()).text("#replies")).as("the learner sees the reply")
                .contains(trainer.name(), "telephone interpreting line");
        assertThat(managerBrowser.get(view).status()).as("their manager, share withdrawn").isEqualTo(404);
        assertThat(author.browser().get(Learning.worksheetPath()).text("#shareState")).isEqualTo("Shared with trainers.");

        share(author, false, false);
        assertThat(trainerBrowser.get(view).status()).as("a trainer, share withdrawn").isEqualTo(404);
        assertThat(view).doesNotContain("Private");
    }

    @Test
    void afterErasureNoTableHoldsTheNameEmailOrWordsAndTheCertificateIsGone() throws Exception {
        String reflection = "Words only this person wrote " + Server.unique("w");
        People.Person learner = completer(reflection);
        String code = learner.browser().get("learn/record.xhtml").text(".certificate-code");
        assertThat(scan(learner.email(), learner.name(), reflection)).as("before erasure the data is there").isNotEmpty();

        erase(learner);

        assertThat(scan(learner.email(), learner.name(), reflection)).isEmpty();
        assertThat(verify(new WebClient(), code).text("#notFound")).contains("Not found");
        assertThat(People.signIn(new WebClient(), learner.email(), learner.password()).text(".messages")).contains("could not sign you in");
        assertThat(learner.browser().get("learn/index.xhtml").text("h1")).as("their session ended").isEqualTo("Sign in");
    }

    /** The person asks for erasure on their record page and the first administrator confirms it. */
    static void erase(People.Person learner) {
        learner.browser().get("learn/record.xhtml");
        WebClient.Page asked = learner.browser().submit("erase", Map.of(), "submit");
        assertThat(asked.text("#erasurePending")).contains("asked for your data to be erased");
        WebClient admin = People.firstAdmin();
        WebClient.Page pending = admin.get("admin/erasures.xhtml");
        Element row = pending.select("#erasures li").stream().filter(li -> li.text().contains(learner.email())).findFirst().orElseThrow();
        String form = row.select("form").attr("id");
        admin.submit(form, Map.of(), row.select("input[type=submit]").attr("name").substring(form.length() + 1));
        assertThat(admin.page().text(".messages")).contains("erased");
    }

    static String otherTeam(WebClient admin, Organisations.Setup org) {
        String name = Server.unique("Other team ");
        Organisations.openOrganisation(admin, org.orgUuid());
        WebClient.Page page = admin.submit("team", Map.of("name", name), "submit");
        return Organisations.param(page.select("#teamList a").stream().filter(a -> a.text().equals(name)).findFirst()
                .orElseThrow().attr("href").replaceFirst("^[^?]*\\?", ""), "team");
    }

    static WebClient signedIn(People.Person person) {
        WebClient browser = new WebClient();
        People.signIn(browser, person.email(), person.password());
        return browser;
    }

    static void share(People.Person author, boolean managers, boolean trainers) {
        WebClient.Page page = author.browser().get(Learning.worksheetPath());
        List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "share"));
        if (managers) {
            fields.add(new String[] {"share.managers", "yes"});
        }
        if (trainers) {
            fields.add(new String[] {"share.trainers", "yes"});
        }
        Learning.post(author.browser(), page, "share", fields);
    }

    /** Every text value in every table and column that contains any of the needles (case-insensitive). */
    static List<String> scan(String... needles) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(System.getProperty("commonground.it.db.url"),
                System.getProperty("commonground.it.db.user"), System.getProperty("commonground.it.db.password"))) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.equalsIgnoreCase("pg_catalog"))) {
                        continue;
                    }
                    String quote = meta.getIdentifierQuoteString();
                    tables.add((schema == null ? "" : quote + schema + quote + ".") + quote + rs.getString("TABLE_NAME") + quote);
                }
            }
            assertThat(tables).as("tables found").hasSizeGreaterThan(10);
            for (String table : tables) {
                try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("select * from " + table)) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            String value = rows.getString(c);
                            if (value == null) {
                                continue;
                            }
                            String lower = value.toLowerCase(Locale.ROOT);
                            for (String needle : needles) {
                                if (lower.contains(needle.toLowerCase(Locale.ROOT))) {
                                    found.add(table + "." + columns.getColumnName(c) + " holds " + needle);
                                }
                            }
                        }
                    }
                }
            }
        }
        return found;
    }
}
