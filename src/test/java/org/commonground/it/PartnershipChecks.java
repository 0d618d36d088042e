package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The organisation's partnership map (with rows offered from worksheets) and reflection themes without anyone's words. */
abstract class PartnershipChecks {

    /** Saves the journey worksheet's prompt (text and tags) and, if given, its partner table. */
    static WebClient.Page saveWorksheet(WebClient browser, String text, List<String> tags, String... partnerLevelPairs) {
        WebClient.Page page = browser.get(Learning.worksheetPath());
        List<String[]> fields = new ArrayList<>(Learning.baseFields(page, "worksheet"));
        fields.removeIf(f -> f[0].equals("n." + Learning.TABLE));
        fields.add(new String[] {"t." + Learning.PROMPT, text});
        tags.forEach(tag -> fields.add(new String[] {"g." + Learning.PROMPT, tag}));
        fields.add(new String[] {"n." + Learning.TABLE, Integer.toString(Math.max(1, partnerLevelPairs.length / 2))});
        for (int i = 0; i + 1 < partnerLevelPairs.length; i += 2) {
            fields.add(new String[] {"c." + Learning.TABLE + "." + (i / 2) + ".partner", partnerLevelPairs[i]});
            fields.add(new String[] {"c." + Learning.TABLE + "." + (i / 2) + ".level_today", partnerLevelPairs[i + 1]});
        }
        fields.add(new String[] {"action", "save"});
        return Learning.post(browser, page, "worksheet", fields);
    }

    @Test
    void themesCountAnswersAndTagsOnlyFromFivePeopleUpAndNeverShowWords() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        List<People.Person> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            people.add(Organisations.registerWithCode(org.code(), "frontline_practitioner"));
        }
        for (int i = 0; i < 4; i++) {
            saveWorksheet(people.get(i).browser(), "Private words number " + i, i < 3 ? List.of("language", "cost") : List.of("language"));
        }
        WebClient.Page four = admin.get("organisation/themes.xhtml?team=" + org.teamUuid());
        assertThat(four.status()).isEqualTo(200);
        assertThat(four.text("#noThemes")).contains("5 or more people");
        assertThat(four.body()).doesNotContain("Private words");

        saveWorksheet(people.get(4).browser(), "Private words number 4", List.of());
        WebClient.Page five = admin.get("organisation/themes.xhtml?team=" + org.teamUuid());
        assertThat(five.text(".themes")).contains("What happens at your front desk?").contains("5 people answered.")
                .contains("language: 4").contains("cost: 3");
        assertThat(five.body()).doesNotContain("Private words");
        assertThat(admin.get("organisation/themes.xhtml?org=" + org.orgUuid()).text(".themes")).contains("5 people answered.");

        Organisations.Setup small = Organisations.create(admin);
        People.Person alone = Organisations.registerWithCode(small.code(), "support_staff");
        saveWorksheet(alone.browser(), "Only me", List.of("cost"));
        WebClient.Page tooFew = admin.get("organisation/themes.xhtml?team=" + small.teamUuid());
        assertThat(tooFew.text("#notEnough")).contains("fewer than 5 people");
        assertThat(tooFew.body()).doesNotContain("Only me").doesNotContain("cost:");

        assertThat(people.get(0).browser().get("organisation/themes.xhtml?team=" + org.teamUuid()).status()).isEqualTo(403);
        People.Person otherManager = Organisations.registerWithCode(small.code(), "manager");
        Organisations.makeManager(admin, small.orgUuid(), otherManager.email(), "");
        WebClient boss = new WebClient();
        People.signIn(boss, otherManager.email(), otherManager.password());
        assertThat(boss.get("organisation/themes.xhtml?org=" + org.orgUuid()).status()).isEqualTo(403);
        assertThat(boss.get("organisation/themes.xhtml?org=" + small.orgUuid()).status()).isEqualTo(200);
    }

    @Test
    void managersKeepTheMapAndAcceptRowsALearnerChoseToOffer() {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        WebClient.Page map = admin.get("organisation/partners.xhtml?org=" + org.orgUuid());
        assertThat(map.text("#noPartners")).contains("No partners");

        WebClient.Page missing = admin.submit("partner", Map.of("name", " ", "kind", "COMMUNITY_GROUP", "levelToday", "COOPERATE",
                "accessEffect", "Kept text", "plannedWork", ""), "save");
        assertThat(missing.text("#partner\\:nameError")).contains("Enter the partner organisation's name");
        assertThat(missing.select("#partner\\:accessEffect").text()).isEqualTo("Kept text");

        WebClient.Page added = admin.submit("partner", Map.of("name", "Riverside Food Bank", "kind", "COMMUNITY_GROUP",
                "levelToday", "COOPERATE", "levelWanted", "COLLABORATE", "accessEffect", "Tells families about GP registration.",
                "plannedWork", "A joint drop-in each month."), "save");
        assertThat(added.text(".messages")).contains("Partner saved");
        assertThat(added.text("#partners")).contains("Riverside Food Bank").contains("Community group").contains("Cooperate")
                .contains("Collaborate").contains("A joint drop-in each month.");
        assertThat(added.text("#levelCounts")).contains("Cooperate: 1").contains("Network: 0");

        String change = added.select("#partners a").stream().filter(a -> a.text().equals("Change")).findFirst().orElseThrow().attr("href");
        WebClient.Page editing = admin.get(Server.serverUri(change.replace("&amp;", "&")));
        assertThat(editing.select("#partner\\:name").val()).isEqualTo("Riverside Food Bank");
        WebClient.Page changed = press(admin, editing, "partner", Map.of("partner:levelToday", "COLLABORATE"), "Save changes");
        assertThat(changed.text("#levelCounts")).contains("Collaborate: 1").contains("Cooperate: 0");
        WebClient.Page stale = admin.get(Server.serverUri(change.replace("&amp;", "&")));
        press(admin, stale, "partner", Map.of("partner:plannedWork", "First change"), "Save changes");
        WebClient.Page second = press(admin, stale, "partner", Map.of("partner:plannedWork", "Lost change"), "Save changes");
        assertThat(second.text(".messages")).contains("Someone else changed this partner");
        assertThat(admin.get("organisation/partners.xhtml?org=" + org.orgUuid()).text("#partners")).contains("First change")
                .doesNotContain("Lost change");

        People.Person learner = Organisations.registerWithCode(org.code(), "frontline_practitioner");
        saveWorksheet(learner.browser(), "My private thoughts", List.of(), "", "Cooperate", "The food bank", "Network");
        WebClient.Page sheet = learner.browser().get(Learning.worksheetPath());
        Element offer = sheet.document().getElementById("offerForm");
        assertThat(offer).isNotNull();
        WebClient.Page offered = press(learner.browser(), sheet, "offerForm", Map.of(), "Offer my partner rows");
        assertThat(offered.text("#offeredNote")).contains("2 partners offered");

        WebClient.Page waiting = admin.get("organisation/partners.xhtml?org=" + org.orgUuid());
        assertThat(waiting.text("#offeredRows")).contains("The day centre").contains("The food bank").contains(learner.name());
        assertThat(waiting.body()).doesNotContain("My private thoughts");
        WebClient.Page accepted = press(admin, waiting, rowForm(waiting, "#offeredRows", "The food bank"), Map.of(), "Accept");
        assertThat(accepted.text("#partners")).contains("The food bank");
        assertThat(accepted.text("#levelCounts")).contains("Network: 1");
        WebClient.Page declined = press(admin, accepted, rowForm(accepted, "#offeredRows", "The day centre"), Map.of(), "Decline");
        assertThat(declined.select("#offeredRows")).isEmpty();
        assertThat(declined.text("#partners")).doesNotContain("The day centre");

        assertThat(learner.browser().get("organisation/partners.xhtml?org=" + org.orgUuid()).status()).isEqualTo(403);
        Organisations.Setup other = Organisations.create(admin);
        People.Person otherBoss = Organisations.registerWithCode(other.code(), "manager");
        Organisations.makeManager(admin, other.orgUuid(), otherBoss.email(), "");
        WebClient boss = new WebClient();
        People.signIn(boss, otherBoss.email(), otherBoss.password());
        assertThat(boss.get("organisation/partners.xhtml?org=" + org.orgUuid()).status()).isEqualTo(403);
        String someId = Organisations.param(change.replaceFirst("^[^?]*\\?", "").replace("&amp;", "&"), "edit");
        assertThat(boss.get("organisation/partners.xhtml?org=" + other.orgUuid() + "&edit=" + someId).status()).isEqualTo(404);
    }

    /** The id of the form in the row of a table whose header cell is {@code name}; gives it an id to submit by. */
    private static String rowForm(WebClient.Page page, String table, String name) {
        Element row = page.select(table + " tbody tr").stream().filter(r -> r.select("th").text().equals(name)).findFirst().orElseThrow();
        return row.selectFirst("form").id();
    }

    /** Posts a form as a browser would: every field as the page has it, some replaced, and the button with this label. */
    static WebClient.Page press(WebClient client, WebClient.Page page, String formId, Map<String, String> replaced, String button) {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        Element form = page.document().getElementById(formId);
        assertThat(form).as("form " + formId + " on " + page.uri()).isNotNull();
        for (Element input : form.select("input, textarea, select")) {
            String name = input.attr("name");
            String type = input.attr("type");
            if (name.isEmpty() || type.equals("submit") || type.equals("button")) {
                continue;
            }
            if (input.tagName().equals("select")) {
                Element selected = input.selectFirst("option[selected]");
                values.put(name, selected == null ? "" : selected.val());
            } else {
                values.put(name, input.tagName().equals("textarea") ? input.text() : input.val());
            }
        }
        values.putAll(replaced);
        Element pressed = form.select("input[type=submit], button[type=submit], button:not([type])").stream()
                .filter(b -> b.val().equals(button) || b.text().equals(button)).findFirst()
                .orElseThrow(() -> new AssertionError("no button '" + button + "' in form " + formId));
        if (!pressed.attr("name").isEmpty()) {
            values.put(pressed.attr("name"), pressed.val());
        }
        return client.post(page.uri().resolve(form.attr("action")), values);
    }
}
