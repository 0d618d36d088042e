package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * In a real browser: a trainer edits a unit and a question, previews them, and
 * publishes; a learner then gets the new version. A reviewer reads the draft. axe
 * runs on every authoring page.
 */
@Tag("browser")
abstract class TrainerJourneyChecks {

    @Test
    void trainerEditsPreviewsAndPublishesAndALearnerSeesTheNewVersion() {
        People.Person trainer = Authoring.trainer();
        People.Person reviewer = Authoring.withRole("REVIEWER");
        String title = Server.unique("Booking interpreters ");
        String uuid = Authoring.newModule(trainer.browser(), title);
        Authoring.frame(trainer.browser(), uuid, title);
        Authoring.module(trainer.browser(), uuid);
        trainer.browser().submit("addUnit", Map.of("unitTitle", "Check what you learned", "withQuiz", "true", "withWorksheet", "true"), "submit");
        Authoring.publish(trainer.browser(), uuid, false);

        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, trainer);
        driver.findElement(By.linkText("Content")).click();
        Browser.awaitHeading(driver, "Content");
        Browser.assertAccessible(driver);
        driver.findElement(By.linkText(title)).click();
        Browser.awaitHeading(driver, "Module: " + title);
        Browser.assertAccessible(driver);
        Browser.field(driver, "startDraft:submit").click();
        Browser.waiting(driver).until(d -> !d.findElements(By.id("draftState")).isEmpty());
        Browser.assertAccessible(driver);

        driver.findElement(By.cssSelector("a[aria-label='Edit the text of First unit']")).click();
        Browser.awaitHeading(driver, "Edit unit: First unit");
        Browser.assertAccessible(driver);
        WebElement body = Browser.field(driver, "unit:body");
        body.clear();
        body.sendKeys("## Before the appointment\n\nBook a professional interpreter when the booking is made.");
        Browser.field(driver, "unit:preview").click();
        Browser.waiting(driver).until(d -> d.findElements(By.cssSelector("#preview h3")).stream()
                .anyMatch(h -> h.getText().equals("Before the appointment")));
        Browser.assertAccessible(driver);
        Browser.field(driver, "unit:save").sendKeys(Keys.ENTER);
        Browser.awaitHeading(driver, "Module: " + title);

        driver.findElement(By.cssSelector("a[aria-label='Edit the quiz of Check what you learned']")).click();
        Browser.awaitHeading(driver, "Edit quiz: Check your understanding: Check what you learned");
        Browser.assertAccessible(driver);
        WebElement question = Browser.field(driver, "quiz:questions:0:text");
        question.clear();
        question.sendKeys("Who should interpret at a GP appointment?");
        Browser.field(driver, "quiz:preview").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("preview")).getText().contains("Who should interpret"));
        Browser.assertAccessible(driver);
        Browser.field(driver, "quiz:save").click();
        Browser.awaitHeading(driver, "Module: " + title);

        driver.findElement(By.cssSelector("a[aria-label='Edit the worksheet of Check what you learned']")).click();
        Browser.awaitHeading(driver, "Edit worksheet: Reflect: Check what you learned");
        Browser.assertAccessible(driver);
        Browser.field(driver, "worksheet:preview").click();
        Browser.waiting(driver).until(d -> !d.findElements(By.id("preview")).isEmpty());
        Browser.assertAccessible(driver);
        driver.navigate().back();
        Browser.open(driver, "content/module.xhtml?module=" + uuid);
        Browser.awaitHeading(driver, "Module: " + title);

        driver.findElement(By.id("previewAll")).click();
        Browser.awaitHeading(driver, "Preview: " + title);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Book a professional interpreter", "Who should interpret");
        Browser.assertAccessible(driver);
        driver.navigate().back();
        Browser.awaitHeading(driver, "Module: " + title);

        sendToReviewer(trainer, uuid, reviewer);
        Browser.open(driver, "content/module.xhtml?module=" + uuid);
        Browser.field(driver, "publish:submit").click();
        EditorChecks.awaitDialog(driver, "Learners get the new version straight away");
        Browser.field(driver, "confirmOk").click();
        Browser.waiting(driver).until(d -> d.findElement(By.cssSelector(".messages")).getText().contains("Published as version 2"));
        Browser.assertAccessible(driver);
        Browser.open(driver, "content/analysis.xhtml?module=" + uuid);
        Browser.waiting(driver).until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Item analysis"));
        Browser.assertAccessible(driver);
        Browser.open(driver, "content/import.xhtml");
        Browser.awaitHeading(driver, "Import a module");
        Browser.assertAccessible(driver);

        WebClient learner = People.newLearner().browser();
        WebClient.Page module = learner.get("learn/module.xhtml?m=" + uuid);
        assertThat(module.text(".meta")).contains("Version 2");
        String unitLink = module.select("#units a").first().attr("href").replaceFirst("^.*/learn/", "learn/");
        assertThat(learner.get(unitLink).text("main")).contains("Book a professional interpreter");
    }

    private static void sendToReviewer(People.Person trainer, String uuid, People.Person reviewer) {
        Authoring.sendToReviewer(trainer.browser(), uuid, reviewer);
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, reviewer);
        driver.findElement(By.linkText("Review")).click();
        Browser.awaitHeading(driver, "Drafts to review");
        Browser.assertAccessible(driver);
        driver.findElement(By.cssSelector("#drafts a")).click();
        Browser.waiting(driver).until(d -> d.findElement(By.tagName("h1")).getText().startsWith("Review: "));
        Browser.assertAccessible(driver);
        Browser.field(driver, "signOff:role").sendKeys("Community interpreter");
        Browser.field(driver, "signOff:submit").sendKeys(Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElement(By.cssSelector(".messages")).getText().contains("sign-off is recorded"));
        Browser.signIn(Browser.fresh(), trainer);
    }
}
