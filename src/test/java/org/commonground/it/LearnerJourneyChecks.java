package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A learner in a real browser, on a desktop window and on a 360-pixel phone (the
 * phone run by keyboard alone): sign in, open a unit, answer the quiz wrongly then
 * rightly, write in the worksheet and see it saved, reload, submit, module complete.
 * Every page and state is checked with axe.
 */
@Tag("browser")
abstract class LearnerJourneyChecks {

    @Test
    void onADesktop() {
        journey(new Dimension(1280, 900), false);
    }

    @Test
    void onAPhoneByKeyboardOnly() {
        journey(new Dimension(360, 740), true);
    }

    private void journey(Dimension window, boolean keyboard) {
        People.Person learner = People.newLearner();
        WebDriver driver = Browser.fresh();
        driver.manage().window().setSize(window);

        Browser.open(driver, "sign-in.xhtml");
        Browser.field(driver, "signIn:email").sendKeys(learner.email());
        Browser.field(driver, "signIn:password").sendKeys(learner.password(), Keys.ENTER);
        Browser.awaitHeading(driver, "My learning");
        Browser.assertAccessible(driver);
        noSidewaysScroll(driver);

        follow(driver, By.linkText("Journey test module"), keyboard);
        Browser.awaitHeading(driver, "Journey test module");
        Browser.assertAccessible(driver);
        follow(driver, By.id("start"), keyboard);
        Browser.awaitHeading(driver, "Journey unit with a quiz");
        Browser.assertAccessible(driver);
        noSidewaysScroll(driver);

        follow(driver, By.id("quizLink"), keyboard);
        Browser.awaitHeading(driver, "Journey quiz");
        Browser.assertAccessible(driver);
        choose(driver, Learning.MULTI, "c", keyboard);
        choose(driver, Learning.TRUE_FALSE, "false", keyboard);
        press(driver, By.id("submitQuiz"), keyboard);
        Browser.awaitHeading(driver, "Your answers: Journey quiz");
        assertThat(driver.findElement(By.id("result")).getText()).contains("Not yet");
        assertThat(driver.findElements(By.cssSelector(".explanation"))).as("no explanation after a failed attempt").isEmpty();
        assertThat(driver.findElement(By.tagName("main")).getText()).as("an option not chosen is not revealed")
                .doesNotContain("The test grass is blue.").contains("You chose this, but it is not right to choose it.");
        Browser.assertAccessible(driver);

        follow(driver, By.id("tryAgain"), keyboard);
        Browser.awaitHeading(driver, "Journey quiz");
        choose(driver, Learning.MULTI, "a", keyboard);
        choose(driver, Learning.MULTI, "b", keyboard);
        choose(driver, Learning.TRUE_FALSE, "true", keyboard);
        press(driver, By.id("submitQuiz"), keyboard);
        Browser.awaitHeading(driver, "Your answers: Journey quiz");
        assertThat(driver.findElement(By.id("result")).getText()).contains("You passed");
        assertThat(driver.findElements(By.cssSelector(".explanation"))).as("the explanations after a pass").hasSize(2);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("The test sky is red.")
                .contains("You did not choose this, and it is right to leave it.");
        Browser.assertAccessible(driver);

        follow(driver, By.id("backToUnit"), keyboard);
        Browser.awaitHeading(driver, "Journey unit with a quiz");
        assertThat(driver.findElement(By.id("unitComplete")).getText()).contains("completed this unit");
        follow(driver, By.id("next"), keyboard);
        Browser.awaitHeading(driver, "Journey unit with a worksheet");
        Browser.assertAccessible(driver);
        follow(driver, By.id("worksheetLink"), keyboard);
        Browser.awaitHeading(driver, "Journey worksheet");
        Browser.assertAccessible(driver);

        WebElement text = driver.findElement(By.id("t-" + Learning.PROMPT));
        String words = "At our desk people wait a long time " + Server.unique("#");
        if (keyboard) {
            focus(driver, text);
            new Actions(driver).sendKeys(words).perform();
        } else {
            text.sendKeys(words);
        }
        Browser.waiting(driver).until(ExpectedConditions.textMatches(By.id("status-" + Learning.PROMPT),
                java.util.regex.Pattern.compile("Saved at \\d\\d:\\d\\d")));
        Browser.assertAccessible(driver);

        driver.navigate().refresh();
        Browser.awaitHeading(driver, "Journey worksheet");
        assertThat(driver.findElement(By.id("t-" + Learning.PROMPT)).getAttribute("value")).isEqualTo(words);

        press(driver, By.id("submitWorksheet"), keyboard);
        Browser.waiting(driver).until(d -> !d.findElements(By.id("submittedNote")).isEmpty());
        Browser.assertAccessible(driver);

        Browser.open(driver, "learn/module.xhtml?m=" + Learning.MODULE);
        Browser.awaitHeading(driver, "Journey test module");
        assertThat(driver.findElement(By.id("moduleComplete")).getText()).contains("You completed this module");
        Browser.assertAccessible(driver);
        noSidewaysScroll(driver);
    }

    /** Follows a link: by clicking, or by moving the keyboard focus to it and pressing Enter. */
    private static void follow(WebDriver driver, By link, boolean keyboard) {
        press(driver, link, keyboard);
    }

    private static void press(WebDriver driver, By target, boolean keyboard) {
        WebElement element = driver.findElement(target);
        if (keyboard) {
            focus(driver, element);
            new Actions(driver).sendKeys(Keys.ENTER).perform();
        } else {
            element.click();
        }
    }

    private static void choose(WebDriver driver, String question, String key, boolean keyboard) {
        WebElement option = driver.findElement(By.id("q-" + question + "-" + key));
        if (keyboard && "radio".equals(option.getAttribute("type"))) {
            // A radio group is one stop for Tab; the arrow keys move between (and select) its options.
            WebElement first = driver.findElements(By.name("q." + question)).get(0);
            focus(driver, first);
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            for (int i = 0; i < 10 && !option.isSelected(); i++) {
                new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
            }
        } else if (keyboard) {
            focus(driver, option);
            new Actions(driver).sendKeys(Keys.SPACE).perform();
        } else {
            option.click();
        }
        assertThat(option.isSelected()).isTrue();
    }

    /** Moves the focus with the Tab key until it reaches the element, as a keyboard user would. */
    private static void focus(WebDriver driver, WebElement target) {
        for (int i = 0; i < 200; i++) {
            WebElement active = driver.switchTo().activeElement();
            if (target.equals(active)) {
                return;
            }
            boolean sameRadioGroup = "radio".equals(target.getAttribute("type")) && "radio".equals(active.getAttribute("type"))
                    && target.getAttribute("name").equals(active.getAttribute("name"));
            if (sameRadioGroup) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("the keyboard cannot reach " + target);
    }

    private static void noSidewaysScroll(WebDriver driver) {
        Object overflow = ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(((Number) overflow).intValue()).as("sideways scrolling on " + driver.getCurrentUrl()).isLessThanOrEqualTo(0);
    }
}
