package org.commonground.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The suite's node did its start-up work under the start-up lock, recorded its content
 * library as a release, and says ready only after all of it.
 */
abstract class NodeStartChecks {

    @Test
    void readinessIncludesTheFinishedStartUpWork() {
        WebClient.Page health = new WebClient().get(Server.serverUri("/health/ready"));

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().replace(" ", "")).contains("\"name\":\"start-up\",\"status\":\"UP\"");
    }

    @Test
    void theNodeTookTheStartUpLockAndRecordedItsContentRelease() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("commonground.it.db.url"),
                System.getProperty("commonground.it.db.user"), System.getProperty("commonground.it.db.password"));
                Statement s = c.createStatement()) {
            try (ResultSet lock = s.executeQuery("SELECT holder, starts FROM startup_lock WHERE name = 'startup'")) {
                assertThat(lock.next()).isTrue();
                assertThat(lock.getString(1)).as("the node that went last").matches(".+/\\d+");
                assertThat(lock.getLong(2)).isPositive();
            }
            try (ResultSet release = s.executeQuery("SELECT source, fingerprint FROM content_release"
                    + " WHERE number = (SELECT MAX(number) FROM content_release)")) {
                assertThat(release.next()).isTrue();
                assertThat(release.getString(1)).contains("library");
                assertThat(release.getString(2)).matches("[0-9a-f]{64}");
            }
        }
    }
}
