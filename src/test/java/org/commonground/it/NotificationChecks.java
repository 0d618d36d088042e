package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;

/**
 * Reminders with the platform clock moved: each on its day and once only, by email as
 * each person chose, the manager's escalation; a failed send retried until the SMTP
 * server takes it; the notifications page in a browser with axe.
 */
abstract class NotificationChecks {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final String MODULE = "Journey test module";

    @AfterEach
    void realTimeAgain() {
        PlatformClockControl.moveTo(0);
    }

    @Test
    void remindersComeOnTheirDayOnceAsEachPersonChoseAndManagersHearOfLongOverdueMembers() {
        PlatformClockControl.moveTo(0);
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person learner = Organisations.registerWithCode(org.code(), "frontline_practitioner");
        People.Person quiet = Organisations.registerWithCode(org.code(), "support_staff");
        People.Person member = Organisations.registerWithCode(org.code(), "manager");
        Organisations.makeManager(admin, org.orgUuid(), member.email(), org.teamUuid());
        // A new role ends the person's session: the manager signs in again.
        WebClient again = new WebClient();
        People.signIn(again, member.email(), member.password());
        People.Person manager = new People.Person(member.name(), member.email(), member.password(), again);
        day(admin, 0);
        chooseNoEmailAbout(quiet, "OVERDUE");

        LocalDate due = LocalDate.now(ZONE).plusDays(40);
        ManagerChecks.assign(admin, org.teamUuid(), MODULE, due);

        WebClient.Page mine = Waits.until(() -> learner.browser().get("account/notifications.xhtml"),
                p -> p.text("#notificationList").contains("New training for you: " + MODULE));
        assertThat(mine.text("#notificationsLink")).isEqualTo("Notifications (1 unread)");
        String assigned = Mailbox.body(Mailbox.await(learner.email(), "New training for you: " + MODULE));
        assertThat(assigned).contains("/learn/module.xhtml?m=" + Learning.MODULE).contains("/account/notification-settings.xhtml");

        day(admin, 9);
        assertThat(count(learner, MODULE + " is due by")).as("31 days before: not due soon yet").isZero();
        day(admin, 10);
        assertThat(count(learner, MODULE + " is due by")).as("30 days before").isEqualTo(1);
        Mailbox.await(learner.email(), MODULE + " is due by");
        Mailbox.await(quiet.email(), MODULE + " is due by");
        day(admin, 11);
        assertThat(count(learner, MODULE + " is due by")).as("once only").isEqualTo(1);

        day(admin, 40);
        assertThat(count(learner, MODULE + " is overdue")).as("on the due date it is not overdue yet").isZero();
        day(admin, 41);
        assertThat(count(learner, MODULE + " is overdue")).isEqualTo(1);
        assertThat(count(quiet, MODULE + " is overdue")).as("in the platform whatever the choice").isEqualTo(1);
        Mailbox.await(learner.email(), MODULE + " is overdue");

        day(admin, 54);
        assertThat(count(manager, " is overdue with " + MODULE)).as("14 days late: not yet").isZero();
        day(admin, 55);
        assertThat(count(manager, learner.name() + " is overdue with " + MODULE)).isEqualTo(1);
        assertThat(count(manager, quiet.name() + " is overdue with " + MODULE)).isEqualTo(1);
        assertThat(count(manager, manager.name() + " is overdue with")).as("not about themselves").isZero();
        day(admin, 56);
        assertThat(count(manager, " is overdue with " + MODULE)).as("once only").isEqualTo(2);
        assertThat(count(learner, MODULE + " is overdue")).as("once only").isEqualTo(1);
        Waits.until(() -> Mailbox.find(manager.email(), "Team members overdue (managers): 2 messages")
                .or(() -> Mailbox.find(manager.email(), " is overdue with " + MODULE)), java.util.Optional::isPresent);
        assertThat(count(manager, "Weekly summary of your teams")).as("one summary a week").isEqualTo(WEEKS.size());
        assertThat(person(manager).select("#notificationList li").stream().filter(li -> li.text().contains("Weekly summary"))
                .findFirst().orElseThrow().text()).contains(org.teamName() + ": ").contains(" overdue, ");
        assertThat(Mailbox.find(quiet.email(), MODULE + " is overdue")).as("no email of a kind they turned off").isEmpty();
    }

    @Test
    void aFailedSendIsRetriedUntilTheMailServerTakesItAndAdministratorsSeeWhy() throws MessagingException {
        People.Person person = People.newLearner();
        WebClient admin = People.firstAdmin();
        Mailbox.stop();
        try {
            WebClient visitor = new WebClient();
            visitor.get("reset.xhtml");
            assertThat(visitor.submit("request", Map.of("email", person.email()), "submit").text("#sent")).isNotEmpty();
            WebClient.Page outbox = Waits.until(() -> admin.get("admin/outbox.xhtml"),
                    p -> mailTo(p, person.email()).contains("Not sent:"));
            assertThat(mailTo(outbox, person.email())).contains("Attempts: ").contains("Next attempt");
        } finally {
            Mailbox.restart();
        }
        MimeMessage delivered = Mailbox.await(person.email(), "Reset your Common Ground password");
        assertThat(delivered.getHeader("Message-ID")[0]).endsWith("@commonground>");
        Waits.until(() -> admin.get("admin/outbox.xhtml"), p -> mailTo(p, person.email()).contains("Sent "));
    }

    @Test
    void theNotificationsListWorksByKeyboardAndPassesAxe() {
        PlatformClockControl.moveTo(0);
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person learner = Organisations.registerWithCode(org.code(), "frontline_practitioner");
        ManagerChecks.assign(admin, org.teamUuid(), MODULE, LocalDate.now(ZONE).plusDays(5));
        Waits.until(() -> learner.browser().get("account/notifications.xhtml").text("#notificationsLink"),
                t -> t.equals("Notifications (2 unread)"));

        WebDriver driver = Browser.fresh();
        Browser.signIn(driver, learner);
        Browser.field(driver, "notificationsLink").sendKeys(Keys.ENTER);
        Browser.awaitHeading(driver, "Notifications");
        assertThat(driver.findElement(By.id("notificationsLink")).getText()).isEqualTo("Notifications (2 unread)");
        Browser.assertAccessible(driver);
        driver.findElement(By.partialLinkText("New training for you")).sendKeys(Keys.ENTER);
        Browser.awaitHeading(driver, MODULE);
        Browser.waiting(driver).until(d -> d.findElement(By.id("notificationsLink")).getText().equals("Notifications (1 unread)"));
        Browser.open(driver, "account/notifications.xhtml");
        Browser.field(driver, "readAll:submit").sendKeys(Keys.ENTER);
        Browser.waiting(driver).until(d -> d.findElement(By.id("notificationsLink")).getText().equals("Notifications"));
        Browser.open(driver, "account/notification-settings.xhtml");
        Browser.awaitHeading(driver, "Messages by email");
        Browser.assertAccessible(driver);

        People.Person stranger = People.newLearner();
        long someoneElses = Long.parseLong(learner.browser().get("account/notifications.xhtml")
                .select("#notificationList a").first().attr("href").replaceFirst(".*id=", ""));
        assertThat(stranger.browser().get("account/notification?id=" + someoneElses).status()).isEqualTo(404);
    }

    @Test
    void onlyTheSignedInSeeTheirNotificationsAndOnlyAdministratorsRunJobs() {
        assertThat(new WebClient().get("account/notifications.xhtml").text("h1")).isEqualTo("Sign in");
        assertThat(new WebClient().get("account/notification?id=1").text("h1")).isEqualTo("Sign in");
        assertThat(new WebClient().get("account/notification-settings.xhtml").text("h1")).isEqualTo("Sign in");
        People.Person learner = People.newLearner();
        assertThat(learner.browser().get("account/notification?id=not-a-number").status()).isEqualTo(404);
        assertThat(learner.browser().get("admin/outbox.xhtml").status()).isEqualTo(403);
    }

    @Test
    void reviewersHearOfDraftsSentToThemAndTrainersOfCommentsAndSignOffs() {
        People.Person trainer = Authoring.trainer();
        People.Person reviewer = Authoring.withRole("REVIEWER");
        String title = Server.unique("Notified ");
        String uuid = Authoring.newModule(trainer.browser(), title);
        Authoring.frame(trainer.browser(), uuid, title);
        Authoring.sendToReviewer(trainer.browser(), uuid, reviewer);

        assertThat(count(reviewer, "Please review the draft of")).isEqualTo(1);
        String open = reviewer.browser().get("account/notifications.xhtml").select("#notificationList a").stream()
                .filter(a -> a.text().startsWith("Please review the draft of")).findFirst().orElseThrow().attr("href")
                .replaceFirst("^.*/account/", "account/");
        WebClient.Page draft = reviewer.browser().get(open);
        assertThat(draft.text("h1")).as("the link opens the draft").startsWith("Review: ");
        reviewer.browser().submit("comment", Map.of("text", "Say who pays for interpreters."), "submit");
        reviewer.browser().submit("signOff", Map.of("role", "Community partner", "note", ""), "submit");

        assertThat(count(trainer, "New comment on the draft of")).isEqualTo(1);
        assertThat(count(trainer, "was signed off")).isEqualTo(1);
        assertThat(count(reviewer, "New comment on the draft of")).as("not about their own comment").isZero();
    }

    /** The weeks the first test has visited (a manager's summary is made once in each). */
    private static final java.util.Set<String> WEEKS = new java.util.HashSet<>();

    /**
     * Moves the platform clock to this many days from now and runs that day's reminders
     * and that week's team summaries (from the administrators' outbox page: another test
     * may have moved the clock to the same day before, and a period runs once by itself).
     */
    private static void day(WebClient admin, int days) {
        Instant now = PlatformClockControl.moveTo(days);
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        String week = today.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) + "-W"
                + today.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        WEEKS.add(week);
        run(admin, "daily-reminders", today.toString());
        run(admin, "team-digest", week);
    }

    /** Presses "Run now" for the job until it has finished a run in this period after the press. */
    static void run(WebClient admin, String job, String period) {
        long before = runs(admin.get("admin/outbox.xhtml"), job, null);
        Waits.until(() -> {
            WebClient.Page page = admin.get("admin/outbox.xhtml");
            return runs(page, job, period) > before ? page : admin.submit("runJob", Map.of("job", job), "submit");
        }, page -> runs(page, job, period) > before);
    }

    /** How many times the job has run (from the jobs table), or -1 if its last period is not this one. */
    private static long runs(WebClient.Page outbox, String job, String period) {
        return outbox.select("#jobs tbody tr").stream().filter(r -> r.select("td").first().text().equals(job))
                .filter(r -> period == null || r.select("td").get(1).text().equals(period))
                .mapToLong(r -> Long.parseLong(r.select("td").get(3).text())).findFirst().orElse(-1);
    }

    private static WebClient.Page person(People.Person person) {
        return person.browser().get("account/notifications.xhtml");
    }

    static long count(People.Person person, String subject) {
        return person.browser().get("account/notifications.xhtml").select("#notificationList h2").stream()
                .filter(h -> h.text().contains(subject)).count();
    }

    static void chooseNoEmailAbout(People.Person person, String kind) {
        WebClient.Page settings = person.browser().get("account/notification-settings.xhtml");
        List<String[]> fields = new java.util.ArrayList<>(Learning.checkedFields(settings, "settings"));
        assertThat(fields.removeIf(f -> f[1].equals(kind))).as("every kind is by email at first").isTrue();
        fields.add(new String[] {"settings:submit", "submit"});
        WebClient.Page saved = Learning.post(person.browser(), settings, "settings", fields);
        assertThat(saved.text(".messages")).contains("Your choices are saved.");
        assertThat(saved.select("input[value=" + kind + "]").hasAttr("checked")).isFalse();
        assertThat(saved.select("input[value=DUE_SOON]").hasAttr("checked")).isTrue();
    }

    private static String mailTo(WebClient.Page outbox, String recipient) {
        return outbox.select("#outbox tr.mail").stream().filter(a -> a.text().contains(recipient))
                .map(a -> a.text()).findFirst().orElse("");
    }
}
