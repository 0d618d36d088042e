package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Sets up organisations, teams, codes and managers for a test, through the administrators' pages. */
public final class Organisations {

    private Organisations() {
    }

    /** A new organisation with one team, and a join code for that team. */
    public record Setup(String name, String orgUuid, String teamName, String teamUuid, String code) {
    }

    public static Setup create(WebClient admin) {
        String name = Server.unique("Org ");
        admin.get("admin/organisations.xhtml");
        WebClient.Page page = admin.submit("create", Map.of("name", name), "submit");
        assertThat(page.text("h1")).isEqualTo(name);
        String orgUuid = param(page.uri().getQuery(), "org");
        String teamName = Server.unique("Team ");
        page = admin.submit("team", Map.of("name", teamName), "submit");
        Element teamLink = page.document().select("#teamList a").stream().filter(a -> a.text().equals(teamName))
                .findFirst().orElseThrow();
        String teamUuid = param(teamLink.attr("href").replaceFirst("^[^?]*\\?", ""), "team");
        String code = code(admin, teamUuid, 90, 50);
        return new Setup(name, orgUuid, teamName, teamUuid, code);
    }

    /** Makes a join code on the organisation page open in this browser; returns it. */
    public static String code(WebClient manager, String teamUuid, int lifetime, int uses) {
        WebClient.Page page = manager.submit("code", Map.of("team", teamUuid == null ? "" : teamUuid,
                "days", Integer.toString(lifetime), "uses", Integer.toString(uses)), "submit");
        assertThat(page.text(".messages")).contains("Join code made");
        return page.document().select("#codeTable tbody tr td code").first().text();
    }

    public static WebClient.Page openOrganisation(WebClient browser, String orgUuid) {
        return browser.get("organisation/index.xhtml?org=" + orgUuid);
    }

    /** Registers a new person with a join code and staff group. */
    public static People.Person registerWithCode(String code, String staffGroup) {
        String name = Server.unique("Joiner ");
        String email = Server.unique("joiner") + "@it.commonground.test";
        WebClient browser = new WebClient();
        browser.get("register.xhtml?code=" + code);
        WebClient.Page page = browser.submit("register", Map.of("name", name, "email", email,
                "password", People.PASSWORD, "code", code, "staffGroup", staffGroup), "submit");
        assertThat(page.path()).as(page.text("main")).endsWith("/learn/index.xhtml");
        return new People.Person(name, email, People.PASSWORD, browser);
    }

    /** Makes a member a manager of a team (or the whole organisation when teamUuid is empty). */
    public static void makeManager(WebClient admin, String orgUuid, String memberEmail, String teamUuid) {
        WebClient.Page page = openOrganisation(admin, orgUuid);
        Element option = page.document().select("#grant\\:member option").stream()
                .filter(o -> o.text().contains(memberEmail)).findFirst().orElseThrow();
        page = admin.submit("grant", Map.of("member", option.val(), "team", teamUuid), "submit");
        assertThat(page.text(".messages")).contains("Manager added");
    }

    /** Presses "Has left" for a member on an organisation page already open, as the manager's browser does. */
    public static WebClient.Page pressHasLeft(WebClient manager, WebClient.Page page, String name) {
        Element button = page.select("input[type=submit]").stream()
                .filter(b -> b.attr("aria-label").equals(name + " has left the organisation")).findFirst().orElseThrow();
        Element form = button.closest("form");
        Map<String, String> values = new java.util.LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> values.put(i.attr("name"), i.val()));
        values.put(button.attr("name"), button.val());
        return manager.post(java.net.URI.create(page.uri().toString()).resolve(form.attr("action")), values);
    }

    static String param(String query, String name) {
        Matcher m = Pattern.compile("(?:^|&)" + name + "=([^&]+)").matcher(query == null ? "" : query);
        assertThat(m.find()).as(name + " in " + query).isTrue();
        return URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
    }
}
