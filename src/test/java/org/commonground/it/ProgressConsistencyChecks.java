package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One answer to "is this person trained?" on every page that shows it. An organisation
 * of three teams (one person in two teams, one leaver, one person assigned a module
 * alone) is built through the real pages; each view is read as rendered and compared
 * with an oracle written here from the rules (not with the production policy); then
 * the platform clock moves on 400 days and every view is read again.
 */
abstract class ProgressConsistencyChecks {

    static final String READ_MODULE = "0c0e6f53-3c5b-4f0a-9d6e-2a1f7c4b9e11";
    static final String READ_UNIT = "5d7a2b0e-8f41-4c1e-b6a9-3e2d1f0c9a77";
    static final String READ_TITLE = "Progress test module";
    static final String JOURNEY_TITLE = "Journey test module";

    /** What the oracle expects of one person and module: the status in words and the colour class. */
    record Expected(String status, String rag) {
        boolean current() {
            return status.equals("Complete") || status.equals("Renewal due soon") || status.equals("Exempt");
        }
    }

    @AfterEach
    void realTimeAgain() {
        PlatformClockControl.moveTo(0);
    }

    @Test
    void everyViewGivesTheSameAnswerTodayAndAYearOn() throws Exception {
        WebClient admin = People.firstAdmin();
        Organisations.Setup org = Organisations.create(admin);
        String t1 = org.teamUuid();
        String[] t2 = addTeam(admin, org.orgUuid());
        String[] t3 = addTeam(admin, org.orgUuid());
        String c2 = Organisations.code(admin, t2[0], 90, 50);
        String c3 = Organisations.code(admin, t3[0], 90, 50);

        People.Person a = Organisations.registerWithCode(org.code(), "frontline_practitioner");
        People.Person b = Organisations.registerWithCode(org.code(), "frontline_practitioner");
        People.Person c = Organisations.registerWithCode(org.code(), "support_staff");
        People.Person d = Organisations.registerWithCode(org.code(), "support_staff");
        People.Person e = Organisations.registerWithCode(c2, "frontline_practitioner");
        People.Person f = Organisations.registerWithCode(c2, "manager");
        People.Person g = Organisations.registerWithCode(c3, "frontline_practitioner");
        // c joins a second team of the same organisation with its code: now in team 1 and team 2.
        c.browser().get("account/index.xhtml");
        c.browser().submit("join", Map.of("code", c2, "staffGroup", "support_staff"), "submit");

        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        assignToTeam(admin, t1, READ_TITLE, today.plusDays(10), "12");
        assignToTeam(admin, t2[0], JOURNEY_TITLE, today.plusDays(60), "");
        assign(admin, t3[0], READ_TITLE, g.name(), today.plusDays(100), "");

        read(a.browser());
        read(c.browser());
        read(d.browser());
        b.browser().get(Learning.unitPathOf(READ_MODULE, READ_UNIT));
        completeJourney(e.browser());
        leave(admin, org.orgUuid(), d.name());

        Map<String, Map<String, Expected>> now = new LinkedHashMap<>();
        now.put(a.name(), Map.of(READ_TITLE, new Expected("Complete", "green")));
        now.put(b.name(), Map.of(READ_TITLE, new Expected("In progress", "amber")));
        now.put(c.name(), Map.of(READ_TITLE, new Expected("Complete", "green"), JOURNEY_TITLE, new Expected("Not started", "none")));
        now.put(e.name(), Map.of(JOURNEY_TITLE, new Expected("Complete", "green")));
        now.put(f.name(), Map.of(JOURNEY_TITLE, new Expected("Not started", "none")));
        now.put(g.name(), Map.of(READ_TITLE, new Expected("Not started", "none")));
        Map<String, List<String>> teams = Map.of(t1, List.of(READ_TITLE), t2[0], List.of(JOURNEY_TITLE), t3[0], List.of(READ_TITLE));
        Map<String, List<String>> members = Map.of(t1, List.of(a.name(), b.name(), c.name()),
                t2[0], List.of(c.name(), e.name(), f.name()), t3[0], List.of(g.name()));
        // g's module is assigned to g alone, on team 3's page.
        int checks = checkEverything(admin, org, members, teams, now, a, d);

        PlatformClockControl.moveTo(400);
        Map<String, Map<String, Expected>> later = new LinkedHashMap<>();
        later.put(a.name(), Map.of(READ_TITLE, new Expected("Needs refresh", "red")));
        later.put(b.name(), Map.of(READ_TITLE, new Expected("Overdue", "red")));
        later.put(c.name(), Map.of(READ_TITLE, new Expected("Needs refresh", "red"), JOURNEY_TITLE, new Expected("Overdue", "red")));
        later.put(e.name(), Map.of(JOURNEY_TITLE, new Expected("Complete", "green")));
        later.put(f.name(), Map.of(JOURNEY_TITLE, new Expected("Overdue", "red")));
        later.put(g.name(), Map.of(READ_TITLE, new Expected("Overdue", "red")));
        checks += checkEverything(admin, org, members, teams, later, a, d);
        assertThat(checks).isGreaterThan(60);
        System.out.println("progress-consistency: 8 people (one in two teams, one leaver), 3 teams, 2 modules, "
                + checks + " comparisons with the oracle over two dates");
    }

    /** One person in the generated organisation: their teams, and what they did on each module. */
    static final class Member {
        final People.Person person;
        final java.util.Set<String> teams = new java.util.LinkedHashSet<>();
        final java.util.Set<String> completed = new java.util.HashSet<>();
        final java.util.Set<String> started = new java.util.HashSet<>();
        boolean left;

        Member(People.Person person) {
            this.person = person;
        }
    }

    /** An assignment as made through the team page: a team's (person null) or one member's. */
    record Given(String team, String module, Member person, LocalDate due, Integer renewal) {
    }

    /**
     * The rules, written again here from the README's table (never the production
     * policy): the status in words and the colour class of one person and module on a
     * day, or null when nothing applies to them.
     */
    static Expected oracle(Member m, String module, List<Given> given, java.util.Set<String> material, LocalDate completedOn,
            LocalDate day) {
        LocalDate due = null;
        Integer renewal = null;
        for (Given g : given) {
            boolean applies = g.module().equals(module) && (g.person() == null ? m.teams.contains(g.team()) : g.person() == m);
            if (applies) {
                due = due == null || g.due().isBefore(due) ? g.due() : due;
                if (g.renewal() != null) {
                    renewal = renewal == null ? g.renewal() : Integer.valueOf(Math.min(renewal, g.renewal()));
                }
            }
        }
        if (due == null && !m.started.contains(module) && !m.completed.contains(module)) {
            return null;
        }
        if (m.completed.contains(module)) {
            LocalDate renewOn = renewal == null ? null : completedOn.plusMonths(renewal);
            if (renewOn != null && !day.isBefore(renewOn)) {
                return new Expected("Needs refresh", "red");
            }
            if (material.contains(module)) {
                return new Expected("Needs refresh", "amber");
            }
            if (renewOn != null && !day.plusDays(30).isBefore(renewOn)) {
                return new Expected("Renewal due soon", "amber");
            }
            return new Expected("Complete", "green");
        }
        if (due != null && day.isAfter(due)) {
            return new Expected("Overdue", "red");
        }
        String status = m.started.contains(module) ? "In progress" : "Not started";
        return new Expected(status, due != null && !day.plusDays(30).isBefore(due) ? "amber" : "none");
    }

    @Test
    void aGeneratedOrganisationAddsUpOnEveryViewTodayAndAYearOn() throws Exception {
        java.util.Random random = new java.util.Random(20261203);
        WebClient admin = People.firstAdmin();
        WebClient trainer = Authoring.trainer().browser();
        List<String> modules = new ArrayList<>();
        Map<String, String> moduleUnit = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            String title = Server.unique("Generated module ");
            String uuid = Authoring.newModule(trainer, title);
            Authoring.frame(trainer, uuid, title);
            Authoring.publish(trainer, uuid, false);
            modules.add(title);
            String href = admin.get("learn/module.xhtml?m=" + uuid).select("#units a").first().attr("href");
            moduleUnit.put(title, "learn/unit.xhtml?m=" + uuid + "&u="
                    + Organisations.param(href.replaceFirst("^[^?]*\\?", "").replace("&amp;", "&"), "u"));
            moduleUnit.put(title + "#uuid", uuid);
        }
        Organisations.Setup org = Organisations.create(admin);
        List<String> teamUuids = new ArrayList<>(List.of(org.teamUuid()));
        Map<String, String> codes = new LinkedHashMap<>(Map.of(org.teamUuid(), org.code()));
        for (int t = 1; t < 6; t++) {
            String[] team = addTeam(admin, org.orgUuid());
            teamUuids.add(team[0]);
            codes.put(team[0], Organisations.code(admin, team[0], 90, 50));
        }
        List<Member> members = new ArrayList<>();
        for (int p = 0; p < 30; p++) {
            String team = teamUuids.get(p % teamUuids.size());
            Member member = new Member(Organisations.registerWithCode(codes.get(team), p % 3 == 0 ? "support_staff"
                    : "frontline_practitioner"));
            member.teams.add(team);
            members.add(member);
        }
        for (int p = 0; p < 6; p++) {
            Member member = members.get(p * 5);
            String second = teamUuids.get((teamUuids.indexOf(member.teams.iterator().next()) + 1 + p % 4) % teamUuids.size());
            member.person.browser().get("account/index.xhtml");
            member.person.browser().submit("join", Map.of("code", codes.get(second), "staffGroup", "support_staff"), "submit");
            member.teams.add(second);
        }
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        List<LocalDate> dues = List.of(today.plusDays(5), today.plusDays(45), today.plusDays(200));
        List<Given> given = new ArrayList<>();
        for (String team : teamUuids) {
            List<String> shuffled = new ArrayList<>(modules);
            java.util.Collections.shuffle(shuffled, random);
            for (String module : shuffled.subList(0, 1 + random.nextInt(2))) {
                Given g = new Given(team, module, null, dues.get(random.nextInt(3)), random.nextBoolean() ? 12 : null);
                assign(admin, team, module, null, g.due(), g.renewal() == null ? "" : g.renewal().toString());
                given.add(g);
            }
        }
        for (int i = 0; i < 4; i++) {
            Member member = members.get(3 + i * 7);
            String team = member.teams.iterator().next();
            Given g = new Given(team, modules.get(random.nextInt(4)), member, dues.get(random.nextInt(3)), null);
            assign(admin, team, g.module(), member.person.name(), g.due(), "");
            given.add(g);
        }
        for (Member member : members) {
            for (String module : modules) {
                int action = random.nextInt(10);
                if (action < 4) {
                    member.person.browser().get(moduleUnit.get(module));
                    member.person.browser().submit("read", Map.of(), "submit");
                    member.completed.add(module);
                } else if (action < 6) {
                    member.person.browser().get(moduleUnit.get(module));
                    member.started.add(module);
                }
            }
        }
        // A material change to one module: its completions need a refresh.
        String changed = modules.get(0);
        Authoring.editUnit(trainer, moduleUnit.get(changed + "#uuid"), 1, Map.of("body", "The guidance changed on this day."));
        Authoring.publish(trainer, moduleUnit.get(changed + "#uuid"), true);
        java.util.Set<String> material = java.util.Set.of(changed);
        for (int i = 0; i < 4; i++) {
            Member leaver = members.get(2 + i * 8);
            leave(admin, org.orgUuid(), leaver.person.name());
            leaver.left = true;
        }

        int checks = 0;
        for (long offset : new long[] {0, 400}) {
            LocalDate day = today.plusDays(offset);
            if (offset > 0) {
                PlatformClockControl.moveTo(offset);
            }
            checks += generatedViews(admin, org, teamUuids, members, modules, given, material, today, day);
        }
        System.out.println("progress-consistency (generated): 30 people (6 in two teams, 4 leavers), 6 teams, 4 modules, "
                + given.size() + " assignments, " + checks + " comparisons with the oracle over two dates");
        assertThat(checks).isGreaterThan(200);
    }

    private int generatedViews(WebClient admin, Organisations.Setup org, List<String> teamUuids, List<Member> members,
            List<String> modules, List<Given> given, java.util.Set<String> material, LocalDate completedOn, LocalDate day) {
        int checks = 0;
        Map<String, long[]> byModule = new LinkedHashMap<>();
        long orgAssigned = 0;
        long orgCurrent = 0;
        for (Member m : members) {
            if (m.left) {
                continue;
            }
            for (String module : modules) {
                boolean assigned = given.stream().anyMatch(g -> g.module().equals(module)
                        && (g.person() == null ? m.teams.contains(g.team()) : g.person() == m));
                Expected e = oracle(m, module, given, material, completedOn, day);
                if (assigned) {
                    orgAssigned++;
                    orgCurrent += e.current() ? 1 : 0;
                    long[] counts = byModule.computeIfAbsent(module, k -> new long[2]);
                    counts[0]++;
                    counts[1] += e.current() ? 1 : 0;
                }
            }
        }
        for (String team : teamUuids) {
            WebClient.Page grid = admin.get("organisation/dashboard.xhtml?team=" + team);
            List<String> columns = grid.select("#grid thead th").eachText();
            columns = columns.subList(1, columns.size());
            long assigned = 0;
            long current = 0;
            Map<String, Long> rag = new LinkedHashMap<>(Map.of("red", 0L, "amber", 0L, "green", 0L, "none", 0L));
            int rows = 0;
            for (Member m : members) {
                if (m.left || !m.teams.contains(team)) {
                    assertThat(grid.select("#grid tbody td.grid-person a").eachText()).doesNotContain(m.person.name());
                    continue;
                }
                rows++;
                Element row = grid.select("#grid tbody tr").stream().filter(r -> r.select("td.grid-person a").text().equals(m.person.name()))
                        .findFirst().orElseThrow(() -> new AssertionError(m.person.name() + " missing"));
                List<Element> cells = row.select("td:not(.grid-person)");
                for (int i = 0; i < columns.size(); i++) {
                    String module = columns.get(i);
                    boolean throughThisTeam = given.stream().anyMatch(g -> g.module().equals(module)
                            && (g.person() == null ? g.team().equals(team) : g.person() == m));
                    if (!throughThisTeam) {
                        assertThat(cells.get(i).className()).as(m.person.name() + " / " + module + " not assigned here").isEqualTo("na");
                        continue;
                    }
                    Expected e = oracle(m, module, given, material, completedOn, day);
                    assertThat(cells.get(i).className()).as(day + " " + m.person.name() + " / " + module).isEqualTo("rag-" + e.rag());
                    assertThat(cells.get(i).select("b").text()).as(day + " " + m.person.name() + " / " + module)
                            .isEqualTo(e.status());
                    assigned++;
                    current += e.current() ? 1 : 0;
                    rag.merge(e.rag(), 1L, Long::sum);
                    checks += 2;
                }
            }
            for (String module : modules) {
                boolean column = given.stream().anyMatch(g -> g.module().equals(module) && (g.person() == null
                        ? g.team().equals(team) : !g.person().left && g.person().teams.contains(team)));
                assertThat(columns.contains(module)).as(team + " has a column for " + module).isEqualTo(column);
            }
            assertThat(grid.select("#grid tbody tr:not(.ui-datatable-empty-message)")).hasSize(rows);
            assertThat(grid.text("#summary")).contains("(" + current + " of " + assigned + ")");
            assertThat(grid.text("#ragCounts")).isEqualTo("Red " + rag.get("red") + ", amber " + rag.get("amber") + ", green "
                    + rag.get("green") + ", on track " + rag.get("none") + ".");
            checks += 3;
            if (assigned > 0) {
                String label = grid.text("h1").replace("Completion: ", "");
                Element line = admin.get("organisation/overview.xhtml?org=" + org.orgUuid()).select("#teams tbody tr").stream()
                        .filter(r -> r.select("th").text().equals(label)).findFirst().orElseThrow();
                assertThat(line.select("td").eachText().subList(0, 2))
                        .containsExactly(Long.toString(assigned), Long.toString(current));
                checks++;
            }
        }
        WebClient.Page overview = organisationTotals(admin, org, orgCurrent, orgAssigned, byModule);
        checks += 2 * byModule.size();
        // Each learner's own page says what their manager's views say.
        for (Member m : members.subList(0, 8)) {
            WebClient.Page mine = m.person.browser().get("learn/index.xhtml");
            for (String module : modules) {
                Expected e = oracle(m, module, given, material, completedOn, day);
                if (e == null) {
                    continue;
                }
                Element card = mine.select("li.module-card").stream().filter(li -> li.select("h3").text().equals(module))
                        .findFirst().orElseThrow();
                assertThat(card.select(".status").text()).as(day + " " + m.person.name() + " / " + module + " on my learning")
                        .contains(e.status().equals("Needs refresh") ? "Needs a refresh" : e.status().equals("Renewal due soon")
                                ? "Renewal due soon" : e.status().equals("Overdue") ? "Overdue" : e.status());
                checks++;
            }
        }
        return checks + 1;
    }

    /** Reads every view and compares it with the oracle; returns how many comparisons were made. */
    private int checkEverything(WebClient admin, Organisations.Setup org, Map<String, List<String>> members,
            Map<String, List<String>> teams, Map<String, Map<String, Expected>> oracle, People.Person learner,
            People.Person leaver) throws Exception {
        int checks = 0;
        long orgAssigned = 0;
        long orgCurrent = 0;
        Map<String, long[]> byModule = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> team : members.entrySet()) {
            WebClient.Page grid = admin.get("organisation/dashboard.xhtml?team=" + team.getKey());
            String csv = new String(RecordChecks.download(admin, "organisation/export?team=" + team.getKey() + "&format=csv")
                    .body(), StandardCharsets.UTF_8);
            assertThat(grid.text("#grid")).doesNotContain(leaver.name());
            assertThat(csv).doesNotContain(leaver.name());
            long assigned = 0;
            long current = 0;
            Map<String, Long> rag = new LinkedHashMap<>(Map.of("red", 0L, "amber", 0L, "green", 0L, "none", 0L));
            List<String> columns = grid.select("#grid thead th").eachText();
            assertThat(columns.subList(1, columns.size())).containsExactlyElementsOf(teams.get(team.getKey()));
            for (String person : team.getValue()) {
                Element row = grid.select("#grid tbody tr").stream().filter(r -> r.select("td.grid-person a").text().equals(person))
                        .findFirst().orElseThrow(() -> new AssertionError(person + " missing from " + grid.text("#grid")));
                List<Element> cells = row.select("td:not(.grid-person)");
                for (int i = 0; i < cells.size(); i++) {
                    String module = teams.get(team.getKey()).get(i);
                    Expected expected = oracle.get(person).get(module);
                    assertThat(cells.get(i).className()).as(person + " / " + module).isEqualTo("rag-" + expected.rag());
                    assertThat(cells.get(i).select("b").text()).as(person + " / " + module).isEqualTo(expected.status());
                    String csvLine = csv.lines().filter(l -> l.startsWith(person + ",")).findFirst()
                            .orElseThrow();
                    assertThat(csvLine).as("CSV " + person).contains(expected.status());
                    assigned++;
                    current += expected.current() ? 1 : 0;
                    rag.merge(expected.rag(), 1L, Long::sum);
                    byModule.computeIfAbsent(module, k -> new long[2]);
                    checks += 3;
                }
            }
            assertThat(grid.select("#grid tbody tr")).hasSize(team.getValue().size());
            assertThat(grid.text("#summary")).contains("(" + current + " of " + assigned + ")");
            assertThat(grid.text("#ragCounts")).isEqualTo("Red " + rag.get("red") + ", amber " + rag.get("amber") + ", green "
                    + rag.get("green") + ", on track " + rag.get("none") + ".");
            checks += 3;
        }
        // Organisation totals count each current member and module once (c is in two teams, g's module is theirs alone).
        for (Map.Entry<String, Map<String, Expected>> person : oracle.entrySet()) {
            for (Map.Entry<String, Expected> cell : person.getValue().entrySet()) {
                orgAssigned++;
                orgCurrent += cell.getValue().current() ? 1 : 0;
                long[] counts = byModule.computeIfAbsent(cell.getKey(), k -> new long[2]);
                counts[0]++;
                counts[1] += cell.getValue().current() ? 1 : 0;
            }
        }
        WebClient.Page overview = organisationTotals(admin, org, orgCurrent, orgAssigned, byModule);
        checks += 2 * byModule.size();
        for (Map.Entry<String, List<String>> team : members.entrySet()) {
            long assigned = 0;
            long current = 0;
            for (String person : team.getValue()) {
                for (String module : teams.get(team.getKey())) {
                    assigned++;
                    current += oracle.get(person).get(module).current() ? 1 : 0;
                }
            }
            String label = admin.get("organisation/dashboard.xhtml?team=" + team.getKey()).text("h1").replace("Completion: ", "");
            Element line = overview.select("#teams tbody tr").stream().filter(r -> r.select("th").text().equals(label))
                    .findFirst().orElseThrow();
            assertThat(line.select("td").eachText().subList(0, 2)).containsExactly(Long.toString(assigned), Long.toString(current));
            checks += 2;
        }
        // The learner's own page and their manager's view of them say the same.
        Expected mine = oracle.get(learner.name()).get(READ_TITLE);
        WebClient.Page myLearning = learner.browser().get("learn/index.xhtml");
        Element card = myLearning.select("li.module-card").stream().filter(li -> li.text().contains(READ_TITLE)).findFirst()
                .orElseThrow();
        assertThat(card.text()).contains(mine.status().equals("Needs refresh") ? "Needs a refresh" : mine.status());
        WebClient.Page modulePage = learner.browser().get("learn/module.xhtml?m=" + READ_MODULE);
        assertThat(modulePage.text(mine.status().equals("Needs refresh") ? "#moduleRefresh" : "#moduleComplete"))
                .contains(mine.status().equals("Needs refresh") ? "Needs a refresh: the renewal date has passed" : "Complete.");
        String learnersTeam = members.entrySet().stream().filter(t -> t.getValue().contains(learner.name())).findFirst()
                .orElseThrow().getKey();
        WebClient.Page people = admin.get("organisation/dashboard.xhtml?team=" + learnersTeam);
        String personHref = people.select("#grid tbody td.grid-person a").stream().filter(l -> l.text().equals(learner.name()))
                .findFirst().orElseThrow().attr("href");
        WebClient.Page person = admin.get(URI.create(people.uri().toString()).resolve(personHref));
        Element statusRow = person.select("#statuses tbody tr").stream().filter(r -> r.select("th").text().equals(READ_TITLE))
                .findFirst().orElseThrow();
        assertThat(statusRow.select("td").first().className()).isEqualTo("rag-" + mine.rag());
        assertThat(statusRow.select("td b").text()).isEqualTo(mine.status());
        return checks + 5;
    }

    /** The organisation report's total and its line for each module, against the counts expected; returns the page. */
    private static WebClient.Page organisationTotals(WebClient admin, Organisations.Setup org, long current, long assigned,
            Map<String, long[]> byModule) {
        WebClient.Page overview = admin.get("organisation/overview.xhtml?org=" + org.orgUuid());
        assertThat(overview.text("#orgSummary")).contains("(" + current + " of " + assigned + " assigned modules)");
        for (Map.Entry<String, long[]> module : byModule.entrySet()) {
            Element line = overview.select("#modules tbody tr").stream().filter(r -> r.select("th").text().equals(module.getKey()))
                    .findFirst().orElseThrow();
            assertThat(line.select("td").eachText().subList(0, 2))
                    .containsExactly(Long.toString(module.getValue()[0]), Long.toString(module.getValue()[1]));
        }
        return overview;
    }

    static String[] addTeam(WebClient admin, String orgUuid) {
        Organisations.openOrganisation(admin, orgUuid);
        String name = Server.unique("Team ");
        WebClient.Page page = admin.submit("team", Map.of("name", name), "submit");
        Element link = page.document().select("#teamList a").stream().filter(l -> l.text().equals(name)).findFirst().orElseThrow();
        return new String[] {Organisations.param(link.attr("href").replaceFirst("^[^?]*\\?", ""), "team"), name};
    }

    static void assignToTeam(WebClient manager, String team, String title, LocalDate due, String renewal) {
        assign(manager, team, title, null, due, renewal);
    }

    static void assign(WebClient manager, String team, String title, String person, LocalDate due, String renewal) {
        WebClient.Page page = manager.get("organisation/team.xhtml?team=" + team);
        String module = page.select("#assign\\:module option").stream().filter(o -> o.text().startsWith(title))
                .findFirst().orElseThrow().val();
        String assignee = person == null ? "" : page.select("#assign\\:assignee option").stream()
                .filter(o -> o.text().equals(person)).findFirst().orElseThrow().val();
        WebClient.Page after = manager.submit("assign", Map.of("module", module, "assignee", assignee, "due", due.toString(),
                "renewal", renewal), "submit");
        assertThat(after.text(".messages")).as(after.text("main")).doesNotContain("Choose");
    }

    static void read(WebClient learner) {
        learner.get(Learning.unitPathOf(READ_MODULE, READ_UNIT));
        WebClient.Page read = learner.submit("read", Map.of(), "submit");
        assertThat(read.text("#readNote")).contains("You marked this unit as read");
    }

    static void completeJourney(WebClient learner) {
        Learning.answerRightly(learner);
        WebClient.Page sheet = learner.get(Learning.worksheetPath());
        List<String[]> fields = new ArrayList<>(Learning.baseFields(sheet, "worksheet"));
        fields.add(new String[] {"action", "submit"});
        Learning.post(learner, sheet, "worksheet", fields);
    }

    /** Presses "Has left" for a member on the organisation page, as the manager's browser does. */
    static void leave(WebClient admin, String orgUuid, String name) {
        // The whole list: one page of 50 holds every member of these organisations.
        WebClient.Page after = Organisations.pressHasLeft(admin, Organisations.openOrganisation(admin, orgUuid), name);
        assertThat(after.select("[aria-label='" + name + " has left the organisation']")).isEmpty();
    }
}
