package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.commonground.it.Waits;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two nodes starting together on one database (two connections, the platform's
 * migrations): the second waits for the first's start-up work, then finds it done.
 */
class StartupLockTest {

    private JdbcDataSource ds;
    private Connection keeper;
    private final ExecutorService second = Executors.newSingleThreadExecutor();

    @BeforeEach
    void database() throws SQLException {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:startup-" + System.nanoTime() + ";LOCK_TIMEOUT=60000");
        ds.setUser("sa");
        keeper = ds.getConnection();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    @AfterEach
    void close() throws SQLException {
        second.shutdownNow();
        keeper.close();
    }

    @Test
    void aNodeStartingMeanwhileWaitsForTheFirstAndThenFindsTheOnceOnlyWorkDone() throws Exception {
        StartupLock lock = new StartupLock(ds);
        StartupLock.Held first = lock.take("first", Instant.now());
        assertThat(createAdministratorUnlessThereIsOne("first")).isTrue();

        Future<Boolean> secondNode = second.submit(() -> {
            try (StartupLock.Held held = lock.take("second", Instant.now())) {
                return createAdministratorUnlessThereIsOne("second");
            }
        });
        Waits.until(() -> count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL"),
                waiting -> waiting == 1);
        assertThat(secondNode).isNotDone();

        first.close();

        assertThat(secondNode.get(30, TimeUnit.SECONDS)).as("the second node created an administrator too").isFalse();
        assertThat(count("SELECT COUNT(*) FROM account")).isEqualTo(1);
        assertThat(count("SELECT starts FROM startup_lock")).isEqualTo(2);
    }

    @Test
    void closingTwiceIsHarmlessAndTheLockCanBeTakenAgain() throws Exception {
        StartupLock lock = new StartupLock(ds);
        StartupLock.Held held = lock.take("one", Instant.now());
        held.close();
        held.close();
        try (StartupLock.Held again = lock.take("two", Instant.now())) {
            assertThat(count("SELECT COUNT(*) FROM startup_lock WHERE holder = 'two'")).as("not committed yet").isZero();
        }
        assertThat(count("SELECT COUNT(*) FROM startup_lock WHERE holder = 'two' AND starts = 2")).isEqualTo(1);
    }

    /** The shape of every once-only start-up step: check, then insert. */
    private boolean createAdministratorUnlessThereIsOne(String by) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM account")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    return false;
                }
            }
            s.executeUpdate("INSERT INTO account (id, version, email, email_key, display_name, password_hash,"
                    + " must_change_password, disabled, created_at) VALUES (NEXT VALUE FOR cg_id_seq, 0, '" + by
                    + "@example.org', '" + by + "@example.org', 'Admin', 'x', TRUE, FALSE, CURRENT_TIMESTAMP)");
            return true;
        }
    }

    private long count(String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
