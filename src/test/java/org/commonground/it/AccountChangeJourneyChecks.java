package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * In a real browser, every page checked with axe: a person changes their email
 * address (a wrong password first, its error next to the field), confirms it,
 * changes their password (a wrong one first), and then undoes the email change from
 * the link sent to the old address, which signs them out.
 */
@Tag("browser")
abstract class AccountChangeJourneyChecks {

    @Test
    void emailAndPasswordChangesAndTheUndoEveryPageAccessible() {
        People.Person person = People.newLearner();
        String newEmail = Server.unique("journey-moved") + "@it.commonground.test";
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, person);

        Browser.open(driver, "account/index.xhtml");
        Browser.awaitHeading(driver, "Your account");
        Browser.assertAccessible(driver);
        Browser.field(driver, "emailChange:email").sendKeys(newEmail);
        Browser.field(driver, "emailChange:current").sendKeys("not my password");
        Browser.field(driver, "emailChange:submit").click();
        awaitText(driver, "emailChange:currentError");
        assertThat(Browser.field(driver, "emailChange:currentError").getText()).contains("not your current password");
        Browser.assertAccessible(driver);

        Browser.field(driver, "emailChange:email").clear();
        Browser.field(driver, "emailChange:email").sendKeys(newEmail);
        Browser.field(driver, "emailChange:current").sendKeys(person.password());
        Browser.field(driver, "emailChange:submit").click();
        Browser.waiting(driver).until(d -> d.findElement(By.cssSelector("main")).getText().contains("We have sent a link to " + newEmail));

        // Opened at once: in the suite a link lasts ten seconds (the account page was checked with axe above).
        Browser.open(driver, Mailbox.link(Mailbox.await(newEmail, "Confirm your new email address")));
        Browser.awaitHeading(driver, "Confirm your email address");
        assertThat(Browser.field(driver, "outcome").getText()).contains(newEmail);
        Browser.assertAccessible(driver);

        Browser.open(driver, "account/password.xhtml");
        Browser.awaitHeading(driver, "Change your password");
        Browser.assertAccessible(driver);
        Browser.field(driver, "password:current").sendKeys("not my password");
        Browser.field(driver, "password:password").sendKeys("a new and longer phrase");
        Browser.field(driver, "password:submit").click();
        awaitText(driver, "password:currentError");
        Browser.assertAccessible(driver);
        Browser.field(driver, "password:current").sendKeys(person.password());
        Browser.field(driver, "password:password").sendKeys("short");
        Browser.field(driver, "password:submit").click();
        awaitText(driver, "password:passwordError");
        assertThat(Browser.field(driver, "password:passwordError").getText()).contains("at least 8 characters");
        Browser.field(driver, "password:current").sendKeys(person.password());
        Browser.field(driver, "password:password").sendKeys("a new and longer phrase");
        Browser.field(driver, "password:submit").click();
        Browser.waiting(driver).until(d -> d.findElement(By.cssSelector("main")).getText().contains("Your password has been changed"));
        Browser.assertAccessible(driver);

        Browser.open(driver, Mailbox.link(Mailbox.await(person.email(), "Your Common Ground email address was changed")));
        Browser.awaitHeading(driver, "Undo the change of your email address");
        assertThat(Browser.field(driver, "outcome").getText()).contains(person.email() + " again");
        Browser.assertAccessible(driver);

        Browser.open(driver, "learn/index.xhtml");
        Browser.awaitHeading(driver, "Sign in");
        assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("change of your email address was undone");
        Browser.assertAccessible(driver);
    }

    private static void awaitText(WebDriver driver, String id) {
        Browser.waiting(driver).until(d -> !d.findElements(By.id(id)).isEmpty() && !d.findElement(By.id(id)).getText().isEmpty());
    }
}
