package org.commonground.content.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.commonground.content.control.ContentReleases.Decision;
import org.commonground.content.control.ContentReleases.Verdict;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nodes with different builds of the library: release 1 (the repository's library) and
 * release 2 (the same with one unit changed), read from two content folders in turn, on
 * one database with the platform's migrations.
 */
class ContentReleasesTest {

    @TempDir
    Path dir;

    private JdbcDataSource ds;
    private Connection keeper;
    private ContentReleases releases;
    private String release1;
    private String release2;
    private final Instant t0 = Instant.parse("2026-12-03T09:00:00Z");

    @BeforeEach
    void twoReleases() throws SQLException, IOException {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:releases-" + System.nanoTime());
        ds.setUser("sa");
        keeper = ds.getConnection();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        releases = new ContentReleases(ds);

        Path old = copyOfTheLibrary(dir.resolve("release-1"));
        Path upgraded = copyOfTheLibrary(dir.resolve("release-2"));
        try (Stream<Path> units = Files.walk(upgraded.resolve("content/units"))) {
            Path unit = units.filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
            Files.writeString(unit, Files.readString(unit) + "\nA sentence added in release 2.\n");
        }
        release1 = fingerprint(old);
        release2 = fingerprint(upgraded);
    }

    @AfterEach
    void close() throws SQLException {
        keeper.close();
    }

    @Test
    void anOldNodeRestartedBesideAnUpgradedOneDoesNotPublishItsOlderFiles() throws SQLException {
        assertThat(releases.offer(release1, "node 1", t0, false).verdict()).isEqualTo(Verdict.NEW);
        assertThat(releases.offer(release2, "node 2", t0.plusSeconds(60), false).verdict()).isEqualTo(Verdict.NEW);

        Decision oldNode = releases.offer(release1, "node 1", t0.plusSeconds(120), false);

        assertThat(oldNode.verdict()).isEqualTo(Verdict.OLDER_REFUSED);
        assertThat(oldNode.publish()).isFalse();
        assertThat(oldNode.newestBefore().orElseThrow().fingerprint()).isEqualTo(release2);
        assertThat(oldNode.release().firstLoadedAt()).isEqualTo(t0);
        assertThat(releases.offer(release2, "node 2", t0.plusSeconds(180), false).verdict())
                .as("the upgraded node still has the newest").isEqualTo(Verdict.CURRENT);
    }

    @Test
    void theSameReleaseOnEveryNodeIsCurrentAndPublishable() throws SQLException {
        releases.offer(release1, "node 1", t0, false);

        Decision again = releases.offer(release1, "node 2", t0.plusSeconds(5), false);

        assertThat(again.verdict()).isEqualTo(Verdict.CURRENT);
        assertThat(again.publish()).isTrue();
        assertThat(again.release().number()).isEqualTo(1);
    }

    @Test
    void goingBackOnPurposeMakesTheOlderReleaseTheNewestAndTheLaterOneOlder() throws SQLException {
        releases.offer(release1, "node 1", t0, false);
        releases.offer(release2, "node 2", t0.plusSeconds(60), false);

        Decision rollback = releases.offer(release1, "administrator", t0.plusSeconds(120), true);

        assertThat(rollback.verdict()).isEqualTo(Verdict.OLDER_ACCEPTED);
        assertThat(rollback.release().number()).isEqualTo(3);
        assertThat(releases.offer(release2, "node 2", t0.plusSeconds(180), false).verdict()).isEqualTo(Verdict.OLDER_REFUSED);
    }

    private Path copyOfTheLibrary(Path target) throws IOException {
        for (String top : new String[] {"content", "modules"}) {
            Path from = Path.of(top);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(from.getParent() == null ? file.toString() : from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return target;
    }

    private static String fingerprint(Path library) {
        return Fingerprint.of(new TreeMap<>(ContentDirectory.read(library)));
    }
}
