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
 * The editors in a real browser: Enter in a field saves (it never presses a Remove
 * button), every destructive or irreversible button asks first (cancel keeps,
 * confirm does), and each page and dialog is checked with axe and at 360 px.
 */
@Tag("browser")
abstract class EditorChecks {

    /** A trainer, their published quiz module (drafted again), and a browser signed in as them (once {@link #inBrowser}). */
    record Editing(People.Person trainer, String title, String uuid, WebDriver driver) {

        WebClient http() {
            return trainer.browser();
        }
    }

    /** A new trainer with a new quiz module ({@link #quizModule}) whose title starts with {@code prefix}. */
    static Editing editing(String prefix) {
        People.Person trainer = Authoring.trainer();
        String title = Server.unique(prefix);
        String uuid = quizModule(trainer, title);
        return new Editing(trainer, title, uuid, null);
    }

    /** The same, with a fresh browser signed in as the trainer. */
    static Editing inBrowser(Editing editing) {
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, editing.trainer());
        return new Editing(editing.trainer(), editing.title(), editing.uuid(), driver);
    }

    /** A quiz module whose first unit has a case study (added and saved over HTTP), and a browser signed in as its trainer. */
    static Editing withCaseInBrowser(String prefix, String caseTitle, String caseBody) {
        Editing editing = editing(prefix);
        WebClient http = editing.http();
        http.get(Authoring.editorLink(Authoring.module(http, editing.uuid()), 1, "Text"));
        http.submit("unit", Map.of(), "addCase");
        http.submit("unit", Map.of("cases:0:title", caseTitle, "cases:0:body", caseBody), "save");
        return inBrowser(editing);
    }

    /** Opens the module's page and waits for it. */
    static void openModule(Editing editing) {
        Browser.open(editing.driver(), "content/module.xhtml?module=" + editing.uuid());
        Browser.awaitHeading(editing.driver(), "Module: " + editing.title());
    }

    @Test
    void enterInAnyEditorFieldSavesAndKeepsEveryCaseOptionAndPart() {
        Editing editing = withCaseInBrowser("Enter keys ", "A case to keep", "What happened at the desk.");
        WebDriver driver = editing.driver();
        String uuid = editing.uuid();
        String title = editing.title();
        openEditor(driver, uuid, "text", "First unit", "Edit unit: First unit");
        Browser.field(driver, "unit:title").sendKeys(" revised", Keys.ENTER);
        Browser.awaitHeading(driver, "Module: " + title);
        openEditor(driver, uuid, "text", "First unit revised", "Edit unit: First unit revised");
        assertThat(Browser.field(driver, "unit:cases:0:title").getAttribute("value")).isEqualTo("A case to keep");
        assertFitsPhone(driver);

        openEditor(driver, uuid, "quiz", "Quiz unit", "Edit quiz: Check your understanding: Quiz unit");
        int options = driver.findElements(By.cssSelector(".option-block")).size();
        Browser.field(driver, "quiz:title").sendKeys(" now", Keys.ENTER);
        Browser.awaitHeading(driver, "Module: " + title);
        openEditor(driver, uuid, "quiz", "Quiz unit", "Edit quiz: Check your understanding: Quiz unit now");
        assertThat(driver.findElements(By.cssSelector(".option-block"))).hasSize(options).hasSizeGreaterThan(1);

        openEditor(driver, uuid, "worksheet", "Quiz unit", "Edit worksheet: Reflect: Quiz unit");
        int parts = driver.findElements(By.cssSelector("fieldset.repeat-block")).size();
        Browser.field(driver, "worksheet:title").sendKeys(" again", Keys.ENTER);
        Browser.awaitHeading(driver, "Module: " + title);
        openEditor(driver, uuid, "worksheet", "Quiz unit", "Edit worksheet: Reflect: Quiz unit again");
        assertThat(driver.findElements(By.cssSelector("fieldset.repeat-block"))).hasSize(parts).isNotEmpty();
        assertFitsPhone(driver);
        openModule(editing);
        assertFitsPhone(driver);
    }

    @Test
    void removingACaseOrAnOptionAsksFirstAndCancelKeepsIt() {
        Editing editing = withCaseInBrowser("Confirm removal ", "Keep me", "Text of the case.");
        WebDriver driver = editing.driver();
        String uuid = editing.uuid();
        openEditor(driver, uuid, "text", "First unit", "Edit unit: First unit");
        WebElement remove = Browser.field(driver, "unit:cases:0:remove");
        remove.sendKeys(Keys.ENTER);
        awaitDialog(driver, "Case 1, Keep me, and its text are taken out of the form");
        Browser.assertAccessible(driver);
        Browser.field(driver, "confirmCancel").sendKeys(Keys.ESCAPE);
        awaitNoDialog(driver);
        assertThat(Browser.field(driver, "unit:cases:0:title").getAttribute("value")).as("cancel keeps").isEqualTo("Keep me");
        Browser.field(driver, "unit:cases:0:remove").click();
        awaitDialog(driver, "Keep me");
        Browser.field(driver, "confirmCancel").click();
        awaitNoDialog(driver);
        assertThat(driver.findElements(By.id("unit:cases:0:title"))).as("cancel keeps").hasSize(1);
        Browser.field(driver, "unit:cases:0:remove").click();
        awaitDialog(driver, "Keep me");
        Browser.field(driver, "confirmOk").click();
        Browser.waiting(driver).until(d -> d.findElements(By.id("unit:cases:0:title")).isEmpty());

        openEditor(driver, uuid, "quiz", "Quiz unit", "Edit quiz: Check your understanding: Quiz unit");
        int options = driver.findElements(By.cssSelector(".option-block")).size();
        driver.findElement(By.cssSelector("[data-confirm-ok='Remove option 2']")).click();
        awaitDialog(driver, "Option 2 of question 1");
        Browser.assertAccessible(driver);
        Browser.field(driver, "confirmCancel").click();
        awaitNoDialog(driver);
        assertThat(driver.findElements(By.cssSelector(".option-block"))).hasSize(options);
        driver.findElement(By.cssSelector("[data-confirm-ok='Remove option 2']")).click();
        awaitDialog(driver, "Option 2 of question 1");
        Browser.field(driver, "confirmOk").click();
        Browser.waiting(driver).until(d -> d.findElements(By.cssSelector(".option-block")).size() == options - 1);
    }

    @Test
    void publishDiscardAndRemoveUnitAskFirstAndCancelKeepsTheDraft() {
        Editing editing = inBrowser(editing("Confirm publish "));
        WebDriver driver = editing.driver();
        String uuid = editing.uuid();
        openModule(editing);
        assertThat(driver.findElements(By.cssSelector("#publish input[type=submit]"))).as("Discard is away from Publish").hasSize(1);

        driver.findElement(By.cssSelector("input[aria-label='Remove Quiz unit']")).click();
        awaitDialog(driver, "taken out of the draft now");
        Browser.assertAccessible(driver);
        Browser.field(driver, "confirmCancel").click();
        awaitNoDialog(driver);
        driver.findElement(By.cssSelector("input[aria-label='Remove Quiz unit']")).click();
        awaitDialog(driver, "taken out of the draft now");
        Browser.field(driver, "confirmOk").click();
        Browser.waiting(driver).until(d -> d.findElement(By.cssSelector(".messages")).getText().contains("removed"));
        assertThat(driver.findElement(By.id("unitTable")).getText()).doesNotContain("Quiz unit");

        Browser.field(driver, "publish:submit").click();
        awaitDialog(driver, "Learners get the new version straight away");
        Browser.assertAccessible(driver);
        Browser.field(driver, "confirmCancel").sendKeys(Keys.ESCAPE);
        awaitNoDialog(driver);
        assertThat(driver.findElements(By.id("draftState"))).as("cancel keeps the draft").hasSize(1);
        for (String page : java.util.List.of("content/index.xhtml", "content/import.xhtml", "content/preview.xhtml?module=" + uuid)) {
            Browser.open(driver, page);
            Browser.waiting(driver).until(d -> !d.findElement(By.tagName("h1")).getText().isEmpty());
            assertFitsPhone(driver);
        }
        openModule(editing);

        Browser.field(driver, "discardDraft:submit").click();
        awaitDialog(driver, "This cannot be undone");
        Browser.field(driver, "confirmCancel").click();
        awaitNoDialog(driver);
        openModule(editing);
        assertThat(driver.findElements(By.id("draftState"))).as("cancel keeps the draft").hasSize(1);
        Browser.field(driver, "discardDraft:submit").click();
        awaitDialog(driver, "This cannot be undone");
        Browser.field(driver, "confirmOk").click();
        Browser.waiting(driver).until(d -> !d.findElements(By.id("noDraft")).isEmpty());

        Browser.field(driver, "startDraft:submit").click();
        Browser.waiting(driver).until(d -> !d.findElements(By.id("draftState")).isEmpty());
        Browser.field(driver, "publish:submit").click();
        awaitDialog(driver, "Learners get the new version straight away");
        Browser.field(driver, "confirmOk").click();
        Browser.waiting(driver).until(d -> d.findElement(By.cssSelector(".messages")).getText().contains("Published as version 2"));
    }

    @Test
    void errorsSpeakTheScreensWordsNextToTheirFields() {
        Editing editing = inBrowser(editing("Error words "));
        WebDriver driver = editing.driver();
        String uuid = editing.uuid();
        openEditor(driver, uuid, "text", "First unit", "Edit unit: First unit");
        assertThat(driver.findElement(By.tagName("main")).getText()).as("the screen's words, not file paths")
                .doesNotContain("content/", ".md");
        WebElement minutes = Browser.field(driver, "unit:minutes");
        minutes.clear();
        minutes.sendKeys("ten");
        Browser.field(driver, "unit:save").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("unit:minutesError")).getText()
                .equals("Minutes must be a whole number, for example 10"));
        Browser.assertAccessible(driver);

        openEditor(driver, uuid, "quiz", "Quiz unit", "Edit quiz: Check your understanding: Quiz unit");
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("content/", ".yaml");
        Browser.field(driver, "quiz:questions:0:options:1:feedback").clear();
        Browser.field(driver, "quiz:save").click();
        Browser.waiting(driver).until(d -> d.findElement(By.id("quiz:questions:0:options:1:feedbackError")).getText()
                .equals("Question 1, option 2: add feedback"));
        assertThat(driver.findElement(By.id("itemProblems")).getText()).contains("Question 1, option 2: add feedback")
                .doesNotContain("questions[", "required field");
        Browser.assertAccessible(driver);
    }

    @Test
    void theQuizEditorShowsOneQuestionAtATimeWithAListToMoveBetweenThem() {
        Editing editing = inBrowser(editing("One question "));
        WebDriver driver = editing.driver();
        String uuid = editing.uuid();
        String title = editing.title();
        openEditor(driver, uuid, "quiz", "Quiz unit", "Edit quiz: Check your understanding: Quiz unit");
        assertThat(driver.findElements(By.cssSelector("#questionList li"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("fieldset.repeat-block legend"))).extracting(WebElement::getText)
                .containsOnlyOnce("Question 1");
        Browser.field(driver, "quiz:addQuestion").sendKeys(Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElements(By.id("quiz:questions:1:text")).size() == 1);
        assertThat(driver.findElements(By.id("quiz:questions:0:text"))).as("one question at a time").isEmpty();
        Browser.field(driver, "quiz:questions:1:text").sendKeys("Is a relative a good interpreter?");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("quiz:list:0:go")).sendKeys(Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElements(By.id("quiz:questions:0:text")).size() == 1);
        assertThat(Browser.field(driver, "quiz:list:1:go").getAttribute("value"))
                .as("what was typed is kept").isEqualTo("Question 2: Is a relative a good interpreter?");
        assertThat(driver.findElement(By.cssSelector("#questionList [aria-current]")).getText()).startsWith("Question 1: ");
        String first = Browser.field(driver, "quiz:questions:0:text").getAttribute("value");

        Browser.field(driver, "quiz:save").click();
        Browser.waiting(driver).until(d -> d.findElements(By.id("quiz:questions:1:text")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#questionList li.has-problems")).getText())
                .contains("Question 2", "needs fixing");
        Browser.assertAccessible(driver);
        Browser.field(driver, "quiz:questions:1:explanation").sendKeys("A relative is not independent.");
        for (int option = 0; option < 2; option++) {
            Browser.field(driver, "quiz:questions:1:options:" + option + ":text").sendKeys(option == 0 ? "No" : "Yes");
            Browser.field(driver, "quiz:questions:1:options:" + option + ":feedback").sendKeys(option == 0 ? "Right." : "Not so.");
        }
        Browser.field(driver, "quiz:questions:1:options:0:correct").click();
        Browser.field(driver, "quiz:save").click();
        Browser.awaitHeading(driver, "Module: " + title);

        openEditor(driver, uuid, "quiz", "Quiz unit", "Edit quiz: Check your understanding: Quiz unit");
        assertThat(driver.findElements(By.cssSelector("#questionList li"))).hasSize(2);
        assertThat(driver.findElement(By.cssSelector("#questionList [aria-current]")).getText()).isEqualTo("Question 1: " + first);
        assertThat(Browser.field(driver, "quiz:list:1:go").getAttribute("value")).isEqualTo("Question 2: Is a relative a good interpreter?");
        assertFitsPhone(driver);
    }

    @Test
    void reviewersSeeWhatChangedAndASignOffOfAnEarlierDraftIsNotPublished() {
        Editing editing = editing("Diff ");
        People.Person reviewer = Authoring.withRole("REVIEWER");
        String title = editing.title();
        String uuid = editing.uuid();
        WebClient http = editing.http();
        Authoring.editUnit(http, uuid, 1, Map.of("body", "Book a professional interpreter."));
        Authoring.sendToReviewer(http, uuid, reviewer);

        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, reviewer);
        Browser.open(driver, "review/index.xhtml");
        driver.findElement(By.linkText(title)).click();
        Browser.awaitHeading(driver, "Review: " + title);
        assertThat(Browser.field(driver, "changesHeading").getText()).isEqualTo("What changed since version 1, the one learners have now");
        assertThat(Browser.field(driver, "changeSummary").getText()).contains("Unit 1, First unit: text").doesNotContain("content/");
        assertThat(driver.findElements(By.cssSelector("details.preview-unit"))).as("units folded").hasSize(2)
                .allSatisfy(d -> assertThat(d.getAttribute("open")).isNull());
        driver.findElement(By.cssSelector("#change0 summary")).click();
        assertThat(driver.findElement(By.cssSelector("#change0 ins")).getText()).contains("Book a professional interpreter.");
        Browser.assertAccessible(driver);
        assertFitsPhone(driver);
        Browser.field(driver, "signOff:role").sendKeys("Community interpreter");
        Browser.field(driver, "signOff:submit").click();
        Browser.waiting(driver).until(d -> d.findElement(By.cssSelector(".messages")).getText().contains("sign-off is recorded"));
        assertThat(Browser.field(driver, "noChanges").getText()).isEqualTo("Nothing has changed.");
        assertThat(Authoring.module(http, uuid).text("#sentTo")).contains("signed off").doesNotContain("earlier draft");

        Authoring.editUnit(http, uuid, 1, Map.of("body", "Book a professional interpreter when the appointment is made."));
        assertThat(Authoring.module(http, uuid).text("#sentTo")).contains("given for an earlier draft");
        driver.navigate().refresh();
        Browser.awaitHeading(driver, "Review: " + title);
        assertThat(Browser.field(driver, "signedEarlier").getText()).contains("You signed off an earlier draft");
        assertThat(Browser.field(driver, "changesHeading").getText()).startsWith("What changed since you signed it off on ");
        assertThat(Browser.field(driver, "changeSummary").getText()).contains("Unit 1, First unit: text: 1 line put in, 1 taken out");
        driver.findElement(By.cssSelector("#change0 summary")).sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.cssSelector("#change0 ins")).getText()).contains("when the appointment is made");
        assertThat(driver.findElement(By.cssSelector("#change0 del")).getText()).contains("Book a professional interpreter.");
        Browser.assertAccessible(driver);
        Browser.open(driver, "review/index.xhtml");
        assertThat(Browser.field(driver, "drafts").getText()).contains("It has changed since");
        Browser.assertAccessible(driver);
        assertFitsPhone(driver);

        Authoring.publish(http, uuid, false);
        assertThat(http.page().text(".messages")).contains("Published as version 2");
        assertThat(http.page().text("#versionTable")).doesNotContain(reviewer.name());
        assertThat(People.newLearner().browser().get("learn/module.xhtml?m=" + uuid).text("main")).doesNotContain(reviewer.name());
    }

    /** At 360 px wide, the page needs no sideways scrolling (tables scroll inside their own region). */
    static void assertFitsPhone(WebDriver driver) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        try {
            Browser.waiting(driver).until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return window.innerWidth")).intValue() <= 360);
            Object width = ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return document.documentElement.scrollWidth");
            Object wide = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("var out = [];"
                    + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                    + " if (r.right > window.innerWidth + 1) { out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
                    + " return out.slice(0, 12).join('; ');");
            assertThat(((Number) width).intValue()).as("page width at 360 px on " + driver.getCurrentUrl() + "; too wide: " + wide)
                    .isLessThanOrEqualTo(360);
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        }
    }

    /** A published module with a framed first unit and a second unit with a quiz and a worksheet, drafted again. */
    static String quizModule(People.Person trainer, String title) {
        WebClient http = trainer.browser();
        String uuid = Authoring.newModule(http, title);
        Authoring.frame(http, uuid, title);
        Authoring.module(http, uuid);
        http.submit("addUnit", Map.of("unitTitle", "Quiz unit", "withQuiz", "true", "withWorksheet", "true"), "submit");
        assertThat(Authoring.publish(http, uuid, false).text(".messages")).contains("Published as version 1");
        Authoring.draft(http, uuid);
        return uuid;
    }

    /** Opens an editor from the module page by its link, as a trainer would, and checks the page. */
    static void openEditor(WebDriver driver, String uuid, String which, String unitTitle, String heading) {
        Browser.open(driver, "content/module.xhtml?module=" + uuid);
        driver.findElement(By.cssSelector("a[aria-label='Edit the " + which + " of " + unitTitle + "']")).click();
        Browser.awaitHeading(driver, heading);
        Browser.assertAccessible(driver);
    }

    static void awaitDialog(WebDriver driver, String words) {
        Browser.waiting(driver).until(d -> {
            WebElement dialog = d.findElement(By.id("confirmDialog"));
            return dialog.getAttribute("open") != null && dialog.isDisplayed() && dialog.getText().contains(words);
        });
    }

    static void awaitNoDialog(WebDriver driver) {
        Browser.waiting(driver).until(d -> d.findElement(By.id("confirmDialog")).getAttribute("open") == null);
    }
}
