package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A person keeps their session when the node serving them stops: sessions live in one
 * node's memory, and any node carries a session on from its key cookie and the key's
 * row in the database. A new node is imitated faithfully by dropping the session id
 * cookie and keeping the key cookie: the new node has never seen that session. Every
 * way a session ends (signing out, disabling, erasing, a password change, a role
 * removed, the idle time-out, the absolute lifetime) ends the key on every node, and a
 * forged key, another person's key, or a key with no row is refused.
 */
abstract class SessionContinuityChecks {

    static final String SESSION = "CGSESSION";
    static final String KEY = "CGKEY";

    @Test
    void pagesAndTheAutosaveGoOnOnANodeThatNeverSawTheSession() {
        People.Person learner = People.newLearner();
        WebClient browser = learner.browser();
        WebClient.Page worksheet = browser.get(Learning.worksheetPath());
        HttpResponse<String> first = Learning.autosave(browser, worksheet, Learning.PROMPT,
                Map.of("t." + Learning.PROMPT, "Before the node stopped"), "0");
        assertThat(first.statusCode()).isEqualTo(200);
        long startedNormal = System.nanoTime();
        HttpResponse<String> normal = Learning.autosave(browser, worksheet, Learning.PROMPT,
                Map.of("t." + Learning.PROMPT, "Still on the first node"), version(first));
        long normalMicros = (System.nanoTime() - startedNormal) / 1000;
        String oldSession = browser.cookie(SESSION).orElseThrow().getValue();

        browser.forget(SESSION);
        long startedTakeover = System.nanoTime();
        HttpResponse<String> carriedOn = Learning.autosave(browser, worksheet, Learning.PROMPT,
                Map.of("t." + Learning.PROMPT, "Saved on the other node"), version(normal));
        long takeoverMicros = (System.nanoTime() - startedTakeover) / 1000;

        assertThat(carriedOn.statusCode()).as(carriedOn.body()).isEqualTo(200);
        assertThat(carriedOn.body()).contains("\"version\"");
        assertThat(browser.cookie(SESSION)).as("a new session on the new node").isPresent();
        assertThat(browser.cookie(SESSION).get().getValue()).isNotEqualTo(oldSession);
        WebClient.Page again = browser.get(Learning.worksheetPath());
        assertThat(again.document().getElementById("t-" + Learning.PROMPT).text()).isEqualTo("Saved on the other node");
        assertThat(again.text("h1")).isNotEqualTo("Sign in");
        assertThat(browser.get("learn/index.xhtml").text("h1")).isEqualTo("My learning");

        String takeover = carriedOn.headers().firstValue("X-Session-Takeover").orElseThrow();
        System.out.printf("Session continuity: autosave %d SQL statements, %d us seen by the client; the takeover autosave"
                + " %d statements and %s for the takeover itself, %d us seen by the client%n", statements(normal), normalMicros,
                statements(carriedOn), takeover, takeoverMicros);
        assertThat(normal.headers().firstValue("X-Session-Takeover")).as("a request whose session is known pays nothing").isEmpty();
        assertThat(statements(carriedOn)).as("the request itself, as on the first node").isEqualTo(statements(normal));
        assertThat(Integer.parseInt(takeover.split(" ")[0])).as("the takeover's own statements").isBetween(1, 3);
    }

    @Test
    void aFacesFormSentAfterATakeoverComesBackFilledInAndAWorksheetSaveSimplySaves() {
        People.Person learner = People.newLearner();
        WebClient browser = learner.browser();
        WebClient.Page account = browser.get("account/index.xhtml");
        String renamed = Server.unique("Renamed ");
        Map<String, String> values = Learning.renamedProfile(account, renamed);
        WebClient.Page worksheet = browser.get(Learning.worksheetPath());

        browser.forget(SESSION);
        Learning.expiredProfileComesBackFilledIn(browser, values, renamed, learner.name());

        browser.forget(SESSION);
        List<String[]> fields = new ArrayList<>(Learning.baseFields(worksheet, "worksheet"));
        fields.add(new String[] {"t." + Learning.PROMPT, "Saved with the button after a takeover"});
        fields.add(new String[] {"action", "save"});
        WebClient.Page saved = Learning.post(browser, worksheet, "worksheet", fields);
        assertThat(saved.path()).endsWith("/learn/worksheet.xhtml");
        assertThat(browser.get(Learning.worksheetPath()).document().getElementById("t-" + Learning.PROMPT).text())
                .isEqualTo("Saved with the button after a takeover");
    }

    @Test
    void signingOutEndsTheKeyOnEveryNode() {
        People.Person learner = People.newLearner();
        WebClient nodeA = learner.browser();
        WebClient nodeB = keyOnly(nodeA);
        assertThat(nodeB.get("learn/index.xhtml").text("h1")).as("node B carries the session on").isEqualTo("My learning");
        HttpCookie key = nodeA.cookie(KEY).orElseThrow();

        signOut(nodeB);

        assertRefused(withKey(key));
        try {
            // Node A still holds its copy of the session; the next time it tells the row it was seen, the row is gone.
            PlatformClockControl.moveToMinutes(3);
            assertSignedOut(nodeA.get("learn/index.xhtml"));
        } finally {
            PlatformClockControl.moveToMinutes(0);
        }
    }

    @Test
    void disablingAnAccountEndsItsKeyOnEveryNode() {
        People.Person learner = People.newLearner();
        WebClient elsewhere = RecordChecks.signedIn(learner);
        WebClient admin = People.firstAdmin();
        AdministrationChecks.openPerson(admin, learner.email());
        AdministrationChecks.press(admin, "Disable account");

        assertRefused(keyOnly(elsewhere));
    }

    @Test
    void erasingAnAccountEndsItsKeyOnEveryNode() {
        People.Person learner = People.newLearner();
        WebClient elsewhere = RecordChecks.signedIn(learner);
        WebClient nodeB = keyOnly(elsewhere);

        RecordChecks.erase(learner);

        assertRefused(nodeB);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsKeysButThisSessionGoesOnAnywhere() {
        People.Person learner = People.newLearner();
        WebClient other = RecordChecks.signedIn(learner);
        WebClient here = learner.browser();
        here.get("account/password.xhtml");
        here.submit("password", Map.of("current", learner.password(), "password", "a fresh passphrase for takeover"), "submit");

        assertRefused(keyOnly(other));
        here.forget(SESSION);
        assertThat(here.get("learn/index.xhtml").text("h1")).as("the session that changed it").isEqualTo("My learning");
    }

    @Test
    void removingARoleEndsTheKeyOnEveryNode() {
        WebClient admin = People.firstAdmin();
        People.Person person = People.newLearner();
        AdministrationChecks.openPerson(admin, person.email());
        AdministrationChecks.press(admin, "Make REVIEWER");
        WebClient reviewer = RecordChecks.signedIn(person);
        WebClient carried = keyOnly(reviewer);
        assertThat(carried.get("learn/index.xhtml").text("h1")).isEqualTo("My learning");
        WebClient second = RecordChecks.signedIn(person);

        AdministrationChecks.openPerson(admin, person.email());
        AdministrationChecks.press(admin, "Remove REVIEWER");

        assertRefused(keyOnly(second));
    }

    @Test
    void theIdleTimeOutEndsTheKeyByThePlatformClock() {
        People.Person learner = People.newLearner();
        WebClient browser = learner.browser();
        try {
            browser.forget(SESSION);
            PlatformClockControl.moveToMinutes(28);
            assertThat(browser.get("learn/index.xhtml").text("h1")).as("28 minutes idle").isEqualTo("My learning");

            browser.forget(SESSION);
            PlatformClockControl.moveToMinutes(28 + 31);
            assertRefused(browser);
        } finally {
            PlatformClockControl.moveToMinutes(0);
        }
    }

    @Test
    void theAbsoluteLifetimeEndsTheKeyHoweverBusyTheSession() {
        People.Person learner = People.newLearner();
        WebClient browser = learner.browser();
        try {
            PlatformClockControl.moveToMinutes(11 * 60 + 50);
            assertThat(browser.get("learn/index.xhtml").text("h1")).isEqualTo("My learning");
            browser.forget(SESSION);
            assertThat(browser.get("learn/index.xhtml").text("h1")).as("11 h 50 after sign-in").isEqualTo("My learning");

            PlatformClockControl.moveToMinutes(12 * 60 + 2);
            assertThat(browser.get("learn/index.xhtml").text("h1")).as("seen just now").isEqualTo("My learning");
            browser.forget(SESSION);
            assertRefused(browser);
        } finally {
            PlatformClockControl.moveToMinutes(0);
        }
    }

    @Test
    void aForgedKeyOrAKeyWithNoRowIsRefused() {
        WebClient.Page worksheet = People.newLearner().browser().get(Learning.worksheetPath());
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        String wellFormed = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        for (String forged : new String[] {"forged", wellFormed}) {
            HttpResponse<String> autosave = Learning.autosave(withKey(new HttpCookie(KEY, forged)), worksheet, Learning.PROMPT,
                    Map.of("t." + Learning.PROMPT, "Forged"), "0");
            assertThat(autosave.statusCode()).as(forged).isEqualTo(401);
            assertRefused(withKey(new HttpCookie(KEY, forged)));
        }
    }

    @Test
    void anotherPersonsKeyIsRefusedWithOnesOwnSessionAndEndsIt() {
        People.Person mine = People.newLearner();
        People.Person theirs = People.newLearner();
        WebClient browser = mine.browser();
        browser.carry(theirs.browser().cookie(KEY).orElseThrow());

        WebClient.Page page = browser.get("learn/index.xhtml");

        assertSignedOut(page);
        assertThat(page.body()).doesNotContain(theirs.name()).doesNotContain(mine.name());
        assertThat(theirs.browser().get("learn/index.xhtml").text("h1")).as("their own session goes on").isEqualTo("My learning");
    }

    @Test
    void aSignedInLearnersSessionIsSmall() {
        People.Person learner = People.newLearner();
        WebClient browser = learner.browser();
        browser.get(Learning.unitPath(Learning.QUIZ_UNIT));
        Learning.answerRightly(browser);
        WebClient.Page worksheet = browser.get(Learning.worksheetPath());
        assertThat(Learning.autosave(browser, worksheet, Learning.PROMPT, Map.of("t." + Learning.PROMPT, "Some words"), "0")
                .statusCode()).isEqualTo(200);

        String sizes = browser.get("it-only/session-size").body();

        System.out.println("Session continuity: a learner's session after a unit, a quiz and a worksheet, serialised:\n" + sizes);
        long total = Long.parseLong(sizes.lines().filter(l -> l.startsWith("total ")).findFirst().orElseThrow().substring(6));
        assertThat(sizes).doesNotContain("not-serialisable");
        assertThat(total).as("bytes").isBetween(100L, 64_000L);
    }

    /** The same browser on a node that never saw its session: its key cookie and nothing else. */
    static WebClient keyOnly(WebClient browser) {
        return withKey(browser.cookie(KEY).orElseThrow());
    }

    private static WebClient withKey(HttpCookie key) {
        WebClient browser = new WebClient();
        browser.carry(key);
        return browser;
    }

    /** Refused: a protected page asks to sign in, the autosave gets its 401, and the key cookie is dropped. */
    private static void assertRefused(WebClient browser) {
        WebClient.Page page = browser.get("learn/index.xhtml");
        assertThat(page.text("h1")).isEqualTo("Sign in");
        assertThat(browser.cookie(KEY)).as("the refused key is dropped").isEmpty();
    }

    private static void assertSignedOut(WebClient.Page page) {
        assertThat(page.text("h1")).isEqualTo("Sign in");
        assertThat(page.text("main")).contains("signed out");
    }

    private static void signOut(WebClient browser) {
        WebClient.Page page = browser.get("learn/index.xhtml");
        List<String[]> token = new ArrayList<>();
        token.add(new String[] {"token", page.document().select("#signOut input[name=token]").val()});
        HttpResponse<String> out = Learning.send(browser, page, "signOut", token);
        assertThat(out.headers().firstValue("Location").orElse("")).contains("signedOut=true");
    }

    private static String version(HttpResponse<String> saved) {
        return saved.body().replaceAll(".*\"version\":(\\d+).*", "$1");
    }

    private static int statements(HttpResponse<String> response) {
        return Integer.parseInt(response.headers().firstValue("X-SQL-Statements").orElseThrow());
    }
}
