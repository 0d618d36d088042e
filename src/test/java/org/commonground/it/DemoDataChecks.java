package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The demo data, loaded (twice: the second load must change nothing) into the shared
 * test database as an organisation of its own through the suite's test-only servlet,
 * then each role's main page in a real browser, with axe: every feature has something
 * to show.
 */
abstract class DemoDataChecks {

    private static final String ORGANISATION = "0537ac84-a1f7-4ab5-a4be-8607dc7909d1";
    private static final String FRONT_DESK = "4654c0fa-2858-4151-bf8d-49f70523f60a";
    private static final String HOSTEL = "72f4265d-c08e-4fbd-b3e6-f6e80ebf9f08";
    private static final String PASSWORD = "common-ground-demo";

    @Test
    void demoShowsEveryFeatureToEachRole() {
        String tag = Server.unique("demo");
        load(tag);
        load(tag);
        String org = uuid(tag, ORGANISATION);
        String draftTitle = "Welcoming people at reception " + tag;
        WebDriver driver = Browser.fresh();

        // A learner: one assigned module complete, one part-way and overdue; notifications waiting.
        signIn(driver, tag, "learner");
        Browser.open(driver, "learn/index.xhtml");
        Browser.waiting(driver).until(d -> !d.findElements(By.id("assigned")).isEmpty());
        String assigned = driver.findElement(By.id("assigned")).getText();
        assertThat(assigned).contains("Barriers to access").contains("Complete on")
                .contains("Communicating through interpreters").contains("In progress: 2 of").contains("Overdue: was due");
        // A module completed before the trainer published a material change: it needs a refresh.
        assertThat(assigned).contains("Noticing who is missing " + tag).contains("the module changed since you completed it");
        Browser.assertAccessible(driver);
        Browser.open(driver, "account/notifications.xhtml");
        // Assignment reminders are made just after the load commits: wait for them.
        Browser.waiting(driver).until(d -> {
            if (d.findElements(By.cssSelector("#notificationList li")).isEmpty()) {
                d.navigate().refresh();
                return false;
            }
            return true;
        });
        assertThat(driver.findElement(By.id("notificationList")).getText())
                .containsAnyOf("Communicating through interpreters", "Barriers to access");

        // The organisation-wide manager: the overview, a team's grid and the themes.
        signIn(driver, tag, "manager");
        Browser.open(driver, "organisation/overview.xhtml?org=" + org);
        Browser.waiting(driver).until(d -> !d.findElements(By.id("orgSummary")).isEmpty());
        assertThat(driver.findElement(By.id("orgSummary")).getText()).doesNotContain("(0 of").doesNotContain("0 assigned");
        Browser.assertAccessible(driver);
        Browser.open(driver, "organisation/dashboard.xhtml?team=" + uuid(tag, FRONT_DESK));
        Browser.waiting(driver).until(d -> !d.findElements(By.id("grid")).isEmpty());
        String grid = driver.findElement(By.id("grid")).getText();
        assertThat(grid).contains("Sam Okafor").contains("Tom Evans").contains("Complete").contains("In progress")
                .contains("Noticing who is missing " + tag);
        assertThat(driver.findElements(By.cssSelector("#grid tbody td")).stream().map(WebElement::getText)
                .filter(t -> t.startsWith("Needs refresh"))).as("Sam's and Tom's completions of the changed module").hasSize(2);
        assertThat(driver.findElement(By.id("ragCounts")).getText()).doesNotContain("Red 0,");
        Browser.assertAccessible(driver);
        Browser.open(driver, "organisation/themes.xhtml?org=" + org);
        Browser.waiting(driver).until(d -> d.findElement(By.tagName("main")).getText().contains("people answered."));
        assertThat(driver.findElements(By.id("notEnough"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("ul.tag-counts li"))).isNotEmpty();
        Browser.assertAccessible(driver);

        // The team manager: their team's assignments, once each although the data was loaded twice.
        signIn(driver, tag, "team-manager");
        Browser.open(driver, "organisation/team.xhtml?team=" + uuid(tag, HOSTEL));
        Browser.waiting(driver).until(d -> !d.findElements(By.id("assignmentTable")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#assignmentTable tbody tr"))).hasSize(2);
        assertThat(driver.findElement(By.id("assignmentTable")).getText()).contains("Barriers to access")
                .contains("Safeguarding");
        Browser.assertAccessible(driver);

        // The trainer's draft, sent to the reviewer, once.
        signIn(driver, tag, "trainer");
        Browser.open(driver, "content/index.xhtml");
        Browser.waiting(driver).until(d -> !d.findElements(By.id("modules")).isEmpty());
        assertThat(driver.findElement(By.id("modules")).getText()).contains(draftTitle);
        signIn(driver, tag, "reviewer");
        Browser.open(driver, "review/index.xhtml");
        Browser.waiting(driver).until(d -> !d.findElements(By.id("drafts")).isEmpty());
        assertThat(driver.findElements(By.cssSelector("#drafts li")).stream().filter(li -> li.getText().contains(draftTitle)))
                .hasSize(1);
        Browser.assertAccessible(driver);

        // The administrator sees the organisation with its teams and people.
        signIn(driver, tag, "admin");
        Browser.open(driver, "organisation/index.xhtml?org=" + org);
        Browser.waiting(driver).until(d -> !d.findElements(By.id("memberTable")).isEmpty());
        assertThat(driver.findElement(By.id("teamList")).getText()).contains("Riverside Surgery front desk " + tag)
                .contains("Harbour Street Hostel " + tag);
        assertThat(driver.findElement(By.id("memberTable")).getText()).contains("Nia Williams").contains("Morgan Lee");
        Browser.assertAccessible(driver);
    }

    private static void signIn(WebDriver driver, String tag, String who) {
        driver.manage().deleteAllCookies();
        String email = who + "@" + tag + ".demo.commonground.test";
        Browser.signIn(driver, new People.Person(who, email, PASSWORD, null));
    }

    private static void load(String tag) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    Server.uri("it-only/demo?tag=" + tag)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** As the test-only servlet makes them. */
    private static String uuid(String tag, String old) {
        return UUID.nameUUIDFromBytes((tag + "/" + old).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
