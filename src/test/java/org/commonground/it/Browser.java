package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for journeys, with an axe check of each page against
 * WCAG 2.2 AA. One browser for the whole suite; each journey starts signed out.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("commonground.it.chromium", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("commonground.it.chromedriver", "/usr/bin/chromedriver");
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static WebDriver shared;

    private Browser() {
    }

    /** The suite's browser with no cookies: a signed-out visitor. */
    public static synchronized WebDriver fresh() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::quit));
        }
        shared.manage().deleteAllCookies();
        shared.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        return shared;
    }

    private static WebDriver start() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(DRIVER))) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + DRIVER + "). Install them with: sudo apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(DRIVER).toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    public static void open(WebDriver driver, String path) {
        driver.get(Server.uri(path).toString());
    }

    public static WebDriverWait waiting(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // While a page is replaced, an element found a moment ago may be gone: stale, or (Chromium's own wording)
        // "does not belong to the document". Both mean "look again"; a real failure still ends in the timeout.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }

    /** Waits until the page's heading reads {@code heading}. */
    public static void awaitHeading(WebDriver driver, String heading) {
        waiting(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
    }

    /** Signs a person in through the sign-in page and waits until it has moved on. */
    public static void signIn(WebDriver driver, People.Person person) {
        open(driver, "sign-in.xhtml");
        field(driver, "signIn:email").sendKeys(person.email());
        field(driver, "signIn:password").sendKeys(person.password(), org.openqa.selenium.Keys.ENTER);
        waiting(driver).until(d -> !d.getCurrentUrl().contains("sign-in"));
    }

    public static WebElement field(WebDriver driver, String id) {
        return driver.findElement(By.id(id));
    }

    /** Runs axe on the current page and fails with a readable list of any WCAG 2.2 AA violations. */
    public static void assertAccessible(WebDriver driver) {
        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(driver);
        String report = results.getViolations().stream()
                .map(Browser::describe)
                .collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as("axe violations on " + driver.getCurrentUrl() + ":\n" + report).isEmpty();
        assertThat(driver.findElements(By.tagName("h1"))).as("one h1 per page").hasSize(1);
    }

    private static String describe(Rule rule) {
        return " - " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
    }
}
