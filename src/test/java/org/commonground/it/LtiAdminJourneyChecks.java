package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * In a real browser: an administrator finds the learning platforms page from the
 * administration page, reads the tool's addresses, is told what is wrong next to each
 * field of an empty form, registers a platform, and removes it after confirming. Each
 * state of the page is checked with axe, and it fits a 360 px phone.
 */
@Tag("browser")
abstract class LtiAdminJourneyChecks {

    @Test
    void anAdministratorRegistersAndRemovesALearningPlatform() {
        People.Person admin = Authoring.withRole("ADMIN");
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, admin);
        Browser.open(driver, "admin/index.xhtml");
        driver.findElement(By.linkText("Learning platforms (LTI)")).click();
        Browser.awaitHeading(driver, "Learning platforms (LTI)");
        assertThat(driver.findElement(By.id("loginAddress")).getText()).isEqualTo(Server.uri("lti/login").toString());
        assertThat(driver.findElement(By.id("jwksAddress")).getText()).isEqualTo(Server.uri("lti/jwks").toString());
        Browser.assertAccessible(driver);

        Browser.field(driver, "platform:submit").click();
        Browser.waiting(driver).until(d -> !d.findElement(By.id("platform:issuerError")).getText().isEmpty());
        assertThat(driver.findElement(By.id("platform:nameError")).getText()).contains("Enter a name");
        assertThat(driver.findElement(By.id("platform:clientIdError")).getText()).contains("client ID");
        assertThat(driver.findElement(By.id("platform:deploymentsError")).getText()).contains("deployment ID");
        assertThat(driver.findElement(By.id("platform:jwksUrlError")).getText()).contains("full web address");
        Browser.assertAccessible(driver);

        String name = Server.unique("Browser Moodle ");
        Browser.field(driver, "platform:name").sendKeys(name);
        Browser.field(driver, "platform:issuer").sendKeys("https://moodle.example.org");
        Browser.field(driver, "platform:clientId").sendKeys(Server.unique("browser-client-"));
        Browser.field(driver, "platform:deployments").sendKeys("1");
        Browser.field(driver, "platform:loginUrl").sendKeys("https://moodle.example.org/mod/lti/auth.php");
        Browser.field(driver, "platform:tokenUrl").sendKeys("https://moodle.example.org/mod/lti/token.php");
        Browser.field(driver, "platform:jwksUrl").sendKeys("https://moodle.example.org/mod/lti/certs.php");
        Browser.field(driver, "platform:submit").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("platforms")).getText().contains(name));
        Browser.assertAccessible(driver);

        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth"))
                .intValue()).as("fits a 360 px phone").isLessThanOrEqualTo(360);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));

        driver.findElement(By.cssSelector("#platforms [aria-label='Remove " + name + "']")).click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("confirmDialog")).isDisplayed());
        assertThat(driver.findElement(By.id("confirmTitle")).getText()).isEqualTo("Remove this learning platform?");
        Browser.assertAccessible(driver);
        driver.findElement(By.id("confirmOk")).click();
        Browser.waiting(driver).until(d -> !d.findElement(By.tagName("main")).getText().contains(name));
        assertThat(driver.findElement(By.cssSelector(".messages")).getText()).contains("The learning platform is removed.");
    }
}
