package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * Practice follow-up: 30 and 90 days after a completion (the platform clock moved)
 * the module's follow-up questions appear, not before; answers stay the learner's
 * own (another learner and a manager see nothing of them); the counts of people, from
 * five up, reach the reflection themes and the maturity page; answers are in the
 * learner's export and gone after erasure.
 */
abstract class FollowUpChecks {

    static final String MODULE = "5e1eae4c-ab23-449f-a05c-8697b03517bc";
    static final String FOLDER = "partnership-levels";
    /** The Developing stage's training activity that names the partnership module. */
    static final String ACTIVITY = "75e20ec8-b5a5-4974-a50f-bc456843df85";
    static final String PAGE = "learn/follow-up.xhtml?m=" + MODULE;

    @AfterEach
    void realTimeAgain() {
        PlatformClockControl.moveTo(0);
    }

    @Test
    void theFollowUpComesThirtyAndNinetyDaysAfterCompletionAndItsAnswerStaysPrivate() throws Exception {
        People.Person learner = People.newLearner();
        Modules.complete(learner.browser(), FOLDER);
        People.Person other = People.newLearner();

        PlatformClockControl.moveTo(29);
        assertThat(learner.browser().get("learn/index.xhtml").select("#followUps")).as("day 29").isEmpty();
        assertThat(learner.browser().get("learn/module.xhtml?m=" + MODULE).select("#followUpDue")).isEmpty();
        assertThat(learner.browser().get(PAGE).status()).isEqualTo(404);

        PlatformClockControl.moveTo(30);
        assertThat(learner.browser().get("learn/index.xhtml").text("#followUps"))
                .contains("Partnership levels: 30-day follow-up");
        assertThat(learner.browser().get("learn/module.xhtml?m=" + MODULE).text("#followUpDue")).contains("30 days");
        WebClient.Page page = learner.browser().get(PAGE);
        assertThat(page.text("h1")).isEqualTo("Practice follow-up: Partnership levels");
        assertThat(page.select("#followUp textarea")).hasSize(2);

        WebClient.Page empty = learner.browser().submit("followUp", Map.of(), "save");
        assertThat(empty.text("#followUp\\:questions\\:0\\:answerError")).isEqualTo("Write an answer to at least one question before you save.");

        String words = "We now meet the food bank every month " + Server.unique("f");
        WebClient.Page saved = learner.browser().submit("followUp", Map.of("questions:0:answer", words), "save");
        assertThat(saved.text(".messages")).contains("Your answers are saved");
        assertThat(saved.select("#followUp textarea").first().text()).isEqualTo(words);
        assertThat(learner.browser().get("learn/index.xhtml").select("#followUps")).as("answered").isEmpty();
        assertThat(learner.browser().get("learn/module.xhtml?m=" + MODULE).select("#followUpDue")).isEmpty();

        WebClient.Page others = other.browser().get(PAGE);
        assertThat(others.status()).as("a learner who did not complete the module").isEqualTo(404);
        assertThat(others.body()).doesNotContain(words);
        assertThat(new String(RecordChecks.download(other.browser(), "learn/my-data.json").body(),
                java.nio.charset.StandardCharsets.UTF_8)).doesNotContain(words);
        String export = new String(RecordChecks.download(learner.browser(), "learn/my-data.json").body(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(export).contains("\"practiceFollowUps\"").contains(words).contains("\"afterDays\": 30");

        PlatformClockControl.moveTo(90);
        assertThat(learner.browser().get("learn/index.xhtml").text("#followUps"))
                .contains("Partnership levels: 90-day follow-up");
        WebClient.Page ninety = learner.browser().get(PAGE);
        assertThat(ninety.select("#followUp textarea").first().text()).as("a new follow-up starts empty").isEmpty();
        learner.browser().submit("followUp", Map.of("questions:1:answer", "Next: a shared referral form."), "save");
        assertThat(learner.browser().get("learn/index.xhtml").select("#followUps")).isEmpty();

        PlatformClockControl.moveTo(0);
        assertThat(RecordChecks.scan(words)).as("before erasure").isNotEmpty();
        RecordChecks.erase(learner);
        assertThat(RecordChecks.scan(words)).as("after erasure").isEmpty();
    }

    @Test
    void countsOfPeopleFromFiveUpReachTheThemesAndTheMaturityPageButNeverTheWords() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup setup = Organisations.create(admin);
        People.Person manager = Organisations.registerWithCode(setup.code(), "manager");
        Organisations.makeManager(admin, setup.orgUuid(), manager.email(), "");
        java.util.List<People.Person> people = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            People.Person member = Organisations.registerWithCode(setup.code(), "frontline_practitioner");
            Modules.complete(member.browser(), FOLDER);
            people.add(member);
        }
        PlatformClockControl.moveTo(31);
        String words = "Private practice note " + Server.unique("p");
        for (People.Person member : people.subList(0, 4)) {
            member.browser().get(PAGE);
            member.browser().submit("followUp", Map.of("questions:0:answer", words), "save");
        }
        WebClient managerBrowser = RecordChecks.signedIn(manager);
        String themes = "organisation/themes.xhtml?org=" + setup.orgUuid();
        String maturity = "organisation/maturity.xhtml?org=" + setup.orgUuid();
        assertThat(managerBrowser.get(themes).text("#followUpThemes"))
                .contains("Partnership levels, 30 days: fewer than 5 people answered, so not shown.");
        assertThat(managerBrowser.get(maturity).text("#practice-" + ACTIVITY))
                .contains("30 days after completing them: fewer than 5");

        // The fifth answers in the browser: the page is checked with axe, filled and saved by keyboard.
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, people.get(4));
        Browser.open(driver, PAGE);
        Browser.awaitHeading(driver, "Practice follow-up: Partnership levels");
        Browser.assertAccessible(driver);
        Browser.field(driver, "followUp:questions:0:answer").sendKeys(words);
        Browser.field(driver, "followUp:save").sendKeys(Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElements(By.cssSelector(".messages")).stream()
                .anyMatch(m -> m.getText().contains("Your answers are saved")));
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth")).intValue()).as("fits a 360 px phone")
                .isLessThanOrEqualTo(360);

        WebClient.Page themesPage = managerBrowser.get(themes);
        assertThat(themesPage.text("#followUpThemes")).contains("Partnership levels, 30 days: 5 people answered.");
        WebClient.Page maturityPage = managerBrowser.get(maturity);
        assertThat(maturityPage.text("#practice-" + ACTIVITY)).contains("30 days after completing them: 5;")
                .contains("90 days after: fewer than 5");
        assertThat(themesPage.body()).doesNotContain(words);
        assertThat(maturityPage.body()).doesNotContain(words);
        WebClient.Page managersOwn = managerBrowser.get(PAGE);
        assertThat(managersOwn.status()).as("the manager has no follow-up of their own, and none of others").isEqualTo(404);
        assertThat(managersOwn.body()).doesNotContain(words);
    }
}
