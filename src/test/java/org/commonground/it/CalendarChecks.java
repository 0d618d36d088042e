package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The learner's calendar feed: its private address is made on the account page and
 * read by a calendar without signing in; it lists the due and renewal dates of the
 * modules assigned to them (parsed here with ical4j), follows changes, and answers 404
 * once the address is replaced or stopped, or the account is disabled or erased.
 */
abstract class CalendarChecks {

    @Test
    void theFeedListsDueAndRenewalDatesFollowsChangesAndStopsWhenRevokedOrDisabled() throws Exception {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person learner = Organisations.registerWithCode(org.code(), "frontline_practitioner");
        LocalDate due = LocalDate.now().plusDays(20);
        ProgressConsistencyChecks.assignToTeam(admin, org.teamUuid(), "Partnership levels", due, "12");

        WebClient.Page account = learner.browser().get("account/index.xhtml");
        assertThat(account.text("#calendarState")).isEqualTo("You have no calendar address yet.");
        String first = address(learner.browser().submit("calendar", Map.of(), "newAddress"));
        assertThat(first).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(learner.browser().get("account/index.xhtml").text("#calendarState"))
                .as("only a hash is kept: the address is not shown again").startsWith("You made a calendar address on")
                .doesNotContain(first.substring(first.lastIndexOf('/') + 1));

        HttpResponse<String> response = fetch(first);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        Calendar feed = new CalendarBuilder().build(new StringReader(response.body()));
        VEvent dueEvent = event(feed, "Due: Partnership levels");
        assertThat(dueEvent.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo(date(due));
        assertThat(dueEvent.getProperty(Property.URL).orElseThrow().getValue()).endsWith("/learn/module.xhtml?m=" + FollowUpChecks.MODULE);
        assertThat(events(feed)).noneMatch(e -> summary(e).startsWith("Renew:"));

        Modules.complete(learner.browser(), FollowUpChecks.FOLDER);
        Calendar after = new CalendarBuilder().build(new StringReader(fetch(first).body()));
        assertThat(events(after)).as("done: no due date, a renewal date a year on").extracting(CalendarChecks::summary)
                .containsExactly("Renew: Partnership levels");
        assertThat(event(after, "Renew: Partnership levels").getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(date(LocalDate.now(java.time.ZoneId.of("Europe/London")).plusMonths(12)));

        learner.browser().get("account/index.xhtml");
        String second = address(learner.browser().submit("calendar", Map.of(), "newAddress"));
        assertThat(second).isNotEqualTo(first);
        assertThat(fetch(first).statusCode()).as("the old address is revoked").isEqualTo(404);
        assertThat(fetch(second).statusCode()).isEqualTo(200);
        String madeUp = second.replaceFirst("[A-Za-z0-9_-]{43}\\.ics$", "A".repeat(43) + ".ics");
        assertThat(fetch(madeUp).statusCode()).as("a made-up address").isEqualTo(404);

        AdministrationChecks.openPerson(admin, learner.email());
        AdministrationChecks.press(admin, "Disable account");
        assertThat(fetch(second).statusCode()).as("a disabled account").isEqualTo(404);
        AdministrationChecks.openPerson(admin, learner.email());
        AdministrationChecks.press(admin, "Enable account");
        assertThat(fetch(second).statusCode()).isEqualTo(200);

        WebClient browser = RecordChecks.signedIn(learner);
        browser.get("account/index.xhtml");
        WebClient.Page stopped = browser.submit("calendar", Map.of(), "stop");
        assertThat(stopped.text(".messages")).contains("Your calendar address is stopped");
        assertThat(fetch(second).statusCode()).as("stopped").isEqualTo(404);

        String third = address(browser.submit("calendar", Map.of(), "newAddress"));
        assertThat(fetch(third).statusCode()).isEqualTo(200);
        RecordChecks.erase(learner);
        assertThat(fetch(third).statusCode()).as("an erased account").isEqualTo(404);
    }

    @Test
    void theAccountPageShowsTheNewAddressOnceAccessibly() {
        People.Person learner = People.newLearner();
        org.openqa.selenium.WebDriver driver = Browser.fresh();
        Browser.signIn(driver, learner);
        Browser.open(driver, "account/index.xhtml");
        Browser.field(driver, "calendar:newAddress").sendKeys(org.openqa.selenium.Keys.ENTER);
        Browser.waiting(driver).until(d -> !d.findElements(org.openqa.selenium.By.id("calendar:address")).isEmpty());
        assertThat(Browser.field(driver, "calendar:address").getAttribute("value")).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
        Browser.assertAccessible(driver);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth")).intValue()).as("fits a 360 px phone")
                .isLessThanOrEqualTo(360);
    }

    private static String address(WebClient.Page page) {
        String value = page.select("#calendar\\:address").attr("value");
        assertThat(value).as(page.text("main")).isNotEmpty();
        return value;
    }

    /** The feed as a calendar program reads it: no cookies, only the address's path on the test server. */
    private static HttpResponse<String> fetch(String address) throws Exception {
        URI uri = Server.uri(URI.create(address).getPath().substring(1));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
    }

    private static VEvent event(Calendar calendar, String summary) {
        return events(calendar).stream().filter(e -> summary(e).equals(summary)).findFirst()
                .orElseThrow(() -> new AssertionError("no event '" + summary + "' in\n" + calendar));
    }

    private static String summary(VEvent event) {
        return event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("");
    }

    private static String date(LocalDate day) {
        return day.toString().replace("-", "");
    }
}
