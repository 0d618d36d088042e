package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/** A newcomer in a real browser: register, sign out, sign in with the keyboard only, sign out. */
@Tag("browser")
abstract class FirstJourneyChecks {

    @Test
    void registerSignOutSignInWithKeyboardAndSignOutEveryPageAccessible() {
        WebDriver driver = Browser.fresh();
        String email = Server.unique("journey") + "@it.commonground.test";

        Browser.open(driver, "");
        Browser.awaitHeading(driver, "Common Ground");
        Browser.assertAccessible(driver);

        driver.findElement(By.linkText("Create an account")).click();
        Browser.awaitHeading(driver, "Create your account");
        Browser.assertAccessible(driver);
        Browser.field(driver, "register:name").sendKeys("Journey Person");
        Browser.field(driver, "register:email").sendKeys(email);
        Browser.field(driver, "register:password").sendKeys("short");
        Browser.field(driver, "register:submit").click();
        Browser.waiting(driver).until(d -> !d.findElements(By.id("register:passwordError")).isEmpty()
                && !d.findElement(By.id("register:passwordError")).getText().isEmpty());
        Browser.assertAccessible(driver);
        assertThat(Browser.field(driver, "register:email").getAttribute("value")).isEqualTo(email);

        Browser.field(driver, "register:password").sendKeys("a long and memorable phrase");
        Browser.field(driver, "register:submit").click();
        Browser.awaitHeading(driver, "My learning");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("signOut:submit")).click();
        Browser.awaitHeading(driver, "Sign in");
        assertThat(driver.getPageSource()).contains("You have signed out");
        Browser.assertAccessible(driver);

        // Keyboard only: skip link first, then the form, submitted with Enter.
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement().getText()).isEqualTo("Skip to main content");
        Browser.field(driver, "signIn:email").sendKeys(email);
        new Actions(driver).sendKeys(Keys.TAB).sendKeys("a long and memorable phrase").sendKeys(Keys.ENTER).perform();
        Browser.awaitHeading(driver, "My learning");

        driver.findElement(By.id("signOut:submit")).click();
        Browser.awaitHeading(driver, "Sign in");
    }

    @Test
    void everyPublicPageIsAccessible() {
        WebDriver driver = Browser.fresh();
        for (String[] page : new String[][] {{"privacy.xhtml", "Privacy notice"},
                {"accessibility.xhtml", "Accessibility statement"}, {"no-such-page.xhtml", "Page not found"},
                {"error/expired.xhtml", "This page has expired"}}) {
            Browser.open(driver, page[0]);
            Browser.awaitHeading(driver, page[1]);
            Browser.assertAccessible(driver);
        }
        assertThat(driver.getPageSource()).contains("Integration-Test-Operator");
    }

    @Test
    void onA360PixelPhoneNothingScrollsSideways() {
        WebDriver driver = Browser.fresh();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
        Browser.open(driver, "register.xhtml");
        Browser.awaitHeading(driver, "Create your account");

        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
        Browser.assertAccessible(driver);
    }
}
