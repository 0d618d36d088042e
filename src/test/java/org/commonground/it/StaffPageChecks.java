package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.Test;

/**
 * The managers' and administrators' pages in a real browser: confirm dialogs (cancel keeps,
 * confirm does), Enter doing a form's main action, putting people in teams (one, many, moving,
 * and from a CSV file checked before it is saved), and every page at 360 px. axe on each page and state.
 */
@Tag("browser")
abstract class StaffPageChecks {

    private record Org(Organisations.Setup setup, WebClient admin, People.Person manager, People.Person first,
            People.Person second) {
    }

    /** An organisation with a whole-organisation manager and two members in no team (one unique word in both names). */
    private static Org organisation() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup setup = Organisations.create(admin);
        People.Person manager = Organisations.registerWithCode(setup.code(), "manager");
        Organisations.makeManager(admin, setup.orgUuid(), manager.email(), "");
        Organisations.openOrganisation(admin, setup.orgUuid());
        String noTeam = Organisations.code(admin, null, 90, 50);
        People.Person first = Organisations.registerWithCode(noTeam, "support_staff");
        People.Person second = Organisations.registerWithCode(noTeam, "frontline_practitioner");
        return new Org(setup, admin, manager, first, second);
    }

    private static WebDriver signedIn(People.Person person) {
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, person);
        return driver;
    }

    private static WebElement dialog(WebDriver driver) {
        return Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("confirmDialog")));
    }

    private static void awaitDialogClosed(WebDriver driver) {
        Browser.waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("confirmDialog")));
    }

    private static WebElement hasLeftButton(WebDriver driver, String name) {
        return driver.findElement(By.cssSelector("input[aria-label='" + name + " has left the organisation']"));
    }

    @Test
    void hasLeftAsksFirstCancelKeepsConfirmEndsAndTheManagersOwnRowHasNoButton() {
        Org org = organisation();
        WebDriver driver = signedIn(org.manager());
        Browser.open(driver, "organisation/index.xhtml?org=" + org.setup().orgUuid());
        Browser.awaitHeading(driver, org.setup().name());
        assertThat(driver.findElements(By.cssSelector("input[aria-label='" + org.manager().name() + " has left the organisation']")))
                .as("no 'Has left' on the manager's own row").isEmpty();
        assertThat(driver.findElement(By.id("memberTable")).getText()).contains(org.manager().name());

        hasLeftButton(driver, org.first().name()).click();
        WebElement dialog = dialog(driver);
        assertThat(dialog.findElement(By.id("confirmTitle")).getText()).isEqualTo("Has " + org.first().name() + " left the organisation?");
        assertThat(dialog.findElement(By.id("confirmText")).getText()).contains("leave every team").contains("keep their account");
        assertThat(driver.switchTo().activeElement().getAttribute("id")).as("focus starts on Cancel").isEqualTo("confirmCancel");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("confirmCancel")).click();
        awaitDialogClosed(driver);
        assertThat(driver.findElement(By.id("memberTable")).getText()).contains(org.first().name());
        // Escape cancels too.
        hasLeftButton(driver, org.first().name()).click();
        dialog(driver);
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        awaitDialogClosed(driver);
        driver.navigate().refresh();
        Browser.awaitHeading(driver, org.setup().name());
        assertThat(driver.findElement(By.id("memberTable")).getText()).contains(org.first().name());

        hasLeftButton(driver, org.first().name()).click();
        dialog(driver).findElement(By.id("confirmOk")).click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("messages")).getText().contains("Membership ended"));
        assertThat(driver.findElement(By.id("memberTable")).getText()).doesNotContain(org.first().name())
                .contains(org.second().name());
        Browser.assertAccessible(driver);
    }

    @Test
    void erasureRequestAsksFirstAndCanBeWithdrawn() {
        People.Person learner = People.newLearner();
        WebDriver driver = signedIn(learner);
        Browser.open(driver, "learn/record.xhtml");
        Browser.field(driver, "erase:submit").click();
        WebElement dialog = dialog(driver);
        assertThat(dialog.findElement(By.id("confirmText")).getText()).contains("certificates will stop working");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("confirmCancel")).click();
        awaitDialogClosed(driver);
        driver.navigate().refresh();
        assertThat(driver.findElements(By.id("erasurePending"))).isEmpty();

        Browser.field(driver, "erase:submit").click();
        dialog(driver).findElement(By.id("confirmOk")).click();
        Browser.waiting(driver).until(d -> !d.findElements(By.id("erasurePending")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("script[src*='primefaces']"))).as("no PrimeFaces on a learner page").isEmpty();
        Browser.assertAccessible(driver);
        Browser.field(driver, "keep:submit").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("messages")).getText().contains("withdrawn your request"));
        assertThat(driver.findElements(By.id("erasurePending"))).isEmpty();
        assertThat(driver.findElements(By.id("erase:submit"))).hasSize(1);
    }

    @Test
    void enterInAFieldDoesTheFormsMainAction() {
        Org org = organisation();
        WebDriver driver = signedIn(org.manager());
        Browser.open(driver, "organisation/index.xhtml?org=" + org.setup().orgUuid());
        Browser.awaitHeading(driver, org.setup().name());
        String team = Server.unique("Enter team ");
        Browser.field(driver, "team:name").sendKeys(team, Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElement(By.id("teamList")).getText().contains(team));
        assertThat(driver.findElement(By.id("memberTable")).getText()).contains(org.first().name()).contains(org.second().name());

        Browser.field(driver, "invite:email").sendKeys("not an address", Keys.ENTER);
        Browser.waiting(driver).until(d -> !d.findElements(By.id("invite:emailError")).isEmpty());
        assertThat(driver.findElements(By.id("confirmDialog")).get(0).isDisplayed()).isFalse();

        Browser.open(driver, "organisation/people.xhtml?org=" + org.setup().orgUuid());
        Browser.awaitHeading(driver, "People and teams");
        Browser.field(driver, "q").sendKeys(org.first().name(), Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElement(By.id("peopleCount")).getText().startsWith("1 person"));

        Browser.open(driver, "account/index.xhtml");
        String renamed = Server.unique("Renamed ");
        WebElement name = Browser.field(driver, "profile:name");
        name.clear();
        name.sendKeys(renamed, Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElement(By.id("myName")).getText().equals(renamed));
    }

    @Test
    void managersPutPeopleInTeamsOneOrManyAndMoveThem() {
        Org org = organisation();
        WebDriver driver = signedIn(org.manager());
        String orgUuid = org.setup().orgUuid();
        Browser.open(driver, "organisation/index.xhtml?org=" + orgUuid);
        driver.findElement(By.id("peopleLink")).click();
        Browser.awaitHeading(driver, "People and teams");
        new Select(Browser.field(driver, "in")).selectByVisibleText("People in no team");
        Browser.field(driver, "find:submit").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("peopleCount")).getText().equals("2 people in no team."));
        assertThat(rowTexts(driver)).anyMatch(r -> r.contains(org.first().name())).anyMatch(r -> r.contains(org.second().name()));
        Browser.assertAccessible(driver);

        // Nothing ticked: a clear message, nothing changes.
        new Select(Browser.field(driver, "place:team")).selectByVisibleText(org.setup().teamName());
        Browser.field(driver, "place:put").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("messages")).getText().contains("Tick at least one person"));
        Browser.assertAccessible(driver);

        // One person.
        tick(driver, org.first().name());
        new Select(Browser.field(driver, "place:team")).selectByVisibleText(org.setup().teamName());
        Browser.field(driver, "place:put").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("messages")).getText().contains("1 person put in the team"));
        assertThat(driver.findElement(By.id("peopleCount")).getText()).isEqualTo("1 person in no team.");
        WebClient.Page team = org.admin().get("organisation/team.xhtml?team=" + org.setup().teamUuid());
        assertThat(team.text("#teamMembers")).contains(org.first().name()).doesNotContain(org.second().name());

        // Many at once, moved to a second team: they leave the first.
        Organisations.openOrganisation(org.admin(), orgUuid);
        String second = Server.unique("Second team ");
        org.admin().submit("team", Map.of("name", second), "submit");
        Browser.open(driver, "organisation/people.xhtml?org=" + orgUuid + "&q=Joiner");
        tick(driver, org.first().name());
        tick(driver, org.second().name());
        new Select(Browser.field(driver, "place:team")).selectByVisibleText(second);
        Browser.field(driver, "place:move").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("messages")).getText().contains("2 people moved to the team"));
        assertThat(rowTexts(driver).stream().filter(r -> r.contains(org.first().name())).findFirst().orElseThrow())
                .contains(second).doesNotContain(org.setup().teamName());
        team = org.admin().get("organisation/team.xhtml?team=" + org.setup().teamUuid());
        assertThat(team.text("#teamMembers")).doesNotContain(org.first().name());

        // % and _ are searched as themselves.
        Browser.open(driver, "organisation/people.xhtml?org=" + orgUuid + "&q=%25");
        assertThat(driver.findElement(By.id("peopleCount")).getText()).startsWith("0 people");
        Browser.open(driver, "organisation/people.xhtml?org=" + orgUuid + "&q=_");
        assertThat(driver.findElement(By.id("peopleCount")).getText()).startsWith("0 people");
    }

    @Test
    void aCsvFileIsCheckedRowByRowBeforeAnythingIsSaved() {
        Org org = organisation();
        WebDriver driver = signedIn(org.manager());
        String orgUuid = org.setup().orgUuid();
        String stranger = Server.unique("invited") + "@it.commonground.test";
        Browser.open(driver, "organisation/import.xhtml?org=" + orgUuid);
        Browser.awaitHeading(driver, "Add people from a CSV file");
        Browser.assertAccessible(driver);
        Browser.field(driver, "upload:pasted").sendKeys("name,email,team,staff group\n"
                + org.first().name() + "," + org.first().email() + "," + org.setup().teamName() + ",Board member\n"
                + "New Person," + stranger + "," + org.setup().teamName() + ",\n"
                + "Nobody,not-an-address,,\n");
        Browser.field(driver, "upload:check").click();
        Browser.waiting(driver).until(d -> !d.findElements(By.id("reportTable")).isEmpty());
        List<String> report = driver.findElements(By.cssSelector("#reportTable tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(report).hasSize(3);
        assertThat(report.get(0)).contains("Already a member: put in " + org.setup().teamName() + ", staff group Board member.");
        assertThat(report.get(1)).contains("Invited by email to join " + org.setup().teamName());
        assertThat(report.get(2)).contains("Not saved").contains("is not an email address");
        assertThat(driver.findElement(By.id("reportSummary")).getText()).startsWith("2 of 3 rows can be saved");
        Browser.assertAccessible(driver);
        // Nothing saved yet.
        assertThat(org.admin().get("organisation/team.xhtml?team=" + org.setup().teamUuid()).text("#teamMembers"))
                .doesNotContain(org.first().name());
        assertThat(Mailbox.find(stranger, "You are invited")).isEmpty();

        Browser.field(driver, "save:submit").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("messages")).getText().contains("Saved: 1 put in teams, 1 invited by email, 1 rows"));
        assertThat(org.admin().get("organisation/team.xhtml?team=" + org.setup().teamUuid()).text("#teamMembers"))
                .contains(org.first().name());
        assertThat(Mailbox.await(stranger, "You are invited")).isNotNull();
    }

    @Test
    void learnersSearchTheModulesAndFindTheirHelpPage() {
        People.Person learner = People.newLearner();
        WebDriver driver = signedIn(learner);
        Browser.open(driver, "learn/index.xhtml");
        // Words from the outcomes, in another order and case.
        Browser.field(driver, "q").sendKeys("WORKSHEET journey", Keys.ENTER);
        Browser.waiting(driver).until(d -> !d.findElements(By.id("foundHeading")).isEmpty());
        List<String> found = driver.findElements(By.cssSelector("#found h3")).stream().map(WebElement::getText).toList();
        assertThat(found).contains("Journey test module").doesNotContain("Fixture module for tests");
        assertThat(driver.findElements(By.cssSelector("script[src*='primefaces']"))).isEmpty();
        Browser.assertAccessible(driver);
        Browser.open(driver, "learn/index.xhtml?q=zzqx");
        assertThat(driver.findElement(By.id("noneFound")).getText()).contains("No module matches");

        driver.findElement(By.id("learnerHelp")).click();
        Browser.awaitHeading(driver, "Help for learners");
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText("Help")).click();
        Browser.awaitHeading(driver, "Help");
        assertThat(driver.findElements(By.cssSelector("#helpPages a"))).hasSize(5);
        for (String role : List.of("trainer", "reviewer", "manager", "admin")) {
            Browser.open(driver, "help/" + role + ".xhtml");
            assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Help for ");
            Browser.assertAccessible(driver);
        }
    }

    @Test
    void staffPagesFitA360PixelPhone() {
        Org org = organisation();
        String orgUuid = org.setup().orgUuid();
        WebDriver driver = signedIn(org.manager());
        List<String> managerPages = List.of("manage/index.xhtml", "organisation/index.xhtml?org=" + orgUuid,
                "organisation/people.xhtml?org=" + orgUuid, "organisation/import.xhtml?org=" + orgUuid,
                "organisation/team.xhtml?team=" + org.setup().teamUuid(), "organisation/dashboard.xhtml?team=" + org.setup().teamUuid(),
                "organisation/overview.xhtml?org=" + orgUuid, "organisation/maturity.xhtml?org=" + orgUuid,
                "organisation/themes.xhtml?org=" + orgUuid, "organisation/partners.xhtml?org=" + orgUuid,
                "account/index.xhtml", "account/password.xhtml", "help/manager.xhtml");
        narrow(driver);
        try {
            for (String page : managerPages) {
                assertFits(driver, page);
            }
            driver.manage().deleteAllCookies();
            Browser.signIn(driver, new People.Person("", People.FIRST_ADMIN, People.firstAdminPassword(), null));
            for (String page : List.of("admin/index.xhtml", "admin/people.xhtml", "admin/organisations.xhtml", "admin/audit.xhtml",
                    "admin/outbox.xhtml", "admin/erasures.xhtml", "admin/content.xhtml")) {
                assertFits(driver, page);
            }
        } finally {
            ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Test
    void staffPagesAreLightOnFirstLoadAndLighterAgainAndLearnerPagesLoadNoPrimeFaces() {
        Org org = organisation();
        People.Person trainer = Authoring.trainer();
        String quizEditor = quizEditorAddress(trainer);
        WebDriver driver = signedIn(org.manager());
        weigh(driver, "team grid", "organisation/dashboard.xhtml?team=" + org.setup().teamUuid(), true);
        weigh(driver, "people list", "organisation/people.xhtml?org=" + org.setup().orgUuid(), true);
        weigh(driver, "team page", "organisation/team.xhtml?team=" + org.setup().teamUuid(), true);
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, trainer);
        weigh(driver, "quiz editor", quizEditor, false);

        People.Person learner = People.newLearner();
        driver.manage().deleteAllCookies();
        Browser.signIn(driver, learner);
        for (String page : List.of(Learning.unitPath(Learning.QUIZ_UNIT), Learning.quizPath(), Learning.worksheetPath(), "learn/index.xhtml")) {
            weigh(driver, "learner page " + page, page, false);
        }
    }

    /** The quiz editor's address, opened from the module page as a trainer would. */
    private static String quizEditorAddress(People.Person trainer) {
        String uuid = EditorChecks.quizModule(trainer, Server.unique("Weighed "));
        String link = Authoring.module(trainer.browser(), uuid).select("a[aria-label='Edit the quiz of Quiz unit']").attr("href");
        assertThat(link).as("the quiz editor's link").isNotEmpty();
        return link.replaceFirst("^.*/content/", "content/");
    }

    /**
     * Opens a page with an empty cache and again, checks the bytes sent each time (<= 250 KB and <= 30 KB compressed)
     * and whether PrimeFaces' resources came with it, and logs the figures.
     */
    private static void weigh(WebDriver driver, String name, String page, boolean primeFaces) {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCache", Map.of());
        Browser.open(driver, page);
        long first = transferred(driver);
        List<String> primeFacesResources = primeFacesResources(driver);
        Browser.open(driver, page);
        long again = transferred(driver);
        System.out.printf("Page weight, %s: first load %,d bytes, repeat visit %,d bytes%n", name, first, again);
        assertThat(first).as(name + ": bytes over the wire on a first visit").isPositive().isLessThanOrEqualTo(250 * 1024);
        assertThat(again).as(name + ": bytes over the wire on a repeat visit").isLessThanOrEqualTo(30 * 1024);
        if (primeFaces) {
            assertThat(primeFacesResources).as(name + " uses PrimeFaces").isNotEmpty();
        } else {
            assertThat(primeFacesResources).as(name + " loads no PrimeFaces resource").isEmpty();
        }
    }

    private static List<String> primeFacesResources(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => n.includes('ln=primefaces'))");
        return names;
    }

    /** The page and everything it loaded, as sent (compressed, headers included; nothing for what came from the cache). */
    private static long transferred(WebDriver driver) {
        Browser.waiting(driver).until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        return ((Number) ((JavascriptExecutor) driver).executeScript("return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource')).reduce((sum, e) => sum + e.transferSize, 0)")).longValue();
    }

    @Test
    void twoHundredPeoplePageSortAndFilterOnTheServerByKeyboard() throws Exception {
        Org org = organisation();
        String tag = Server.unique("bulk").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        insertMembers(org.setup().orgUuid(), null, tag, 200);
        WebDriver driver = signedIn(org.manager());
        Browser.open(driver, "organisation/people.xhtml?org=" + org.setup().orgUuid() + "&q=" + tag);
        assertThat(driver.findElement(By.id("peopleCount")).getText()).isEqualTo("200 people matching “" + tag + "”.");
        assertThat(rowTexts(driver)).hasSize(50).first().asString().contains("Bulk " + tag + " 000");
        assertThat(report(driver)).isEqualTo("Page 1 of 4 (200 found)");
        assertThat(driver.findElement(By.cssSelector(".ui-paginator-prev")).getAttribute("aria-label")).isNotBlank();
        Browser.assertAccessible(driver);

        // Next page, by keyboard.
        press(driver, driver.findElement(By.cssSelector(".ui-paginator-next")));
        Browser.waiting(driver).until(d -> rowTexts(d).get(0).contains("Bulk " + tag + " 050"));
        assertThat(report(driver)).isEqualTo("Page 2 of 4 (200 found)");

        // Sort by email: ascending, then descending; the table goes back to its first page.
        WebElement email = header(driver, "Email");
        press(driver, email);
        Browser.waiting(driver).until(d -> "ascending".equals(header(d, "Email").getAttribute("aria-sort"))
                && rowTexts(d).get(0).contains(tag + "-000@"));
        press(driver, header(driver, "Email"));
        Browser.waiting(driver).until(d -> "descending".equals(header(d, "Email").getAttribute("aria-sort"))
                && rowTexts(d).get(0).contains(tag + "-199@"));
        assertThat(rowTexts(driver)).hasSize(50);
        Browser.assertAccessible(driver);
        press(driver, driver.findElement(By.cssSelector(".ui-paginator-next")));
        Browser.waiting(driver).until(d -> rowTexts(d).get(0).contains(tag + "-149@"));
        assertThat(header(driver, "Email").getAttribute("aria-sort")).isEqualTo("descending");

        // Filter by a column: the database finds them, the count and pages follow.
        filter(driver, "Name", tag + " 00");
        Browser.waiting(driver).until(d -> rowTexts(d).size() == 10 && rowTexts(d).get(0).contains(tag + "-009@"));
        Browser.waiting(driver).until(d -> report(d).equals("Page 1 of 1 (10 found)"));
        assertThat(driver.findElement(By.cssSelector(".ui-paginator-next")).getAttribute("class")).contains("ui-state-disabled");
        Browser.assertAccessible(driver);

        // "%" and "_" mean themselves: one name has a "%" in it, none has a "_".
        Browser.open(driver, "organisation/people.xhtml?org=" + org.setup().orgUuid());
        filter(driver, "Name", "%");
        Browser.waiting(driver).until(d -> rowTexts(d).size() == 1 && rowTexts(d).get(0).contains("Bulk " + tag + " 007 at 50%"));
        assertThat(report(driver)).isEqualTo("Page 1 of 1 (1 found)");
        filter(driver, "Name", "_");
        Browser.waiting(driver).until(d -> rowTexts(d).size() == 1 && rowTexts(d).get(0).equals("Nobody matches."));
        // Staff groups by the words shown: the 200 and one joiner are support staff, of 203.
        Browser.open(driver, "organisation/people.xhtml?org=" + org.setup().orgUuid());
        assertThat(report(driver)).isEqualTo("Page 1 of 5 (203 found)");
        filter(driver, "Staff group", "support staff");
        Browser.waiting(driver).until(d -> report(d).equals("Page 1 of 5 (201 found)"));
        filter(driver, "Staff group", "board member");
        Browser.waiting(driver).until(d -> rowTexts(d).size() == 1 && rowTexts(d).get(0).equals("Nobody matches."));
        Browser.assertAccessible(driver);
    }

    private static LazyTable people(WebDriver driver) {
        return new LazyTable(driver, "place:peopleTable");
    }

    private static WebElement header(WebDriver driver, String title) {
        return people(driver).header(title);
    }

    private static void filter(WebDriver driver, String column, String text) {
        people(driver).filter(column, text);
    }

    private static String report(WebDriver driver) {
        return people(driver).report();
    }

    private static void press(WebDriver driver, WebElement element) {
        LazyTable.press(element);
    }

    /** Members made straight in the database (accounts without a password anyone knows), in one team or (teamUuid null) in no team. */
    static void insertMembers(String orgUuid, String teamUuid, String tag, int count) throws Exception {
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(System.getProperty("commonground.it.db.url"),
                System.getProperty("commonground.it.db.user"), System.getProperty("commonground.it.db.password"))) {
            boolean postgres = db.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
            long organisation;
            try (var find = db.prepareStatement("select id from organisation where uuid = ?")) {
                find.setString(1, orgUuid);
                try (var rs = find.executeQuery()) {
                    rs.next();
                    organisation = rs.getLong(1);
                }
            }
            // The ids sequence hands out blocks of 50, as the platform's own allocation does.
            java.util.ArrayDeque<Long> ids = new java.util.ArrayDeque<>();
            try (var next = db.createStatement()) {
                for (int block = 0; block < (count * 2 + 49) / 50; block++) {
                    try (var rs = next.executeQuery(postgres ? "select nextval('cg_id_seq')" : "select next value for cg_id_seq")) {
                        rs.next();
                        long last = rs.getLong(1);
                        for (long id = last - 49; id <= last; id++) {
                            ids.add(id);
                        }
                    }
                }
            }
            try (var account = db.prepareStatement("insert into account (id, version, email, email_key, display_name, password_hash,"
                    + " must_change_password, disabled, created_at) values (?, 1, ?, ?, ?, 'x', false, false, current_timestamp)");
                    var member = db.prepareStatement("insert into membership (id, version, account_id, organisation_id, staff_group,"
                    + " started_at) values (?, 1, ?, ?, 'support_staff', current_timestamp)")) {
                for (int i = 0; i < count; i++) {
                    long accountId = ids.pop();
                    String email = String.format("%s-%03d@it.commonground.test", tag, i);
                    account.setLong(1, accountId);
                    account.setString(2, email);
                    account.setString(3, email);
                    account.setString(4, String.format(i == 7 ? "Bulk %s %03d at 50%%" : "Bulk %s %03d", tag, i));
                    account.addBatch();
                    member.setLong(1, ids.pop());
                    member.setLong(2, accountId);
                    member.setLong(3, organisation);
                    member.addBatch();
                }
                account.executeBatch();
                member.executeBatch();
            }
            if (teamUuid != null) {
                try (var team = db.prepareStatement("insert into team_member (membership_id, team_id) select m.id, t.id"
                        + " from membership m join account a on a.id = m.account_id join team t on t.uuid = ?"
                        + " where m.organisation_id = ? and a.email like ?")) {
                    team.setString(1, teamUuid);
                    team.setLong(2, organisation);
                    team.setString(3, tag + "-%");
                    team.executeUpdate();
                }
            }
        }
    }

    private static void narrow(WebDriver driver) {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 360, "height", 740, "deviceScaleFactor", 1, "mobile", true));
    }

    private static void assertFits(WebDriver driver, String page) {
        Browser.open(driver, page);
        Browser.waiting(driver).until(d -> !d.findElements(By.tagName("h1")).isEmpty());
        long width = ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth")).longValue();
        if (width > 360) {
            Object wide = ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => e.getBoundingClientRect().right > 361 && !e.closest('.table-scroll'))"
                    + ".slice(-8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
            assertThat(width).as(page + " at 360 px: scroll width; wider than the screen: " + wide).isLessThanOrEqualTo(360);
        }
        Browser.assertAccessible(driver);
    }

    private static List<String> rowTexts(WebDriver driver) {
        return people(driver).rowTexts();
    }

    private static void tick(WebDriver driver, String name) {
        driver.findElement(By.cssSelector("input[aria-label='Choose " + name + "']")).click();
    }
}
