package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Organisations, teams, join codes, managers' scopes and leavers, through the real pages. */
abstract class OrganisationChecks {

    @Test
    void hasLeftOnASearchedListEndsThePersonInThatRowAndNoOneElse() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person first = Organisations.registerWithCode(org.code(), "support_staff");
        People.Person second = Organisations.registerWithCode(org.code(), "support_staff");
        People.Person searched = Organisations.registerWithCode(org.code(), "support_staff");
        WebClient.Page page = admin.get("organisation/index.xhtml?org=" + org.orgUuid() + "&q="
                + java.net.URLEncoder.encode(searched.email(), java.nio.charset.StandardCharsets.UTF_8));
        Organisations.pressHasLeft(admin, page, searched.name());

        String members = Organisations.openOrganisation(admin, org.orgUuid()).text("main");
        assertThat(members).contains(first.email(), second.email()).doesNotContain(searched.email());
    }

    @Test
    void personWhoRegistersWithACodeJoinsTheOrganisationAndItsTeam() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);

        People.Person joiner = Organisations.registerWithCode(org.code(), "frontline_practitioner");

        assertThat(joiner.browser().get("account/index.xhtml").text("#myOrganisation"))
                .contains(org.name()).contains("Frontline practitioner");
        WebClient.Page team = admin.get("organisation/team.xhtml?team=" + org.teamUuid());
        assertThat(team.text("#teamMembers")).contains(joiner.name());
    }

    @Test
    void aSignedInLearnerJoinsWithACodeOnTheirAccountPage() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person learner = People.newLearner();

        learner.browser().get("account/index.xhtml");
        WebClient.Page page = learner.browser().submit("join", Map.of("code", org.code().toLowerCase().replace("-", " "),
                "staffGroup", "support_staff"), "submit");

        assertThat(page.text(".messages")).contains("You have joined " + org.name());
        assertThat(page.text("#myOrganisation")).contains(org.name());
    }

    @Test
    void aCodeUsedAsOftenAsItAllowsIsRefusedNextToTheField() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        String once = Organisations.code(admin, org.teamUuid(), 90, 1);
        Organisations.registerWithCode(once, "manager");

        WebClient late = new WebClient();
        late.get("register.xhtml");
        String email = Server.unique("late") + "@it.commonground.test";
        WebClient.Page page = late.submit("register", Map.of("name", "Too Late", "email", email,
                "password", People.PASSWORD, "code", once, "staffGroup", "manager"), "submit");

        assertThat(page.text("#register\\:codeError")).contains("used as many times as it allows");
        assertThat(page.document().getElementById("register:email").val()).isEqualTo(email);
        assertThat(People.signIn(new WebClient(), email, People.PASSWORD).path())
                .as("the registration was undone with the refusal").endsWith("/sign-in.xhtml");
    }

    @Test
    void anExpiredCodeIsRefused() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        // In the suite a code's "day" lasts a second (commonground.organisation.code-lifetime-unit).
        String shortLived = Organisations.code(admin, null, 1, 10);
        People.Person learner = People.newLearner();

        Waits.until(() -> learner.browser().get("join.xhtml?code=" + shortLived), p -> p.text("main").contains("cannot be used"));
        learner.browser().get("account/index.xhtml");
        WebClient.Page page = learner.browser().submit("join", Map.of("code", shortLived, "staffGroup", "manager"), "submit");

        assertThat(page.text("#join\\:codeError")).contains("expired");
        assertThat(page.text("#myOrganisation")).contains("None");
    }

    @Test
    void anInvitationByEmailBringsTheInviteeIntoTheTeam() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        String invitee = Server.unique("invitee") + "@it.commonground.test";
        Organisations.openOrganisation(admin, org.orgUuid());
        WebClient.Page sent = admin.submit("invite", Map.of("email", invitee, "team", org.teamUuid()), "submit");
        assertThat(sent.text(".messages")).contains("Invitation sent");

        jakarta.mail.internet.MimeMessage message = Mailbox.await(invitee, "You are invited to join " + org.name());
        String link = Mailbox.link(message);
        String code = Organisations.param(link.replaceFirst("^[^?]*\\?", ""), "code");
        WebClient browser = new WebClient();
        WebClient.Page join = browser.get(link);
        assertThat(join.text("h1")).as("the join page asks to sign in first").isEqualTo("Sign in");
        browser.get(join.document().select("main a[href*=register]").attr("href").replaceFirst("^.*/register", "register"));
        assertThat(browser.page().document().getElementById("register:code").val()).isEqualTo(code);
        WebClient.Page registered = browser.submit("register", Map.of("name", "Invited Person", "email", invitee,
                "password", People.PASSWORD, "code", code, "staffGroup", "support_staff"), "submit");

        assertThat(registered.path()).endsWith("/learn/index.xhtml");
        assertThat(admin.get("organisation/team.xhtml?team=" + org.teamUuid()).text("#teamMembers")).contains("Invited Person");
    }

    @Test
    void anUnknownCodeIsRefused() {
        People.Person learner = People.newLearner();
        learner.browser().get("account/index.xhtml");

        WebClient.Page page = learner.browser().submit("join", Map.of("code", "ZZZZ-ZZZZ-ZZZZ", "staffGroup", "manager"), "submit");

        assertThat(page.text("#join\\:codeError")).contains("do not recognise");
    }

    @Test
    void aTeamManagerSeesTheirTeamAndNothingOfAnotherTeamOrOrganisation() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        Organisations.Setup other = Organisations.create(admin);
        People.Person manager = Organisations.registerWithCode(org.code(), "manager");
        People.Person member = Organisations.registerWithCode(org.code(), "support_staff");
        People.Person stranger = Organisations.registerWithCode(other.code(), "support_staff");
        Organisations.makeManager(admin, org.orgUuid(), manager.email(), org.teamUuid());

        WebClient browser = new WebClient();
        People.signIn(browser, manager.email(), manager.password());

        assertThat(browser.get("manage/index.xhtml").text("#scopes")).contains(org.teamName());
        assertThat(browser.get("organisation/team.xhtml?team=" + org.teamUuid()).text("#teamMembers"))
                .contains(member.name()).doesNotContain(stranger.name());
        assertThat(browser.get("organisation/team.xhtml?team=" + other.teamUuid()).status()).isEqualTo(403);
        assertThat(browser.get("organisation/index.xhtml?org=" + org.orgUuid()).status())
                .as("a team manager cannot open the whole organisation").isEqualTo(403);
        assertThat(browser.get("organisation/index.xhtml?org=" + other.orgUuid()).status()).isEqualTo(403);
        assertThat(browser.get("admin/people.xhtml").status()).isEqualTo(403);
    }

    @Test
    void anOrganisationWideManagerManagesOnlyTheirOwnOrganisation() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        Organisations.Setup other = Organisations.create(admin);
        People.Person boss = Organisations.registerWithCode(org.code(), "manager");
        People.Person member = Organisations.registerWithCode(org.code(), "frontline_practitioner");
        Organisations.makeManager(admin, org.orgUuid(), boss.email(), "");

        WebClient browser = new WebClient();
        People.signIn(browser, boss.email(), boss.password());
        Organisations.openOrganisation(browser, org.orgUuid());
        Organisations.makeManager(browser, org.orgUuid(), member.email(), org.teamUuid());

        assertThat(Organisations.openOrganisation(browser, org.orgUuid()).text("#managerList"))
                .contains(member.name() + ": " + org.teamName());
        assertThat(Organisations.openOrganisation(browser, other.orgUuid()).status()).isEqualTo(403);
        assertThat(browser.get("organisation/team.xhtml?team=" + other.teamUuid()).status()).isEqualTo(403);
        assertThat(admin.get("admin/audit.xhtml").text("#audit")).contains("Manager granted")
                .contains("team " + org.teamName() + " of " + org.name());
    }

    @Test
    void aLeaverDisappearsForManagersButKeepsTheirAccount() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        People.Person leaver = Organisations.registerWithCode(org.code(), "support_staff");
        WebClient.Page team = admin.get("organisation/team.xhtml?team=" + org.teamUuid());
        assertThat(team.text("#teamMembers")).contains(leaver.name());

        // "Has left" sends the row's membership with the button, as the browser's script does after the confirm dialog.
        org.jsoup.nodes.Element button = team.document().select("#teamMembers tr").stream().filter(r -> r.text().contains(leaver.name()))
                .findFirst().orElseThrow().selectFirst("button[aria-label='" + leaver.name() + " has left the organisation']");
        org.jsoup.nodes.Element form = button.closest("form");
        Map<String, String> values = new java.util.LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> values.put(i.attr("name"), i.val()));
        values.put(button.attr("name"), "");
        values.put("membership", team.document().select("#assign\\:assignee option").stream()
                .filter(o -> o.text().equals(leaver.name())).findFirst().orElseThrow().val());
        WebClient.Page ended = admin.post(java.net.URI.create(team.uri().toString()).resolve(form.attr("action")), values);
        assertThat(ended.text(".messages")).contains("Membership ended");

        assertThat(admin.get("organisation/team.xhtml?team=" + org.teamUuid()).text("#teamMembers")).doesNotContain(leaver.name());
        WebClient again = new WebClient();
        assertThat(People.signIn(again, leaver.email(), leaver.password()).path()).endsWith("/learn/index.xhtml");
        assertThat(again.get("account/index.xhtml").text("#myOrganisation")).contains("None");
    }
}
