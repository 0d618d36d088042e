package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What an account change and the links sent by email must guarantee: an email change
 * needs the current password and can be undone from the old address; a link's token
 * is not kept once delivered; registration and reset requests are limited; an
 * invitation is only for the invited person; sign-ins are audited; a session id on
 * its own is not enough.
 */
abstract class AccountSecurityChecks {

    private static final String THROTTLED = "Wait";

    @Test
    void anEmailChangeAsksForTheCurrentPasswordAndShowsEachProblemNextToItsField() {
        People.Person person = People.newLearner();
        String newEmail = Server.unique("moved") + "@it.commonground.test";
        person.browser().get("account/index.xhtml");

        WebClient.Page wrong = person.browser().submit("emailChange", Map.of("email", newEmail, "current", "not my password"), "submit");
        assertThat(wrong.text("#emailChange\\:currentError")).contains("not your current password");
        assertThat(wrong.select("#emailChange\\:current").attr("aria-describedby")).contains("emailChange:currentError");

        WebClient.Page invalid = person.browser().submit("emailChange", Map.of("email", "not an address", "current", person.password()), "submit");
        assertThat(invalid.text("#emailChange\\:emailError")).contains("Enter an email address");

        WebClient.Page none = person.browser().submit("emailChange", Map.of("email", newEmail, "current", ""), "submit");
        assertThat(none.text("#emailChange\\:currentError")).contains("not your current password");
        assertThat(none.text("#myEmail")).isEqualTo(person.email());
        assertThat(Mailbox.find(newEmail, "Confirm your new email address")).as("nothing was sent").isEmpty();
    }

    @Test
    void theOldAddressIsToldAndItsLinkPutsItBackAndEndsEverySession() {
        People.Person person = People.newLearner();
        WebClient other = RecordChecks.signedIn(person);
        String newEmail = Server.unique("taken-over") + "@it.commonground.test";
        person.browser().get("account/index.xhtml");
        person.browser().submit("emailChange", Map.of("email", newEmail, "current", person.password()), "submit");
        new WebClient().get(Mailbox.link(Mailbox.await(newEmail, "Confirm your new email address")));

        MimeMessage notice = Mailbox.await(person.email(), "Your Common Ground email address was changed");
        assertThat(Mailbox.body(notice)).contains(newEmail).contains("undo-email.xhtml?token=");
        String undo = Mailbox.link(notice);
        assertThat(other.get("learn/index.xhtml").text("h1")).as("confirming alone ends no session").isEqualTo("My learning");

        WebClient.Page undone = new WebClient().get(undo);

        assertThat(undone.text("#outcome")).contains("Your email address is " + person.email() + " again");
        for (WebClient session : List.of(other, person.browser())) {
            WebClient.Page page = session.get("learn/index.xhtml");
            assertThat(page.text("h1")).isEqualTo("Sign in");
            assertThat(page.text("main")).contains("change of your email address was undone");
        }
        assertThat(People.signIn(new WebClient(), person.email(), person.password()).path()).endsWith("/learn/index.xhtml");
        assertThat(People.signIn(new WebClient(), newEmail, person.password()).path()).endsWith("/sign-in.xhtml");
        assertThat(new WebClient().get(undo).text("#outcome")).contains("expired or has been used");
    }

    @Test
    void aDeliveredLinksTokenIsNoLongerStoredNorShownInTheOutbox() {
        People.Person person = People.newLearner();
        WebClient browser = new WebClient();
        browser.get("reset.xhtml");
        browser.submit("request", Map.of("email", person.email()), "submit");
        String link = Mailbox.link(Mailbox.await(person.email(), "Reset your Common Ground password"));
        String token = link.substring(link.indexOf("token=") + "token=".length());
        assertThat(token).hasSizeGreaterThan(20);

        assertThat(Waits.until(() -> stored(token), List::isEmpty)).as("the token in any stored column").isEmpty();
        String outbox = People.firstAdmin().get("admin/outbox.xhtml").text("main");
        assertThat(outbox).doesNotContain(token).contains("link removed");
    }

    @Test
    void registrationsAreLimitedPerEmailAddressAndPerClientAddress() {
        String email = Server.unique("limited") + "@it.commonground.test";
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(register(new WebClient(), email).text("main"));
        }
        assertThat(answers.subList(0, 5)).allMatch(a -> a.contains("at least 8 characters") && !a.contains(THROTTLED));
        assertThat(answers.get(5)).contains("Too many accounts were asked for");

        // In the suite one address may ask 20 times in the window (commonground.identity.requests.address-limit).
        WebClient oneAddress = new WebClient();
        String last = "";
        for (int i = 0; i <= 20; i++) {
            last = register(oneAddress, Server.unique("crowd") + "@it.commonground.test").text("main");
        }
        assertThat(last).contains("Too many accounts were asked for");
        assertThat(register(new WebClient(), Server.unique("elsewhere") + "@it.commonground.test").text("main"))
                .as("another address is not held up").doesNotContain("Too many");
    }

    @Test
    void passwordResetRequestsAreLimitedPerEmailAddressAndPerClientAddress() {
        String email = Server.unique("nobody") + "@it.commonground.test";
        for (int i = 0; i < 5; i++) {
            assertThat(askForReset(new WebClient(), email).select("#sent")).isNotEmpty();
        }
        assertThat(askForReset(new WebClient(), email).text("main")).contains("Too many reset links were asked for");

        WebClient oneAddress = new WebClient();
        for (int i = 0; i < 20; i++) {
            askForReset(oneAddress, Server.unique("someone") + "@it.commonground.test");
        }
        assertThat(askForReset(oneAddress, Server.unique("someone") + "@it.commonground.test").text("main"))
                .contains("Too many reset links were asked for");
    }

    @Test
    void anInvitationWorksOnlyForThePersonItWasSentTo() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        String invitee = Server.unique("invitee") + "@it.commonground.test";
        Organisations.openOrganisation(admin, org.orgUuid());
        admin.submit("invite", Map.of("email", invitee, "team", org.teamUuid()), "submit");
        String link = Mailbox.link(Mailbox.await(invitee, "You are invited to join " + org.name()));
        String code = Organisations.param(link.replaceFirst("^[^?]*\\?", ""), "code");
        People.Person someoneElse = People.newLearner();

        WebClient.Page opened = someoneElse.browser().get(link);
        assertThat(opened.text("#notInvited")).contains("sent to another email address");
        assertThat(opened.select("form#join")).as("no way to join").isEmpty();

        someoneElse.browser().get("account/index.xhtml");
        WebClient.Page typed = someoneElse.browser().submit("join", Map.of("code", code, "staffGroup", "support_staff"), "submit");
        assertThat(typed.text("#join\\:codeError")).contains("sent to another email address");
        assertThat(typed.text("#myOrganisation")).startsWith("None");
    }

    @Test
    void signInsFailuresAndRefusedAttemptsAreAuditedWithoutAnySecret() {
        People.Person person = People.newLearner();
        assertThat(People.signIn(new WebClient(), person.email(), person.password()).path()).endsWith("/learn/index.xhtml");
        for (int i = 0; i < 4; i++) {
            People.signIn(new WebClient(), person.email(), "secret-guess-" + i);
        }

        WebClient admin = People.firstAdmin();
        String audit = AdministrationChecks.openPerson(admin, person.email()).text("#personAudit");

        assertThat(audit).contains("Signed in on a new device").contains("Sign in failed").contains("Sign in throttled");
        assertThat(audit).doesNotContain("secret-guess").doesNotContain(person.password()).doesNotContain("token");
    }

    @Test
    void aSessionIdAloneIsNotEnoughAndTheSessionsKeyHasAtLeast128RandomBits() {
        People.Person person = People.newLearner();
        String id = person.browser().cookie("CGSESSION").orElseThrow().getValue();
        String key = person.browser().cookie("CGKEY").orElseThrow().getValue();
        People.Person another = People.newLearner();

        assertThat(Base64.getUrlDecoder().decode(key)).as("the key's random bytes").hasSizeGreaterThanOrEqualTo(16);
        assertThat(another.browser().cookie("CGKEY").orElseThrow().getValue()).isNotEqualTo(key);
        System.out.println("Payara's session id: " + id.length() + " characters; the session key: "
                + Base64.getUrlDecoder().decode(key).length * 8 + " random bits");

        WebClient stolen = new WebClient();
        stolen.get("sign-in.xhtml");
        stolen.cookie("CGSESSION").orElseThrow().setValue(id);
        WebClient.Page page = stolen.get("learn/index.xhtml");
        assertThat(page.text("h1")).isEqualTo("Sign in");
        assertThat(page.body()).doesNotContain(person.name());
    }

    @Test
    void itemAnalysisAndDraftsAreForTheModulesTrainersOnly() {
        People.Person author = Authoring.trainer();
        String draft = "content/export?module=" + Authoring.newModule(author.browser(), Server.unique("Trainers only ")) + "&draft=true";
        String uuid = Organisations.param(draft.replaceFirst("^[^?]*\\?", ""), "module");
        String analysis = "content/analysis.xhtml?module=" + Learning.MODULE;
        People.Person other = Authoring.trainer();

        assertThat(other.browser().download(draft).statusCode()).as("another trainer's draft").isEqualTo(403);
        assertThat(other.browser().get("content/module.xhtml?module=" + uuid).status()).isEqualTo(403);
        assertThat(other.browser().get(analysis).status()).as("a module they do not train on").isEqualTo(403);
        assertThat(other.browser().get("content/analysis.xhtml").select("#modules a").eachText()).doesNotContain("Journey test module");
        assertThat(author.browser().download(draft).statusCode()).isEqualTo(200);

        Authoring.nameTrainer(other.email(), uuid);
        Authoring.nameTrainer(other.email(), Learning.MODULE);

        assertThat(other.browser().download(draft).statusCode()).as("once named on it").isEqualTo(200);
        assertThat(other.browser().get(analysis).status()).isEqualTo(200);
    }

    private static WebClient.Page register(WebClient browser, String email) {
        browser.get("register.xhtml");
        return browser.submit("register", Map.of("name", "Limited Person", "email", email, "password", "short"), "submit");
    }

    private static WebClient.Page askForReset(WebClient browser, String email) {
        browser.get("reset.xhtml");
        return browser.submit("request", Map.of("email", email), "submit");
    }

    private static List<String> stored(String token) {
        try {
            return RecordChecks.scan(token);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
