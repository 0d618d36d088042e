package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser: an organisation's manager assigns a module to a team, a learner
 * completes it, and the completion grid and the stage page change. axe on each page.
 */
@Tag("browser")
abstract class ManagerJourneyChecks {

    @Test
    void managerAssignsLearnerCompletesDashboardAndStageChange() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person manager = Organisations.registerWithCode(org.code(), "manager");
        Organisations.makeManager(admin, org.orgUuid(), manager.email(), "");
        People.Person learner = Organisations.registerWithCode(org.code(), "frontline_practitioner");

        WebDriver driver = Browser.fresh();
        Browser.open(driver, "sign-in.xhtml");
        Browser.field(driver, "signIn:email").sendKeys(manager.email());
        Browser.field(driver, "signIn:password").sendKeys(manager.password(), Keys.ENTER);
        Browser.awaitHeading(driver, "My teams");
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText(org.name())).click();
        Browser.awaitHeading(driver, org.name());
        driver.findElement(By.linkText(org.teamName())).click();
        Browser.awaitHeading(driver, org.teamName());
        Browser.assertAccessible(driver);

        new Select(Browser.field(driver, "assign:module")).selectByVisibleText("Barriers to access (Emerging)");
        // A date field's typing order follows the browser's locale; set the value as the date picker would.
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                Browser.field(driver, "assign:due"), LocalDate.now().plusDays(60).toString());
        Browser.field(driver, "assign:submit").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("assignmentTable")).getText().contains("Barriers to access"));

        driver.findElement(By.id("dashboardLink")).click();
        Browser.awaitHeading(driver, "Completion: " + org.teamName());
        assertThat(driver.findElement(By.id("summary")).getText()).contains("0.0%");
        Browser.assertAccessible(driver);

        Modules.complete(learner.browser(), "barriers-to-access");

        driver.navigate().refresh();
        Browser.awaitHeading(driver, "Completion: " + org.teamName());
        assertThat(driver.findElement(By.id("summary")).getText()).contains("50.0%").contains("1 of 2");
        assertThat(driver.findElement(By.id("ragCounts")).getText()).isEqualTo("Red 0, amber 0, green 1, on track 1.");
        assertThat(driver.findElements(By.cssSelector("#grid tbody tr")).stream()
                .filter(r -> r.getText().contains(learner.name())).findFirst().orElseThrow()
                .findElement(By.cssSelector("td.rag-green")).getText()).contains("Complete");
        // Not started and not due soon: no colour, and the status in words.
        assertThat(driver.findElements(By.cssSelector("#grid tbody tr")).stream()
                .filter(r -> r.getText().contains(manager.name())).findFirst().orElseThrow()
                .findElement(By.cssSelector("td.rag-none")).getText()).contains("Not started");
        driver.findElement(By.linkText(learner.name())).click();
        Browser.awaitHeading(driver, learner.name());
        assertThat(driver.findElement(By.id("completions")).getText()).contains("Barriers to access");
        assertThat(driver.findElement(By.cssSelector("#statuses td.rag-green")).getText()).contains("Complete");
        Browser.assertAccessible(driver);

        // The manager was trained elsewhere: an exemption counts as current on the grid too.
        driver.navigate().back();
        Browser.awaitHeading(driver, "Completion: " + org.teamName());
        driver.findElement(By.linkText(manager.name())).click();
        Browser.awaitHeading(driver, manager.name());
        new Select(Browser.field(driver, "exempt:exemptModule")).selectByVisibleText("Barriers to access");
        Browser.field(driver, "exempt:exemptReason").sendKeys("Completed the same course at a previous trust in 2026");
        Browser.field(driver, "exempt:exemptSubmit").click();
        Browser.waiting(driver).until(d -> !d.findElements(By.id("exempt:exemptUntilError")).isEmpty());
        assertThat(driver.findElement(By.id("exempt:exemptUntilError")).getText()).contains("Choose a date");
        Browser.assertAccessible(driver);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                Browser.field(driver, "exempt:exemptUntil"), LocalDate.now().plusMonths(6).toString());
        Browser.field(driver, "exempt:exemptReason").sendKeys(Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElement(By.id("statuses")).getText().contains("Exempt"));
        Browser.open(driver, "organisation/dashboard.xhtml?team=" + org.teamUuid());
        Browser.awaitHeading(driver, "Completion: " + org.teamName());
        assertThat(driver.findElement(By.id("summary")).getText()).contains("100.0%").contains("2 of 2");
        assertThat(driver.findElement(By.id("ragCounts")).getText()).isEqualTo("Red 0, amber 0, green 2, on track 0.");
        Browser.assertAccessible(driver);

        Browser.open(driver, "organisation/overview.xhtml?org=" + org.orgUuid());
        Browser.awaitHeading(driver, "Completion: " + org.name());
        Browser.assertAccessible(driver);
        Browser.open(driver, "organisation/maturity.xhtml?org=" + org.orgUuid());
        Browser.awaitHeading(driver, "Stage: " + org.name());
        assertThat(driver.findElement(By.cssSelector(".activity.met .evidence")).getText()).contains("1 of 1 staff");
        Browser.assertAccessible(driver);

        Browser.open(driver, "organisation/index.xhtml?org=" + org.orgUuid());
        Browser.awaitHeading(driver, org.name());
        driver.findElement(By.id("partnersLink")).click();
        Browser.awaitHeading(driver, "Partnership map: " + org.name());
        Browser.field(driver, "partner:name").sendKeys("Mosque welfare committee");
        new Select(Browser.field(driver, "partner:kind")).selectByVisibleText("Place of worship");
        new Select(Browser.field(driver, "partner:levelToday")).selectByVisibleText("Network");
        Browser.field(driver, "partner:accessEffect").sendKeys("Shares clinic times at Friday prayers.");
        Browser.field(driver, "partner:save").sendKeys(Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElements(By.id("partners")).stream()
                .anyMatch(t -> t.getText().contains("Mosque welfare committee")));
        assertThat(driver.findElement(By.id("levelCounts")).getText()).contains("Network: 1");
        Browser.assertAccessible(driver);

        Browser.open(driver, "organisation/themes.xhtml?org=" + org.orgUuid());
        Browser.awaitHeading(driver, "Reflection themes: " + org.name());
        assertThat(driver.findElement(By.id("notEnough")).getText()).contains("fewer than 5 people");
        Browser.assertAccessible(driver);
    }
}
