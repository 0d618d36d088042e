package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The team grid and the team page's people as PrimeFaces lazy tables (pages, sorting and filters done by the
 * database, by keyboard, axe clean), and "Has left" behind a PrimeFaces confirm dialog that says
 * what will happen: Cancel and Escape keep the person, confirming ends the membership.
 */
@Tag("browser")
abstract class TeamTableChecks {

    private static final By DIALOG = By.id("confirmForm:confirmDialog");

    @Test
    void theTeamGridAndTheTeamsPeoplePageSortAndFilterOnTheServerAndHasLeftAsksFirst() throws Exception {
        WebClient admin = People.firstAdmin();
        Organisations.Setup setup = Organisations.create(admin);
        People.Person manager = Organisations.registerWithCode(setup.code(), "manager");
        Organisations.makeManager(admin, setup.orgUuid(), manager.email(), setup.teamUuid());
        People.Person leaver = Organisations.registerWithCode(setup.code(), "support_staff");
        String tag = Server.unique("team").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        StaffPageChecks.insertMembers(setup.orgUuid(), setup.teamUuid(), tag, 60);

        ManagerChecks.assign(admin, setup.teamUuid(), "Journey test module", LocalDate.now().plusDays(10));

        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, manager);
        checkTheGrid(driver, setup.teamUuid(), tag);
        Browser.open(driver, "organisation/team.xhtml?team=" + setup.teamUuid());
        Browser.awaitHeading(driver, setup.teamName());
        LazyTable table = new LazyTable(driver, "teamMembers");
        assertThat(table.report()).isEqualTo("Page 1 of 2 (62 found)");
        assertThat(table.rowTexts()).hasSize(50).first().asString().contains("Bulk " + tag + " 000");
        Browser.assertAccessible(driver);

        LazyTable.press(table.next());
        Browser.waiting(driver).until(d -> table.report().equals("Page 2 of 2 (62 found)")
                && table.rowTexts().size() == 12 && table.rowTexts().get(0).contains("Bulk " + tag + " 050"));

        // Filter by email, then sort by it, descending: the database does both.
        table.filter("Email", tag + "-");
        Browser.waiting(driver).until(d -> table.report().equals("Page 1 of 2 (60 found)"));
        LazyTable.press(table.header("Email"));
        Browser.waiting(driver).until(d -> "ascending".equals(table.header("Email").getAttribute("aria-sort")));
        LazyTable.press(table.header("Email"));
        Browser.waiting(driver).until(d -> "descending".equals(table.header("Email").getAttribute("aria-sort"))
                && table.rowTexts().get(0).contains(tag + "-059@"));
        Browser.assertAccessible(driver);

        // "%" and "_" mean themselves.
        Browser.open(driver, "organisation/team.xhtml?team=" + setup.teamUuid());
        table.filter("Name", "%");
        Browser.waiting(driver).until(d -> table.rowTexts().size() == 1 && table.rowTexts().get(0).contains("Bulk " + tag + " 007 at 50%"));
        table.filter("Name", "_");
        Browser.waiting(driver).until(d -> table.rowTexts().size() == 1 && table.rowTexts().get(0).equals("Nobody matches."));

        // No "Has left" on the manager's own row.
        table.filter("Name", manager.name());
        Browser.waiting(driver).until(d -> table.report().equals("Page 1 of 1 (1 found)"));
        assertThat(driver.findElements(By.cssSelector("[id='teamMembers_data'] button"))).isEmpty();

        // Cancel keeps, Escape keeps, confirming ends the membership.
        table.filter("Name", leaver.name());
        Browser.waiting(driver).until(d -> table.report().equals("Page 1 of 1 (1 found)")
                && !d.findElements(By.cssSelector("[id='teamMembers_data'] button")).isEmpty());
        WebElement dialog = askHasLeft(driver, leaver.name());
        assertThat(dialog.findElement(By.cssSelector(".ui-dialog-title")).getText()).isEqualTo("Has " + leaver.name() + " left the organisation?");
        assertThat(dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText())
                .contains("leave every team").contains("keep their account");
        assertThat(driver.findElement(By.id("confirmForm:confirmOk")).getText()).isEqualTo("Yes, " + leaver.name() + " has left");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("confirmForm:confirmCancel")).sendKeys(Keys.ENTER);
        Browser.waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        askHasLeft(driver, leaver.name());
        driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        Browser.waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(DIALOG));
        driver.navigate().refresh();
        Browser.awaitHeading(driver, setup.teamName());
        assertThat(table.report()).as("nobody has left").isEqualTo("Page 1 of 2 (62 found)");

        table.filter("Name", leaver.name());
        Browser.waiting(driver).until(d -> table.report().equals("Page 1 of 1 (1 found)")
                && !d.findElements(By.cssSelector("[id='teamMembers_data'] button")).isEmpty());
        askHasLeft(driver, leaver.name());
        driver.findElement(By.id("confirmForm:confirmOk")).sendKeys(Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElement(By.id("messages")).getText().contains("Membership ended"));
        assertThat(table.report()).isEqualTo("Page 1 of 2 (61 found)");
        assertThat(driver.findElement(By.id("teamMembers")).getText()).doesNotContain(leaver.name());
        Browser.assertAccessible(driver);

        // Withdrawing the team's assignment asks first too.
        LazyTable.press(driver.findElement(By.cssSelector("button[aria-label^='Withdraw Journey test module for']")));
        Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
        assertThat(driver.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText()).contains("Their progress stays");
        assertThat(driver.findElement(By.id("confirmForm:confirmOk")).getText()).isEqualTo("Withdraw the assignment");
        driver.findElement(By.id("confirmForm:confirmOk")).sendKeys(Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElement(By.id("messages")).getText().contains("Assignment withdrawn"));
        assertThat(driver.findElement(By.id("assignmentTable")).getText()).doesNotContain("Journey test module");
    }

    /**
     * The team grid a page at a time: the colours counted over both pages are the totals above the grid
     * (which count the whole team); sorted by name both ways; filtered by name, "%" meaning itself.
     */
    private static void checkTheGrid(WebDriver driver, String teamUuid, String tag) {
        Browser.open(driver, "organisation/dashboard.xhtml?team=" + teamUuid);
        LazyTable grid = new LazyTable(driver, "grid");
        assertThat(grid.report()).isEqualTo("Page 1 of 2 (62 found)");
        assertThat(grid.rowTexts()).hasSize(50).first().asString().contains("Bulk " + tag + " 000");
        Map<String, Long> colours = new TreeMap<>(colours(driver));
        Browser.assertAccessible(driver);
        LazyTable.press(grid.next());
        Browser.waiting(driver).until(d -> grid.report().equals("Page 2 of 2 (62 found)") && grid.rowTexts().size() == 12
                && grid.rowTexts().get(0).contains("Bulk " + tag + " 050"));
        colours(driver).forEach((rag, n) -> colours.merge(rag, n, Long::sum));
        assertThat(colours.values().stream().mapToLong(Long::longValue).sum()).as("one cell for each of 62").isEqualTo(62);
        assertThat(driver.findElement(By.id("ragCounts")).getText()).isEqualTo("Red " + colours.getOrDefault("rag-red", 0L)
                + ", amber " + colours.getOrDefault("rag-amber", 0L) + ", green " + colours.getOrDefault("rag-green", 0L)
                + ", on track " + colours.getOrDefault("rag-none", 0L) + ".");
        assertThat(driver.findElement(By.id("summary")).getText()).contains("(0 of 62)");

        LazyTable.press(grid.header("Person"));
        Browser.waiting(driver).until(d -> "ascending".equals(grid.header("Person").getAttribute("aria-sort"))
                && grid.report().startsWith("Page 1 of 2"));
        LazyTable.press(grid.header("Person"));
        Browser.waiting(driver).until(d -> "descending".equals(grid.header("Person").getAttribute("aria-sort"))
                && grid.rowTexts().get(0).startsWith("Joiner ") && grid.rowTexts().get(2).contains("Bulk " + tag + " 059"));
        grid.filter("Person", "%");
        Browser.waiting(driver).until(d -> grid.report().equals("Page 1 of 1 (1 found)")
                && grid.rowTexts().get(0).contains("Bulk " + tag + " 007 at 50%"));
        Browser.assertAccessible(driver);
    }

    /** The colour classes of the grid's cells on the page shown, counted. */
    private static Map<String, Long> colours(WebDriver driver) {
        return driver.findElements(By.cssSelector("[id='grid_data'] td:not(.grid-person)")).stream()
                .collect(Collectors.groupingBy(td -> td.getAttribute("class"), Collectors.counting()));
    }

    /** Presses "Has left" by keyboard and waits for the question. */
    private static WebElement askHasLeft(WebDriver driver, String name) {
        LazyTable.press(driver.findElement(By.cssSelector("button[aria-label='" + name + " has left the organisation']")));
        return Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(DIALOG));
    }
}
