package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Messages the work itself makes, each received in the list and by email at the real
 * SMTP server, with a direct link that opens what it is about, and sent to nobody who
 * may not read it: a reflection shared with managers (only those who manage the
 * learner's team or organisation) or with trainers (only trainers of its module); a
 * trainer's reply; a material change to a completed module (only its completers).
 */
abstract class WorkflowMessageChecks {

    private static final String MODULE_TITLE = "Journey test module";

    @Test
    void aSharedReflectionTellsOnlyThoseWhoMayReadItAndAReplyTellsTheLearner() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person author = Organisations.registerWithCode(org.code(), "frontline_practitioner");
        People.Person teamManager = manager(admin, org, org.code(), org.teamUuid());
        People.Person orgManager = manager(admin, org, org.code(), "");
        String otherTeam = RecordChecks.otherTeam(admin, org);
        People.Person otherManager = manager(admin, org, Organisations.code(admin, otherTeam, 90, 5), otherTeam);
        People.Person trainer = Authoring.trainer();
        Authoring.nameTrainer(trainer.email(), Learning.MODULE);
        People.Person otherTrainer = Authoring.trainer();
        String words = "Interpreters were hard to book " + Server.unique("w");
        WebClient.Page page = author.browser().get(Learning.worksheetPath());
        Learning.autosave(author.browser(), page, Learning.PROMPT, Map.of("t." + Learning.PROMPT, words), "0");

        RecordChecks.share(author, true, false);
        String toManagers = author.name() + " shared a reflection on " + MODULE_TITLE + " with you";
        for (People.Person manager : List.of(teamManager, orgManager)) {
            assertThat(NotificationChecks.count(manager, toManagers)).as(manager.name()).isEqualTo(1);
            assertThat(openFromList(manager, toManagers).text("main")).as("the link in the list").contains(words);
            MimeMessage mail = Mailbox.await(manager.email(), toManagers);
            assertThat(manager.browser().get(Mailbox.link(mail)).text("main")).as("the link in the email").contains(words);
        }
        assertThat(NotificationChecks.count(otherManager, "shared a reflection")).as("a manager of another team").isZero();
        assertThat(NotificationChecks.count(trainer, "shared a reflection")).as("not shared with trainers yet").isZero();

        RecordChecks.share(author, true, true);
        String toTrainers = author.name() + " shared a reflection on " + MODULE_TITLE;
        assertThat(NotificationChecks.count(trainer, toTrainers)).isEqualTo(1);
        assertThat(openFromList(trainer, toTrainers).text("main")).contains(words);
        MimeMessage toTrainer = Mailbox.await(trainer.email(), toTrainers);
        assertThat(trainer.browser().get(Mailbox.link(toTrainer)).text("main")).contains(words);
        assertThat(NotificationChecks.count(otherTrainer, "shared a reflection")).as("a trainer of other modules").isZero();
        assertThat(NotificationChecks.count(teamManager, toManagers)).as("once only").isEqualTo(1);

        trainer.browser().submit("reply", Map.of("text", "Try the telephone interpreting line."), "submit");
        String replied = "A trainer replied to your reflection on " + MODULE_TITLE;
        assertThat(NotificationChecks.count(author, replied)).isEqualTo(1);
        assertThat(openFromList(author, replied).text("#replies")).contains("telephone interpreting line");
        MimeMessage reply = Mailbox.await(author.email(), replied);
        assertThat(Mailbox.body(reply)).contains(trainer.name());
        assertThat(author.browser().get(Mailbox.link(reply)).text("#replies")).contains("telephone interpreting line");

        for (People.Person outsider : List.of(otherManager, otherTrainer)) {
            assertThat(Mailbox.find(outsider.email(), "shared a reflection")).as(outsider.name()).isEmpty();
        }
        assertThat(NotificationChecks.count(teamManager, replied)).isZero();
    }

    @Test
    void aMaterialChangeToACompletedModuleTellsOnlyItsCompleters() {
        WebClient trainer = Authoring.trainer().browser();
        String title = Server.unique("Refreshed ");
        String uuid = Authoring.newModule(trainer, title);
        Authoring.frame(trainer, uuid, title);
        Authoring.publish(trainer, uuid, false);
        People.Person completer = People.newLearner();
        for (String unit : AuthoringChecks.unitUuids(completer.browser(), uuid)) {
            AuthoringChecks.markRead(completer.browser(), uuid, unit);
        }
        assertThat(completer.browser().get("learn/module.xhtml?m=" + uuid).text("#moduleComplete")).contains("version 1");
        People.Person looker = People.newLearner();
        looker.browser().get("learn/module.xhtml?m=" + uuid);

        Authoring.editUnit(trainer, uuid, 1, Map.of("title", "Renamed only"));
        Authoring.publish(trainer, uuid, false);
        String refresh = title + " has changed: please refresh";
        assertThat(NotificationChecks.count(completer, refresh)).as("a minor change").isZero();

        Authoring.editUnit(trainer, uuid, 1, Map.of("body", "The guidance changed."));
        assertThat(Authoring.publish(trainer, uuid, true).text(".messages")).contains("material");
        assertThat(NotificationChecks.count(completer, refresh)).isEqualTo(1);
        assertThat(openFromList(completer, refresh).text("h1")).isEqualTo(title);
        MimeMessage mail = Mailbox.await(completer.email(), refresh);
        assertThat(Mailbox.link(mail)).isEqualTo("learn/module.xhtml?m=" + uuid);
        assertThat(completer.browser().get(Mailbox.link(mail)).text("h1")).isEqualTo(title);
        assertThat(NotificationChecks.count(looker, "has changed")).as("someone who did not complete it").isZero();
    }

    /** A new member of the organisation (by this joining code) made manager of a team ("" for all of it), signed in again. */
    private static People.Person manager(WebClient admin, Organisations.Setup org, String code, String teamUuid) {
        People.Person member = Organisations.registerWithCode(code, "manager");
        Organisations.makeManager(admin, org.orgUuid(), member.email(), teamUuid);
        return new People.Person(member.name(), member.email(), member.password(), RecordChecks.signedIn(member));
    }

    /** Follows the link of the person's notification with this subject. */
    private static WebClient.Page openFromList(People.Person person, String subject) {
        String open = person.browser().get("account/notifications.xhtml").select("#notificationList a").stream()
                .filter(a -> a.text().contains(subject)).findFirst().orElseThrow().attr("href")
                .replaceFirst("^.*/account/", "account/");
        return person.browser().get(open);
    }
}
