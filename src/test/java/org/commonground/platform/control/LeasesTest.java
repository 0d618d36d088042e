package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leases with real competitors: separate JVMs ({@link LeaseRunner}) on one H2 file
 * database (the platform's migrations, H2's AUTO_SERVER so several processes share it).
 */
class LeasesTest {

    @TempDir
    Path dir;

    private String url;
    private JdbcDataSource ds;
    /** Held open for the test: this JVM serves the database, the runners connect to it (AUTO_SERVER). */
    private Connection keeper;

    @BeforeEach
    void database() throws SQLException {
        url = "jdbc:h2:file:" + dir.resolve("leases") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        keeper = ds.getConnection();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO account (id, version, email, email_key, display_name, password_hash,"
                    + " must_change_password, disabled, created_at) VALUES (1, 0, 'a@example.org', 'a@example.org', 'A', 'x',"
                    + " FALSE, FALSE, CURRENT_TIMESTAMP)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        keeper.close();
    }

    @Test
    void twoJvmsCompetingForTheLeaseMakeEachMessageOnceAndEachPeriodOnOneOfThem() throws Exception {
        int periods = 6;
        List<Process> runners = new ArrayList<>();
        for (String name : List.of("left", "right")) {
            runners.add(jvm(name, Integer.toString(periods)));
        }
        for (Process p : runners) {
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes())).isZero();
        }
        Map<String, List<String>> makersByPeriod = makers();
        assertThat(count("SELECT COUNT(*) FROM notification")).isEqualTo(periods * LeaseRunner.PEOPLE);
        assertThat(count("SELECT COUNT(DISTINCT dedupe_key) FROM notification")).isEqualTo(periods * LeaseRunner.PEOPLE);
        makersByPeriod.forEach((period, makers) -> assertThat(makers).as("who made " + period).hasSize(1));
        assertThat(count("SELECT runs FROM job_lease WHERE job = 'test-job'")).as("each period finished once").isEqualTo(periods);
    }

    @Test
    void aJvmThatDiesHoldingTheLeaseLeavesTheRestToAnotherOnceItExpires() throws Exception {
        Process dying = jvm("dying", "1", "die");
        assertThat(dying.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM notification")).isEqualTo(LeaseRunner.PEOPLE / 2);
        Process survivor = jvm("survivor", "1");
        assertThat(survivor.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(survivor.exitValue()).as(new String(survivor.getErrorStream().readAllBytes())).isZero();
        assertThat(count("SELECT COUNT(*) FROM notification")).isEqualTo(LeaseRunner.PEOPLE);
        assertThat(count("SELECT COUNT(*) FROM notification WHERE subject = 'survivor'")).isEqualTo(LeaseRunner.PEOPLE / 2);
    }

    private Process jvm(String... args) throws java.io.IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), LeaseRunner.class.getName(),
                url));
        command.addAll(List.of(args));
        File log = Files.createTempFile(dir, "runner", ".log").toFile();
        return new ProcessBuilder(command).redirectOutput(log).start();
    }

    private Map<String, List<String>> makers() throws SQLException {
        Map<String, List<String>> makers = new HashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DISTINCT SUBSTRING(dedupe_key, 6, 2), subject FROM notification")) {
            while (rs.next()) {
                makers.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return makers;
    }

    private long count(String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
