package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * In a real browser: an administrator creates an organisation, a team and a join
 * code; a new person joins with it; their manager sees them in the team. Every
 * administration page on the way is checked with axe.
 */
@Tag("browser")
abstract class AdminJourneyChecks {

    private static void signIn(WebDriver driver, String email, String password) {
        Browser.open(driver, "sign-in.xhtml");
        Browser.field(driver, "signIn:email").sendKeys(email);
        Browser.field(driver, "signIn:password").sendKeys(password);
        Browser.field(driver, "signIn:submit").click();
        Browser.waiting(driver).until(d -> !d.findElement(By.tagName("h1")).getText().equals("Sign in"));
    }

    private static void signOut(WebDriver driver) {
        driver.findElement(By.id("signOut:submit")).click();
        Browser.awaitHeading(driver, "Sign in");
    }

    @Test
    void adminCreatesAnOrganisationAPersonJoinsAndTheirManagerSeesThem() {
        String adminPassword = People.firstAdminPassword();
        WebDriver driver = Browser.fresh();
        signIn(driver, People.FIRST_ADMIN, adminPassword);
        Browser.awaitHeading(driver, "Administration");
        Browser.assertAccessible(driver);

        driver.findElement(By.linkText("Organisations")).click();
        Browser.awaitHeading(driver, "Organisations");
        Browser.assertAccessible(driver);
        String orgName = Server.unique("Browser Org ");
        Browser.field(driver, "create:name").sendKeys(orgName);
        Browser.field(driver, "create:submit").click();
        Browser.awaitHeading(driver, orgName);

        String teamName = Server.unique("Browser Team ");
        Browser.field(driver, "team:name").sendKeys(teamName);
        Browser.field(driver, "team:submit").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("teamList")).getText().contains(teamName));
        new Select(Browser.field(driver, "code:team")).selectByVisibleText(teamName);
        Browser.field(driver, "code:days").clear();
        Browser.field(driver, "code:days").sendKeys("90");
        Browser.field(driver, "code:submit").click();
        Browser.waiting(driver).until(d -> !d.findElements(By.cssSelector("#codeTable tbody code")).isEmpty());
        Browser.assertAccessible(driver);
        String code = driver.findElement(By.cssSelector("#codeTable tbody code")).getText();

        People.Person manager = Organisations.registerWithCode(code, "manager");
        Browser.open(driver, driver.getCurrentUrl().replaceFirst("^.*/organisation/", "organisation/"));
        Browser.awaitHeading(driver, orgName);
        new Select(Browser.field(driver, "grant:member")).selectByVisibleText(manager.name() + " (" + manager.email() + ")");
        new Select(Browser.field(driver, "grant:team")).selectByVisibleText("Team: " + teamName);
        Browser.field(driver, "grant:submit").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("managerList")).getText().contains(manager.name()));

        for (String[] page : new String[][] {{"admin/people.xhtml", "People"}, {"admin/audit.xhtml", "Audit of grants"},
                {"admin/outbox.xhtml", "Outbox"}, {"admin/content.xhtml", "Content"}}) {
            Browser.open(driver, page[0]);
            Browser.awaitHeading(driver, page[1]);
            Browser.assertAccessible(driver);
        }
        Browser.open(driver, "admin/people.xhtml?q=" + manager.email());
        driver.findElement(By.linkText(manager.name())).click();
        Browser.awaitHeading(driver, manager.name());
        Browser.assertAccessible(driver);
        signOut(driver);

        String joinerName = Server.unique("Browser Joiner ");
        Browser.open(driver, "register.xhtml?code=" + code);
        Browser.awaitHeading(driver, "Create your account");
        Browser.field(driver, "register:name").sendKeys(joinerName);
        Browser.field(driver, "register:email").sendKeys(Server.unique("bjoiner") + "@it.commonground.test");
        Browser.field(driver, "register:password").sendKeys(People.PASSWORD);
        assertThat(Browser.field(driver, "register:code").getAttribute("value")).isEqualTo(code);
        new Select(Browser.field(driver, "register:staffGroup")).selectByVisibleText("Frontline practitioner");
        Browser.field(driver, "register:submit").click();
        Browser.awaitHeading(driver, "My learning");
        signOut(driver);

        signIn(driver, manager.email(), manager.password());
        Browser.open(driver, "manage/index.xhtml");
        Browser.awaitHeading(driver, "My teams");
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText(teamName)).click();
        Browser.awaitHeading(driver, teamName);
        assertThat(driver.findElement(By.id("teamMembers")).getText()).contains(joinerName);
        Browser.assertAccessible(driver);
        signOut(driver);
    }
}
