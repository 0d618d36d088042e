package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * In a real browser: the worksheet page never says "Saved" unless the server said so,
 * says what is wrong instead (signed out, service unavailable, no connection, another
 * tab's copy) and tries again; a session that ended loses nothing of a worksheet or a
 * quiz; and Submit pressed at once after typing always records the submission.
 */
@Tag("browser")
abstract class SavedWorkJourneyChecks {

    static final int QUICK_SUBMITS = 20;
    private static final Pattern SAVED = Pattern.compile("Saved at \\d\\d:\\d\\d");

    @Test
    void worksheetTextTypedAfterTheSessionEndedIsNeverCalledSavedAndIsAllThereAfterSigningInAgain() {
        People.Person learner = People.newLearner();
        WebDriver driver = worksheetOf(learner);
        WebElement text = Browser.field(driver, "t-" + Learning.PROMPT);
        text.sendKeys("Before the break.");
        awaitStatus(driver, SAVED);

        driver.manage().deleteCookieNamed("CGSESSION");
        driver.manage().deleteCookieNamed("CGKEY"); // the session ended: neither it nor its key carries on
        text.sendKeys(" After the break.");
        awaitStatus(driver, Pattern.compile("Not saved yet: sign in again to save\\..*"));
        assertThat(status(driver).getAttribute("data-state")).isEqualTo("signed-out");
        Browser.assertAccessible(driver);

        status(driver).findElement(By.className("sign-in-again")).click();
        Browser.awaitHeading(driver, "Sign in");
        Browser.field(driver, "signIn:email").sendKeys(learner.email());
        Browser.field(driver, "signIn:password").sendKeys(learner.password(), Keys.ENTER);
        Browser.awaitHeading(driver, "Journey worksheet");
        assertThat(driver.findElement(By.id("keptNote")).getText()).contains("Not saved yet");
        assertThat(Browser.field(driver, "t-" + Learning.PROMPT).getAttribute("value")).isEqualTo("Before the break. After the break.");
        Browser.assertAccessible(driver);

        driver.findElement(By.id("saveWorksheet")).click();
        Browser.waiting(driver).until(d -> !d.findElements(By.id("savedNote")).isEmpty());
        assertThat(Browser.field(driver, "t-" + Learning.PROMPT).getAttribute("value")).isEqualTo("Before the break. After the break.");
    }

    @Test
    void quizChoicesMadeBeforeTheSessionEndedAreStillChosenAfterSigningInOnAPhoneByKeyboard() {
        People.Person learner = People.newLearner();
        WebDriver driver = Browser.fresh();
        driver.manage().window().setSize(new Dimension(360, 740));
        Browser.signIn(driver, learner);
        Browser.open(driver, Learning.quizPath());
        Browser.awaitHeading(driver, "Journey quiz");
        check(driver, "q-" + Learning.MULTI + "-a");
        check(driver, "q-" + Learning.MULTI + "-b");

        driver.manage().deleteCookieNamed("CGSESSION");
        driver.manage().deleteCookieNamed("CGKEY"); // the session ended: neither it nor its key carries on
        keyboardPress(driver, driver.findElement(By.id("submitQuiz")));
        Browser.awaitHeading(driver, "Sign in");
        Browser.field(driver, "signIn:email").sendKeys(learner.email());
        Browser.field(driver, "signIn:password").sendKeys(learner.password(), Keys.ENTER);
        Browser.awaitHeading(driver, "Journey quiz");

        assertThat(driver.findElement(By.id("keptNote")).getText()).contains("not sent");
        assertThat(driver.findElement(By.id("q-" + Learning.MULTI + "-a")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("q-" + Learning.MULTI + "-b")).isSelected()).isTrue();
        assertThat(driver.findElements(By.cssSelector("script[src]"))).as("the quiz page carries no script").isEmpty();
        Browser.assertAccessible(driver);
        driver.findElement(By.id("q-" + Learning.TRUE_FALSE + "-true")).click();
        keyboardPress(driver, driver.findElement(By.id("submitQuiz")));
        Browser.awaitHeading(driver, "Your answers: Journey quiz");
        assertThat(driver.findElement(By.id("result")).getText()).contains("You passed");
    }

    @Test
    void whenTheServiceIsUnavailableOrTheConnectionLostThePageSaysSoAndSavesWhenItIsBack() {
        People.Person learner = People.newLearner();
        WebDriver driver = worksheetOf(learner);

        // The network stands in for the server here: the server's own 503 is checked over HTTP.
        script(driver, "window.realFetch = window.fetch; window.fetch = function (url, options) {"
                + " return options && options.method === 'POST' ? Promise.resolve(new Response('{\"problem\":\"unavailable\"}',"
                + " {status: 503, headers: {'Content-Type': 'application/json'}})) : window.realFetch(url, options); };");
        Browser.field(driver, "t-" + Learning.PROMPT).sendKeys("Written while the service was down.");
        awaitStatus(driver, Pattern.compile("Not saved: the service is unavailable for a moment, trying again\\..*"));
        Browser.assertAccessible(driver);

        script(driver, "window.fetch = function () { return Promise.reject(new TypeError('Failed to fetch')); };");
        awaitStatus(driver, Pattern.compile("Not saved: connection lost, trying again\\..*"));

        script(driver, "window.fetch = window.realFetch;");
        awaitStatus(driver, SAVED);
        assertSavedAfterReload(driver, "Written while the service was down.");
    }

    @Test
    void anAnswerChangedInAnotherTabOffersBothCopies() {
        People.Person learner = People.newLearner();
        WebDriver driver = worksheetOf(learner);
        WebClient.Page otherTab = learner.browser().get(Learning.worksheetPath());
        assertThat(Learning.autosave(learner.browser(), otherTab, Learning.PROMPT,
                Map.of("t." + Learning.PROMPT, "From the other tab"), "0").statusCode()).isEqualTo(200);

        Browser.field(driver, "t-" + Learning.PROMPT).sendKeys("From this tab");
        Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ws-part.conflict .other-version")));
        assertThat(driver.findElement(By.cssSelector(".other-version")).getText()).contains("From the other tab");
        assertThat(status(driver).getText()).doesNotContain("Saved");
        Browser.assertAccessible(driver);

        driver.findElement(By.xpath("//button[text()='Keep my version']")).click();
        awaitStatus(driver, SAVED);
    }

    @Test
    void submitPressedAtOnceAfterTypingIsAlwaysRecordedWithTheWords() {
        People.Person learner = People.newLearner();
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, learner);
        int recorded = 0;
        for (int i = 0; i < QUICK_SUBMITS; i++) {
            Browser.open(driver, Learning.worksheetPath());
            Browser.awaitHeading(driver, "Journey worksheet");
            WebElement text = Browser.field(driver, "t-" + Learning.PROMPT);
            text.clear();
            String words = "Quick submit " + i;
            text.sendKeys(words);
            driver.findElement(By.id("submitWorksheet")).click();
            Browser.waiting(driver).until(d -> !d.findElements(By.id("submittedNote")).isEmpty()
                    || !d.findElements(By.id("conflictNote")).isEmpty() || d.findElements(By.id("worksheet")).isEmpty());
            if (!driver.findElements(By.id("submittedNote")).isEmpty()
                    && words.equals(Browser.field(driver, "t-" + Learning.PROMPT).getAttribute("value"))) {
                recorded++;
            }
        }
        assertThat(recorded).isEqualTo(QUICK_SUBMITS);
    }

    @Test
    void theQuizWarnsBeforeTheIdleTimeOutAndStaySignedInKeepsTheChoicesWithoutScript() {
        People.Person learner = People.newLearner();
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, learner);
        Browser.open(driver, Learning.unitPath(Learning.QUIZ_UNIT));
        Browser.awaitHeading(driver, "Journey unit with a quiz");
        assertThat(driver.findElements(By.id("idleWarning"))).as("a page without a form has no warning").isEmpty();
        Browser.open(driver, Learning.quizPath());
        Browser.awaitHeading(driver, "Journey quiz");
        check(driver, "q-" + Learning.MULTI + "-b");
        WebElement warning = driver.findElement(By.id("idleWarning"));
        assertThat(warning.isDisplayed()).isFalse();
        assertThat(Long.parseLong(warning.getAttribute("data-after"))).as("at least 2 minutes before 30 idle minutes end")
                .isPositive().isLessThanOrEqualTo(30 * 60 - 120);
        String lifetime = driver.findElement(By.id("lifetimeWarning")).getAttribute("style");
        assertThat(Long.parseLong(lifetime.replaceAll("\\D", ""))).as("before the 12 hours a session may last")
                .isBetween(12 * 3600L - 600 - 300, 12 * 3600L - 120);

        passTime(driver);
        Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("idleWarning")));
        assertThat(warning.getText()).contains("You will be signed out in 3 minutes");
        Browser.assertAccessible(driver);
        keyboardPress(driver, driver.findElement(By.id("staySignedIn")));

        Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("stayedNote")));
        assertThat(driver.findElement(By.id("q-" + Learning.MULTI + "-b")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("idleWarning")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.id("previousAttempts"))).as("nothing sent").isEmpty();
    }

    @Test
    void theWorksheetWarnsBeforeTheIdleTimeOutAndStaySignedInKeepsThePageAsItIs() {
        People.Person learner = People.newLearner();
        WebDriver driver = worksheetOf(learner);
        Browser.field(driver, "t-" + Learning.PROMPT).sendKeys("Still writing");
        awaitStatus(driver, SAVED);
        // Leaving the box saves once more (and starts the warning's delay again): let that finish first.
        script(driver, "document.activeElement.blur();");
        awaitStatus(driver, SAVED);

        passTime(driver);
        Browser.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("idleWarning")));
        Browser.assertAccessible(driver);
        String page = driver.getCurrentUrl();
        driver.findElement(By.id("staySignedIn")).click();

        Browser.waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("idleWarning")));
        assertThat(driver.getCurrentUrl()).isEqualTo(page);
        assertThat(Browser.field(driver, "t-" + Learning.PROMPT).getAttribute("value")).isEqualTo("Still writing");
        Browser.field(driver, "t-" + Learning.PROMPT).sendKeys(", and still signed in.");
        awaitStatus(driver, SAVED);
    }

    @Test
    void wordsNotAcknowledgedAreKeptEncryptedInTheBrowserAndPutBackAfterSigningInAgain() {
        People.Person learner = People.newLearner();
        WebDriver driver = worksheetOf(learner);
        WebElement text = Browser.field(driver, "t-" + Learning.PROMPT);
        text.sendKeys("Acknowledged.");
        awaitStatus(driver, SAVED);
        Browser.waiting(driver).until(d -> kept(d).isEmpty());

        driver.manage().deleteCookieNamed("CGSESSION");
        driver.manage().deleteCookieNamed("CGKEY"); // the session ended: neither it nor its key carries on
        text.sendKeys(" Only in this browser.");
        awaitStatus(driver, Pattern.compile("Not saved yet: sign in again to save\\..*"));
        Browser.waiting(driver).until(d -> !kept(d).isEmpty());
        assertThat(kept(driver)).as("kept encrypted").doesNotContain("Only in this browser");

        Browser.open(driver, Learning.worksheetPath());
        Browser.awaitHeading(driver, "Sign in");
        Browser.field(driver, "signIn:email").sendKeys(learner.email());
        Browser.field(driver, "signIn:password").sendKeys(learner.password(), Keys.ENTER);
        Browser.awaitHeading(driver, "Journey worksheet");
        Browser.waiting(driver).until(d -> Browser.field(d, "t-" + Learning.PROMPT).getAttribute("value")
                .equals("Acknowledged. Only in this browser."));
        awaitStatus(driver, SAVED);
        Browser.waiting(driver).until(d -> kept(d).isEmpty());
        assertSavedAfterReload(driver, "Acknowledged. Only in this browser.");
    }

    @Test
    void keptWordsGoAfterADayOnSignOutAndWhenSomeoneElseSignsIn() {
        People.Person learner = People.newLearner();
        WebDriver driver = worksheetOf(learner);
        typeOffline(driver, "Private words");
        script(driver, "Object.keys(localStorage).forEach(function (k) { var e = JSON.parse(localStorage.getItem(k));"
                + " e.t = Date.now() - 25 * 3600 * 1000; localStorage.setItem(k, JSON.stringify(e)); });");
        driver.navigate().refresh();
        Browser.awaitHeading(driver, "Journey worksheet");
        assertThat(kept(driver)).as("gone after 24 hours").isEmpty();
        assertThat(Browser.field(driver, "t-" + Learning.PROMPT).getAttribute("value")).isEmpty();

        typeOffline(driver, "Private words again");
        driver.findElement(By.id("signOut:submit")).click();
        Browser.awaitHeading(driver, "Sign in");
        assertThat(kept(driver)).as("gone on sign-out").isEmpty();

        Browser.signIn(driver, learner);
        Browser.open(driver, Learning.worksheetPath());
        Browser.awaitHeading(driver, "Journey worksheet");
        typeOffline(driver, "Private words once more");
        driver.manage().deleteCookieNamed("CGSESSION");
        driver.manage().deleteCookieNamed("CGKEY"); // the session ended: neither it nor its key carries on
        People.Person next = People.newLearner();
        Browser.signIn(driver, next);
        Browser.open(driver, Learning.worksheetPath());
        Browser.awaitHeading(driver, "Journey worksheet");
        Browser.waiting(driver).until(d -> kept(d).isEmpty());
        assertThat(Browser.field(driver, "t-" + Learning.PROMPT).getAttribute("value")).as("never shown to the next person").isEmpty();
    }

    private static void assertSavedAfterReload(WebDriver driver, String words) {
        driver.navigate().refresh();
        Browser.awaitHeading(driver, "Journey worksheet");
        assertThat(Browser.field(driver, "t-" + Learning.PROMPT).getAttribute("value")).isEqualTo(words);
    }

    /** Types with the connection gone, so the words are kept in the browser only. */
    private static void typeOffline(WebDriver driver, String words) {
        script(driver, "window.fetch = function () { return Promise.reject(new TypeError('Failed to fetch')); };");
        Browser.field(driver, "t-" + Learning.PROMPT).sendKeys(words);
        Browser.waiting(driver).until(d -> !kept(d).isEmpty());
    }

    /** What the worksheet keeps in this browser, as stored. */
    private static String kept(WebDriver driver) {
        return String.valueOf(script(driver, "return Object.keys(localStorage).filter(function (k) {"
                + " return k.indexOf('cg.unsaved.') === 0; }).map(function (k) { return localStorage.getItem(k); }).join('');"));
    }

    /** Moves the page's clock on to the idle warning: its delay runs out at once. */
    private static void passTime(WebDriver driver) {
        script(driver, "document.getElementById('idleWarning').getAnimations().forEach(function (a) { a.finish(); });");
    }

    /** The browser signed in as the learner, on the journey worksheet. */
    private static WebDriver worksheetOf(People.Person learner) {
        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, learner);
        Browser.open(driver, Learning.worksheetPath());
        Browser.awaitHeading(driver, "Journey worksheet");
        return driver;
    }

    private static WebElement status(WebDriver driver) {
        return driver.findElement(By.id("status-" + Learning.PROMPT));
    }

    private static void awaitStatus(WebDriver driver, Pattern pattern) {
        Browser.waiting(driver).until(ExpectedConditions.textMatches(By.id("status-" + Learning.PROMPT), pattern));
    }

    private static Object script(WebDriver driver, String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Ticks a box by keyboard: moves the focus to it with Tab, then Space. */
    private static void check(WebDriver driver, String id) {
        WebElement box = driver.findElement(By.id(id));
        keyboardFocus(driver, box);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        assertThat(box.isSelected()).isTrue();
    }

    private static void keyboardPress(WebDriver driver, WebElement target) {
        keyboardFocus(driver, target);
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    private static void keyboardFocus(WebDriver driver, WebElement target) {
        for (int i = 0; i < 200; i++) {
            if (target.equals(driver.switchTo().activeElement())) {
                return;
            }
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        throw new AssertionError("the keyboard cannot reach " + target);
    }
}
