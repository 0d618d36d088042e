package org.commonground.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * One node at a time does the start-up work that must happen once. Taking the lock
 * updates the one row of {@code startup_lock} in a transaction that stays open until
 * {@link Held#close()}: the database makes every other node's update wait until then
 * (PostgreSQL waits as long as it takes; H2 as long as its {@code LOCK_TIMEOUT}).
 * A node killed while holding it drops its connection and with it the lock, so no
 * lease has to expire. Plain JDBC on a connection of its own, outside any JTA
 * transaction, because the work in between commits in transactions of its own.
 */
public final class StartupLock {

    private final DataSource dataSource;

    public StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waits until no other node holds the lock, then holds it until the result is closed. */
    public Held take(String holder, Instant now) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(false);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE startup_lock SET holder = ?, taken_at = ?, starts = starts + 1 WHERE name = 'startup'")) {
                update.setString(1, holder);
                update.setTimestamp(2, Timestamp.from(now));
                SqlStatements.sentDirectly();
                if (update.executeUpdate() != 1) {
                    throw new SQLException("The startup_lock row is missing: the schema is not at the expected version");
                }
            }
            return new Held(c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
    }

    private static void closeQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
            c.setAutoCommit(true);
            c.close();
        } catch (SQLException closing) {
            cause.addSuppressed(closing);
        }
    }

    /** The lock while held: closing commits, which lets the next node in. */
    public static final class Held implements AutoCloseable {

        private Connection connection;

        Held(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() throws SQLException {
            if (connection == null) {
                return;
            }
            Connection c = connection;
            connection = null;
            try {
                c.commit();
                c.setAutoCommit(true);
            } finally {
                c.close();
            }
        }
    }
}
