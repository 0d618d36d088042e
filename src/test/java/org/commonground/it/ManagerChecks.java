package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Managers' completion views, their exports, the maturity page, and who may see them. */
abstract class ManagerChecks {

    /** An organisation with a team, and the journey module assigned to the team, due in ten days. */
    static Organisations.Setup withAssignment(WebClient admin) {
        Organisations.Setup org = Organisations.create(admin);
        assign(admin, org.teamUuid(), "Journey test module", LocalDate.now().plusDays(10));
        return org;
    }

    static void assign(WebClient manager, String team, String moduleTitle, LocalDate due) {
        WebClient.Page page = manager.get("organisation/team.xhtml?team=" + team);
        String module = page.select("#assign\\:module option").stream().filter(o -> o.text().startsWith(moduleTitle))
                .findFirst().orElseThrow().val();
        manager.submit("assign", Map.of("module", module, "assignee", "", "due", due.toString(), "renewal", ""), "submit");
    }

    static People.Person member(Organisations.Setup org, String name, String group) {
        return Organisations.registerWithCode(org.code(), group);
    }

    @Test
    void theTeamGridShowsEachPersonsStatusColourAndTheTeamAgainstItsTarget() throws Exception {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = withAssignment(admin);
        People.Person done = member(org, "", "frontline_practitioner");
        People.Person waiting = member(org, "", "support_staff");
        Learning.answerRightly(done.browser());
        RecordChecks.completer("unused");
        WebClient.Page sheet = done.browser().get(Learning.worksheetPath());
        List<String[]> fields = new java.util.ArrayList<>(Learning.baseFields(sheet, "worksheet"));
        fields.add(new String[] {"action", "submit"});
        Learning.post(done.browser(), sheet, "worksheet", fields);

        WebClient.Page grid = admin.get("organisation/dashboard.xhtml?team=" + org.teamUuid());
        assertThat(grid.text("#summary")).contains("50.0%").contains("1 of 2").contains("target is 95%");
        assertThat(row(grid, done.name()).select("td.rag-green").text()).contains("Complete");
        assertThat(row(grid, waiting.name()).select("td.rag-amber").text()).contains("Not started").contains("due");
        assertThat(grid.select("#grid thead th").text()).contains("Journey test module");

        WebClient.Page complete = admin.get("organisation/dashboard.xhtml?team=" + org.teamUuid() + "&status=COMPLETE");
        assertThat(complete.text("#grid")).contains(done.name()).doesNotContain(waiting.name());
    }

    @Test
    void theChartOfCompletionsOverTimeHasTheFiguresTheGridShows() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = withAssignment(admin);
        People.Person early = member(org, "", "frontline_practitioner");
        People.Person later = member(org, "", "support_staff");
        member(org, "", "support_staff");
        Modules.complete(early.browser(), "it-journey");
        try {
            PlatformClockControl.moveTo(35);
            Modules.complete(later.browser(), "it-journey");
        } finally {
            PlatformClockControl.moveTo(0);
        }

        WebClient.Page page = admin.get("organisation/dashboard.xhtml?team=" + org.teamUuid());
        Map<String, Long> inGrid = page.select("#grid tbody td").stream()
                .filter(td -> List.of("Complete", "Renewal due soon", "Needs refresh").contains(td.select("b").text()))
                .map(td -> java.util.regex.Pattern.compile("\\d{1,2} (\\p{L}+ \\d{4})").matcher(td.ownText()))
                .filter(java.util.regex.Matcher::find)
                .collect(Collectors.groupingBy(m -> m.group(1), Collectors.counting()));
        List<Element> tableRows = page.select("#completionTable tbody tr");
        Map<String, Long> inTable = tableRows.stream().filter(r -> !r.select("td").text().equals("0"))
                .collect(Collectors.toMap(r -> r.select("th").text(), r -> Long.parseLong(r.select("td").text())));
        assertThat(inGrid).hasSize(2).containsOnly(Map.entry(month(0), 1L), Map.entry(month(35), 1L));
        assertThat(inTable).isEqualTo(inGrid);
        assertThat(page.select("#completionChart text.chart-count").eachText())
                .isEqualTo(tableRows.stream().map(r -> r.select("td").text()).toList());
        assertThat(page.select("#completionChart rect.chart-bar")).hasSize(12);
        assertThat(page.select("#completionChart").attr("role")).isEqualTo("img");
        assertThat(page.text("#chartTitle")).startsWith("Completions each month");
        assertThat(page.text("#chartSummary")).startsWith("2 completions shown in the grid");
    }

    /** A month as the chart's table names it, this many days from today on the platform's calendar. */
    private static String month(int days) {
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(days);
        return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " " + day.getYear();
    }

    @Test
    void exportsKeepANameThatLooksLikeAFormulaAsText() throws Exception {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = withAssignment(admin);
        WebClient browser = new WebClient();
        browser.get("register.xhtml?code=" + org.code());
        String formula = "=HYPERLINK(\"http://x\") " + Server.unique("n");
        browser.submit("register", Map.of("name", formula, "email", Server.unique("f") + "@it.commonground.test",
                "password", People.PASSWORD, "code", org.code(), "staffGroup", "manager"), "submit");

        HttpResponse<byte[]> csv = RecordChecks.download(admin, "organisation/export?team=" + org.teamUuid() + "&format=csv");
        assertThat(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("'=HYPERLINK(");

        HttpResponse<byte[]> xlsx = RecordChecks.download(admin, "organisation/export?team=" + org.teamUuid() + "&format=xlsx");
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Name");
            assertThat(rows.get(0).getCellText(2)).isEqualTo("Journey test module");
            Row person = rows.stream().filter(r -> r.getCellText(0).startsWith("=HYPERLINK")).findFirst().orElseThrow();
            assertThat(person.getCellText(0)).isEqualTo(formula);
            assertThat(person.getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(person.getCellText(2)).startsWith("Not started, due ");
        }
        HttpResponse<byte[]> orgXlsx = RecordChecks.download(admin, "organisation/export?org=" + org.orgUuid() + "&format=xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(orgXlsx.body()))) {
            List<String> firsts = workbook.getFirstSheet().read().stream().map(r -> r.getCellText(0)).collect(Collectors.toList());
            assertThat(firsts).contains("Team", "Module", "Staff group");
        }
    }

    @Test
    void theTeamGridNeedsTheSameNumberOfSqlStatementsForOneOrManyPeople() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup small = withAssignment(admin);
        member(small, "", "frontline_practitioner");
        Organisations.Setup large = withAssignment(admin);
        for (int i = 0; i < 5; i++) {
            People.Person p = member(large, "", "frontline_practitioner");
            if (i % 2 == 0) {
                Learning.answerRightly(p.browser());
            }
        }
        admin.get("organisation/dashboard.xhtml?team=" + small.teamUuid());
        String one = admin.get("organisation/dashboard.xhtml?team=" + small.teamUuid()).text("#sqlStatements");
        admin.get("organisation/dashboard.xhtml?team=" + large.teamUuid());
        String five = admin.get("organisation/dashboard.xhtml?team=" + large.teamUuid()).text("#sqlStatements");

        assertThat(one).isNotBlank();
        assertThat(Integer.parseInt(five)).isEqualTo(Integer.parseInt(one)).isLessThan(20);
    }

    @Test
    void theOrganisationViewBreaksCompletionDownByTeamModuleAndStaffGroup() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = withAssignment(admin);
        People.Person done = member(org, "", "frontline_practitioner");
        member(org, "", "support_staff");
        Modules.complete(done.browser(), "it-journey");

        WebClient.Page view = admin.get("organisation/overview.xhtml?org=" + org.orgUuid());
        assertThat(view.text("#orgSummary")).contains("50.0%").contains("1 of 2");
        assertThat(view.text("#teams")).contains(org.teamName() + " 2 1 50.0%");
        assertThat(view.text("#modules")).contains("Journey test module 2 1 50.0%");
        assertThat(view.text("#groups")).contains("Frontline practitioner 1 1 100.0%").contains("Support staff 1 0 0.0%");
    }

    @Test
    void managersSeeOnlyWhatTheyManage() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = withAssignment(admin);
        Organisations.Setup other = withAssignment(admin);
        People.Person teamManager = member(org, "", "manager");
        Organisations.makeManager(admin, org.orgUuid(), teamManager.email(), org.teamUuid());
        People.Person otherBoss = member(other, "", "manager");
        Organisations.makeManager(admin, other.orgUuid(), otherBoss.email(), "");
        WebClient team = new WebClient();
        People.signIn(team, teamManager.email(), teamManager.password());
        WebClient boss = new WebClient();
        People.signIn(boss, otherBoss.email(), otherBoss.password());
        WebClient learner = People.newLearner().browser();

        assertThat(team.get("organisation/dashboard.xhtml?team=" + org.teamUuid()).status()).isEqualTo(200);
        assertThat(team.get("organisation/dashboard.xhtml?team=" + other.teamUuid()).status()).isEqualTo(403);
        assertThat(team.get("organisation/overview.xhtml?org=" + org.orgUuid()).status()).isEqualTo(403);
        assertThat(team.get("organisation/export?team=" + other.teamUuid() + "&format=csv").status()).isEqualTo(403);
        assertThat(boss.get("organisation/overview.xhtml?org=" + other.orgUuid()).status()).isEqualTo(200);
        assertThat(boss.get("organisation/overview.xhtml?org=" + org.orgUuid()).status()).isEqualTo(403);
        assertThat(boss.get("organisation/maturity.xhtml?org=" + org.orgUuid()).status()).isEqualTo(403);
        assertThat(boss.get("organisation/export?org=" + org.orgUuid() + "&format=xlsx").status()).isEqualTo(403);
        assertThat(learner.get("organisation/dashboard.xhtml?team=" + org.teamUuid()).status()).isEqualTo(403);
        assertThat(learner.get("organisation/maturity.xhtml?org=" + org.orgUuid()).status()).isEqualTo(403);
        assertThat(admin.get("organisation/maturity.xhtml?org=" + org.orgUuid()).status()).isEqualTo(200);

        People.Person trainerPerson = People.newLearner();
        AdministrationChecks.openPerson(admin, trainerPerson.email());
        AdministrationChecks.press(admin, "Make TRAINER");
        WebClient trainer = new WebClient();
        People.signIn(trainer, trainerPerson.email(), trainerPerson.password());
        for (String page : List.of("organisation/dashboard.xhtml?team=" + org.teamUuid(), "organisation/overview.xhtml?org=" + org.orgUuid(),
                "organisation/maturity.xhtml?org=" + org.orgUuid(), "organisation/partners.xhtml?org=" + org.orgUuid(),
                "organisation/themes.xhtml?team=" + org.teamUuid(), "organisation/export?org=" + org.orgUuid() + "&format=csv")) {
            assertThat(trainer.get(page).status()).as("a trainer opening " + page).isEqualTo(403);
            assertThat(team.get(page.replace(org.teamUuid(), other.teamUuid()).replace(org.orgUuid(), other.orgUuid())).status())
                    .as("a team manager opening another organisation's " + page).isEqualTo(403);
        }
    }

    @Test
    void trainingEvidenceAndSelfAssessmentMakeTheStageAndItsHistory() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person frontline = member(org, "", "frontline_practitioner");

        WebClient.Page before = admin.get("organisation/maturity.xhtml?org=" + org.orgUuid());
        assertThat(before.text("#orgStage")).contains("not reached the first stage");
        assertThat(before.text(".evidence")).contains("0 of 1 staff");

        Modules.complete(frontline.browser(), "barriers-to-access");
        WebClient.Page after = admin.get("organisation/maturity.xhtml?org=" + org.orgUuid());
        assertThat(after.select(".activity.met .evidence").text()).contains("1 of 1 staff").contains("100%");

        for (Element form : after.select("section.stage-section").first().select("form.assess-form")) {
            List<String[]> fields = new java.util.ArrayList<>();
            form.select("input[type=hidden]").forEach(i -> fields.add(new String[] {i.attr("name"), i.val()}));
            fields.add(new String[] {"status", "MET"});
            fields.add(new String[] {"note", "Agreed at the board"});
            fields.add(new String[] {"evidence", "https://example.org/minutes"});
            String activity = form.select("input[name=activity]").val();
            WebClient.Page saved = Learning.post(admin, after, form.attr("id").isEmpty() ? formId(after, form) : form.attr("id"), fields);
            assertThat(saved.text("#assessSaved")).as(activity).contains("Assessment saved");
        }
        WebClient.Page reached = admin.get("organisation/maturity.xhtml?org=" + org.orgUuid());
        assertThat(reached.text("#orgStage")).contains("reached").contains("Emerging");
        assertThat(reached.text("#nextNeeds")).contains("Developing");
        assertThat(reached.text("#history")).contains("Administrator set").contains("to met").contains("Agreed at the board");
    }

    /** Plain forms in a list carry no id: give the one we post a temporary id the helper can find. */
    private static String formId(WebClient.Page page, Element form) {
        String id = "assess-" + Server.unique("f");
        form.attr("id", id);
        return id;
    }

    private static Element row(WebClient.Page grid, String name) {
        return grid.select("#grid tbody tr").stream().filter(r -> r.text().contains(name)).findFirst().orElseThrow();
    }
}
