package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.commonground.it.clock.ClockServlet;
import org.commonground.it.clock.MovableClock;
import org.commonground.it.crash.PausingDailyReminders;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An answer the page reported as saved survives the server being killed: a real
 * Payara Micro process is started on its own H2 file database, a worksheet answer is
 * autosaved and acknowledged, the process gets SIGKILL (no shutdown of any kind), a
 * new process starts on the same data, and the answer is there (and an account
 * paused by failed sign-ins is still paused, and the learner signed in before the kill is still
 * signed in and their next autosave is saved). The kill also comes in the middle of the
 * daily reminder run: it has made the first batch's messages and holds its lease (a
 * test-only pause, {@link org.commonground.it.crash.PausingDailyReminders}, keeps it
 * there); after the restart the lease expires, the run is taken up again by the
 * scheduler, and every learner has each message exactly once. This server has no mail
 * server, as in the demo, so it also checks the Outbox page's links: shown to
 * administrators only while usable, removed once expired, and a new one sent when asked
 * again. The many-cycle
 * version of this is a benchmark, not part of the build.
 */
class CrashIT {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    private static final String ADMIN = "crash-admin@it.commonground.test";
    private static final String OVERDUE = "Journey test module is overdue";
    private static final int LEARNERS = 5;
    private static final int PEOPLE_PER_BATCH = 2;

    private Process server;
    private Path log;
    private String adminPassword = "one-time-crash-secret";

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void anAcknowledgedAutosaveSurvivesKillDashNine() throws Exception {
        Path run = Path.of(System.getProperty("commonground.it.run"), "crash");
        Files.createDirectories(run);
        Path war = crashWar(run);
        server = start(run, war, true);
        People.Person learner = People.newLearner();
        WebClient.Page page = learner.browser().get(Learning.worksheetPath());
        String words = "Written just before the crash " + Server.unique("#");
        HttpResponse<String> ack = Learning.autosave(learner.browser(), page, Learning.PROMPT,
                Map.of("t." + Learning.PROMPT, words), "0");
        assertThat(ack.statusCode()).as("the server acknowledged the save").isEqualTo(200);
        People.Person guessed = People.newLearner();
        for (int i = 0; i < 5; i++) {
            People.signIn(new WebClient(), guessed.email(), "a stranger's guess " + i);
        }
        People.Person forgetful = People.newLearner();
        String firstLink = resetLinkShownInTheOutbox(forgetful);

        List<People.Person> learners = dailyRunHeldMidway();

        long pid = server.pid();
        server.destroyForcibly();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();

        server = start(run, war, false);
        WebClient again = new WebClient();
        People.signIn(again, learner.email(), learner.password());
        assertThat(again.get(Learning.worksheetPath()).document().getElementById("t-" + Learning.PROMPT).text()).isEqualTo(words);
        assertThat(People.signIn(new WebClient(), guessed.email(), guessed.password()).text(".messages"))
                .as("sign-in throttling remembers across the restart").contains("Too many failed attempts");
        stillSignedInAfterTheRestart(learner, page, ack);

        dailyRunTakenUpAgainMakesEachMessageOnce(learners);
        anExpiredLinkIsRemovedAndAskingAgainSendsANewOne(forgetful, firstLink);
    }

    /**
     * This server has no mail server, as in the demo: a reset link waits on the Outbox page, which says that
     * production needs one, and shows the link to administrators while it can be used. Answers its token.
     */
    private String resetLinkShownInTheOutbox(People.Person person) {
        WebClient browser = new WebClient();
        browser.get("reset.xhtml");
        assertThat(browser.submit("request", Map.of("email", person.email()), "submit").select("#sent")).isNotEmpty();
        WebClient.Page outbox = admin().get("admin/outbox.xhtml");
        assertThat(outbox.text("main")).contains("production needs a mail server");
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("reset-password\\.xhtml\\?token=([A-Za-z0-9_-]{20,})")
                .matcher(newestMailTo(outbox, person.email()));
        assertThat(token.find()).as("the link, while it is unused and unexpired").isTrue();
        return token.group(1);
    }

    /**
     * Once the link has expired (the suite gives this server's links 60 s) its token is gone from the Outbox,
     * though never sent; asking again sends a new link, which works once and is then removed too.
     */
    private void anExpiredLinkIsRemovedAndAskingAgainSendsANewOne(People.Person person, String expired) {
        Waits.until(() -> new WebClient().get("reset-password.xhtml?token=" + expired), p -> !p.select("#invalid").isEmpty());
        assertThat(newestMailTo(admin().get("admin/outbox.xhtml"), person.email())).doesNotContain(expired).contains("link removed");

        String fresh = resetLinkShownInTheOutbox(person);
        assertThat(fresh).isNotEqualTo(expired);
        WebClient browser = new WebClient();
        assertThat(browser.get("reset-password.xhtml?token=" + fresh).select("#invalid")).isEmpty();
        browser.submit("reset", Map.of("password", "a new passphrase after expiry"), "submit");

        assertThat(newestMailTo(admin().get("admin/outbox.xhtml"), person.email())).doesNotContain(fresh).contains("link removed");
        assertThat(People.signIn(new WebClient(), person.email(), "a new passphrase after expiry").path()).endsWith("/learn/index.xhtml");
    }

    /** The body of the newest message on the Outbox page to this address. */
    private static String newestMailTo(WebClient.Page outbox, String email) {
        return outbox.select("tr.mail").stream().filter(r -> r.text().contains(email)).findFirst()
                .map(r -> r.select("pre.mail-body").text()).orElseThrow(() -> new AssertionError("no message to " + email));
    }

    /**
     * The learner signed in before the kill is still signed in: the new process has never
     * seen their session and carries it on from their key cookie, and the autosave their
     * page sends next (the page from before the kill, with its token) is saved.
     */
    private static void stillSignedInAfterTheRestart(People.Person learner, WebClient.Page before, HttpResponse<String> ack) {
        WebClient.Page samePage = new WebClient.Page(before.status(), Server.uri(Learning.worksheetPath()), before.response(),
                before.document());
        String next = "Written just after the restart " + Server.unique("#");
        HttpResponse<String> saved = Learning.autosave(learner.browser(), samePage, Learning.PROMPT,
                Map.of("t." + Learning.PROMPT, next), ack.body().replaceAll(".*\"version\":(\\d+).*", "$1"));
        assertThat(saved.statusCode()).as("the next autosave after the restart: " + saved.body()).isEqualTo(200);
        WebClient.Page reopened = learner.browser().get(Learning.worksheetPath());
        assertThat(reopened.text("h1")).isNotEqualTo("Sign in");
        assertThat(reopened.document().getElementById("t-" + Learning.PROMPT).text()).isEqualTo(next);
    }

    /**
     * Learners with an assignment that becomes overdue when the platform clock moves
     * on; the day's run starts (the scheduler ticks every second) and pauses after its
     * first batch, with the first batch's messages made and the lease held.
     */
    private List<People.Person> dailyRunHeldMidway() {
        WebClient admin = admin();
        // Today's run (with nobody to remind yet) has finished, so the next is the moved day's.
        Waits.until(() -> admin.get("admin/outbox.xhtml"), p -> job(p, "daily-reminders").map(r -> r.runs() > 0).orElse(false));
        Organisations.Setup org = Organisations.create(admin);
        List<People.Person> learners = new java.util.ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            learners.add(Organisations.registerWithCode(org.code(), "frontline_practitioner"));
        }
        ManagerChecks.assign(admin, org.teamUuid(), "Journey test module", LocalDate.now(ZONE).plusDays(10));
        for (People.Person learner : learners) {
            assertThat(NotificationChecks.count(learner, "New training for you")).as("made at once").isEqualTo(1);
        }

        String day = LocalDate.ofInstant(PlatformClockControl.moveTo(12), ZONE).toString();
        Waits.until(() -> read(log), written -> written.contains(PausingDailyReminders.PAUSED));
        Job held = job(admin.get("admin/outbox.xhtml"), "daily-reminders").orElseThrow();
        assertThat(held.holder()).as("the run holds its lease").isNotEmpty();
        assertThat(held.period()).as("and has not finished the day").isNotEqualTo(day);
        assertThat(learners.stream().mapToLong(l -> NotificationChecks.count(l, OVERDUE)).sum())
                .as("the first batch's messages are made, the others not yet").isEqualTo(PEOPLE_PER_BATCH);
        return learners;
    }

    /** After the restart, the moved day's run is taken up again once its lease expires: each message once, none lost. */
    private void dailyRunTakenUpAgainMakesEachMessageOnce(List<People.Person> before) {
        String day = LocalDate.ofInstant(PlatformClockControl.moveTo(12), ZONE).toString();
        WebClient admin = admin();
        Waits.until(() -> admin.get("admin/outbox.xhtml"), p -> job(p, "daily-reminders").map(r -> r.period().equals(day))
                .orElse(false));
        for (People.Person learner : before) {
            WebClient browser = new WebClient();
            People.signIn(browser, learner.email(), learner.password());
            People.Person again = new People.Person(learner.name(), learner.email(), learner.password(), browser);
            assertThat(NotificationChecks.count(again, OVERDUE)).as(learner.name()).isEqualTo(1);
            assertThat(NotificationChecks.count(again, "New training for you")).as(learner.name()).isEqualTo(1);
        }
    }

    /** One row of the administrators' jobs table. */
    private record Job(String period, long runs, String holder) {
    }

    private static Optional<Job> job(WebClient.Page outbox, String name) {
        return outbox.select("#jobs tbody tr").stream().filter(r -> r.select("td").first().text().equals(name)).findFirst()
                .map(r -> new Job(r.select("td").get(1).text(), Long.parseLong(r.select("td").get(3).text()),
                        r.select("td").get(4).text()));
    }

    /** The crash server's administrator, signed in (the first time, the one-time password is replaced). */
    private WebClient admin() {
        WebClient browser = new WebClient();
        WebClient.Page page = People.signIn(browser, ADMIN, adminPassword);
        if (page.path().endsWith("/account/password.xhtml")) {
            String chosen = "the crash administrator's passphrase";
            page = browser.submit("password", Map.of("current", adminPassword, "password", chosen), "submit");
            adminPassword = chosen;
        }
        assertThat(page.path()).endsWith("/admin/index.xhtml");
        return browser;
    }

    /** The WAR with the suite's test-only clock and the pause of the daily run (never in the production WAR). */
    private static Path crashWar(Path run) {
        Path war = run.resolve("crash.war");
        ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("commonground.it.war")))
                .addClasses(MovableClock.class, ClockServlet.class, PausingDailyReminders.class)
                .as(ZipExporter.class).exportTo(war.toFile(), true);
        return war;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Starts a server on the run's data and waits until it is ready. Each start takes a
     * port of its own: a port freed a moment ago may meanwhile be taken by another
     * process on a busy machine, and Payara Micro that cannot bind its port says
     * "Failed to start" but does not exit. That (and only that) is tried again on
     * another port; any other failure ends the test with the end of the server's log.
     */
    private Process start(Path run, Path war, boolean pauseDailyRun) throws IOException, InterruptedException {
        for (int tries = 1;; tries++) {
            log = run.resolve("server-" + System.nanoTime() + ".log");
            int port = freePort();
            Process process = launch(run, war, pauseDailyRun, port, log);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(900));
            URI ready = URI.create("http://127.0.0.1:" + port + "/health/ready");
            HttpClient http = HttpClient.newHttpClient();
            while (true) {
                String written = new String(Files.readAllBytes(log), java.nio.charset.StandardCharsets.UTF_8);
                if (written.contains("Failed to start")) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    if (written.contains("Address already in use") && tries < 3) {
                        break;
                    }
                    throw new AssertionError("the server failed to start:\n" + tail(written));
                }
                if (!process.isAlive()) {
                    throw new AssertionError("the server stopped while starting:\n" + tail(written));
                }
                if (Instant.now().isAfter(deadline)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                    throw new AssertionError("the server did not become ready within 900 s:\n" + tail(written));
                }
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                        Server.deployedAt(new URL("http://127.0.0.1:" + port + "/"));
                        return process;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                process.waitFor(250, TimeUnit.MILLISECONDS);
            }
        }
    }

    private static Process launch(Path run, Path war, boolean pauseDailyRun, int port, Path log) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC",
                "-Dcommonground.data.dir=" + run.resolve("data"),
                "-Dcommonground.content.dir=" + System.getProperty("commonground.it.library"),
                "-Dcommonground.http.trusted-proxies=127.0.0.1",
                "-Dcommonground.admin.email=" + ADMIN, "-Dcommonground.admin.password=one-time-crash-secret",
                "-Dcommonground.scheduler.tick-seconds=1", "-Dcommonground.scheduler.lease-seconds=15",
                "-Dcommonground.notifications.daily-hour=0", "-Dcommonground.identity.link-seconds=60",
                "-Dcommonground.notifications.people-per-batch=" + PEOPLE_PER_BATCH,
                "-Dcommonground.it.pause-daily-run=" + pauseDailyRun,
                "-jar", System.getProperty("commonground.it.micro"),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster", "--disablephonehome",
                "--rootdir", run.resolve("payara-root-" + System.nanoTime()).toString());
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The last lines of a server log, for a failure message. */
    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
