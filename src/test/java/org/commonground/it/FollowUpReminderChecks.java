package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The daily run asks a learner for their practice follow-up on the day it falls due
 * (30 and 90 days after completing a module that asks follow-up questions, the platform
 * clock moved), once, not before, by email as they chose, with a link straight to the
 * follow-up page; the message is in their data export and goes with their erasure.
 */
abstract class FollowUpReminderChecks {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final String THIRTY = "Partnership levels: your 30-day practice follow-up";
    private static final String NINETY = "Partnership levels: your 90-day practice follow-up";

    @AfterEach
    void realTimeAgain() {
        PlatformClockControl.moveTo(0);
    }

    @Test
    void theFollowUpIsAskedForOnItsDayOnceWithALinkToItAndLeavesWithTheLearner() throws Exception {
        WebClient admin = People.firstAdmin();
        People.Person learner = People.newLearner();
        Modules.complete(learner.browser(), FollowUpChecks.FOLDER);
        People.Person quiet = People.newLearner();
        Modules.complete(quiet.browser(), FollowUpChecks.FOLDER);
        NotificationChecks.chooseNoEmailAbout(quiet, "FOLLOW_UP_DUE");

        daily(admin, 29);
        assertThat(NotificationChecks.count(learner, "practice follow-up")).as("day 29: not yet").isZero();

        daily(admin, 30);
        assertThat(NotificationChecks.count(learner, THIRTY)).as("day 30").isEqualTo(1);
        assertThat(NotificationChecks.count(quiet, THIRTY)).as("in the platform whatever the choice").isEqualTo(1);
        WebClient.Page listed = learner.browser().get("account/notifications.xhtml");
        assertThat(listed.text("#notificationList")).contains("only you can read your answers");
        String open = listed.select("#notificationList a").stream().filter(a -> a.text().contains(THIRTY)).findFirst()
                .orElseThrow().attr("href").replaceFirst("^.*/account/", "account/");
        assertThat(learner.browser().get(open).text("h1")).as("the link in the list")
                .isEqualTo("Practice follow-up: Partnership levels");
        MimeMessage mail = Mailbox.await(learner.email(), THIRTY);
        assertThat(Mailbox.body(mail)).contains("/account/notification-settings.xhtml");
        String link = Mailbox.link(mail);
        assertThat(link).isEqualTo(FollowUpChecks.PAGE);
        assertThat(learner.browser().get(link).text("h1")).as("the link in the email")
                .isEqualTo("Practice follow-up: Partnership levels");

        daily(admin, 31);
        assertThat(NotificationChecks.count(learner, THIRTY)).as("once only").isEqualTo(1);
        assertThat(NotificationChecks.count(learner, "practice follow-up")).isEqualTo(1);
        assertThat(Mailbox.find(quiet.email(), THIRTY)).as("no email of a kind they turned off").isEmpty();

        daily(admin, 89);
        assertThat(NotificationChecks.count(learner, NINETY)).as("day 89: not yet").isZero();
        daily(admin, 90);
        daily(admin, 91);
        assertThat(NotificationChecks.count(learner, NINETY)).as("day 90, once").isEqualTo(1);

        PlatformClockControl.moveTo(0);
        String export = new String(RecordChecks.download(learner.browser(), "learn/my-data.json").body(), StandardCharsets.UTF_8);
        assertThat(export).contains(THIRTY).contains(NINETY).contains("FOLLOW_UP_DUE");
        List<Long> ids = learner.browser().get("account/notifications.xhtml").select("#notificationList a").stream()
                .filter(a -> a.text().contains("practice follow-up"))
                .map(a -> Long.parseLong(a.attr("href").replaceFirst(".*id=", ""))).toList();
        assertThat(ids).hasSize(2);
        assertThat(stored(ids)).as("before erasure").isEqualTo(2);
        RecordChecks.erase(learner);
        assertThat(stored(ids)).as("after erasure").isZero();
        assertThat(NotificationChecks.count(quiet, THIRTY)).as("another learner's stays").isEqualTo(1);
    }

    /** Moves the platform clock to this many days from now and runs that day's reminders. */
    private static void daily(WebClient admin, int days) {
        NotificationChecks.run(admin, "daily-reminders", LocalDate.ofInstant(PlatformClockControl.moveTo(days), ZONE).toString());
    }

    /** How many of these notifications are in the database. */
    private static long stored(List<Long> ids) throws Exception {
        try (Connection connection = DriverManager.getConnection(System.getProperty("commonground.it.db.url"),
                System.getProperty("commonground.it.db.user"), System.getProperty("commonground.it.db.password"));
                PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM notification WHERE id IN ("
                        + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                select.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
