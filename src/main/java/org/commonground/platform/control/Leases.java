package org.commonground.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Leases on background jobs, one row per job in {@code job_lease}: a node takes a job's
 * lease with one atomic UPDATE that succeeds only when the lease has expired or is its
 * own, so a job runs on one node at a time; a node that dies leaves a lease that
 * expires. A job with a period (a day, a week) is taken only while that period has not
 * been finished. Plain JDBC, outside any transaction, so that each statement commits at
 * once and any process on the same database (another node, another JVM) competes fairly.
 */
public final class Leases {

    private final DataSource dataSource;

    public Leases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Makes the job's row if there is none (safe when several nodes start together). */
    public void register(String job) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            if (exists(c, job)) {
                return;
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO job_lease (job, runs) VALUES (?, 0)")) {
                insert.setString(1, job);
                insert.executeUpdate();
                SqlStatements.sentDirectly();
            } catch (SQLException raced) {
                if (!exists(c, job)) {
                    throw raced;
                }
            }
        }
    }

    private static boolean exists(Connection c, String job) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM job_lease WHERE job = ?")) {
            select.setString(1, job);
            SqlStatements.sentDirectly();
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** One job's lease as administrators see it. */
    public record State(String job, String holder, Instant leaseUntil, String lastPeriod, Instant lastRunAt, long runs) {
    }

    /** Every job's lease, by name. */
    public java.util.List<State> states() throws SQLException {
        java.util.List<State> states = new java.util.ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT job, holder, lease_until, last_period, last_run_at, runs FROM job_lease ORDER BY job");
                ResultSet rs = select.executeQuery()) {
            SqlStatements.sentDirectly();
            while (rs.next()) {
                states.add(new State(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)), rs.getString(4),
                        instant(rs.getTimestamp(5)), rs.getLong(6)));
            }
        }
        return states;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * Takes the job's lease for {@code holder} until {@code now + length}, if it is free
     * (expired, never taken, or already this holder's) and, when {@code period} is not
     * null, that period is not finished yet.
     */
    public Optional<Lease> take(String job, String holder, Instant now, Duration length, String period) throws SQLException {
        return take(job, holder, now, length, period, period != null);
    }

    /** Takes the lease as {@link #take} does, even if the period is finished (a run on demand). */
    public Optional<Lease> takeAgain(String job, String holder, Instant now, Duration length, String period) throws SQLException {
        return take(job, holder, now, length, period, false);
    }

    private Optional<Lease> take(String job, String holder, Instant now, Duration length, String period, boolean oncePerPeriod)
            throws SQLException {
        String sql = "UPDATE job_lease SET holder = ?, lease_until = ? WHERE job = ?"
                + " AND (lease_until IS NULL OR lease_until < ? OR holder = ?)"
                + (oncePerPeriod ? " AND (last_period IS NULL OR last_period <> ?)" : "");
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
            update.setString(1, holder);
            update.setTimestamp(2, Timestamp.from(now.plus(length)));
            update.setString(3, job);
            update.setTimestamp(4, Timestamp.from(now));
            update.setString(5, holder);
            if (oncePerPeriod) {
                update.setString(6, period);
            }
            SqlStatements.sentDirectly();
            return update.executeUpdate() == 1 ? Optional.of(new Lease(job, holder, length, period)) : Optional.empty();
        }
    }

    /** A lease held: renew it while working, finish it when done. */
    public final class Lease {

        private final String job;
        private final String holder;
        private final Duration length;
        private final String period;

        Lease(String job, String holder, Duration length, String period) {
            this.job = job;
            this.holder = holder;
            this.length = length;
            this.period = period;
        }

        public String job() {
            return job;
        }

        public String period() {
            return period;
        }

        /** Extends the lease from {@code now}; false if another holder has it now (stop working). */
        public boolean renew(Instant now) throws SQLException {
            return update("UPDATE job_lease SET lease_until = ? WHERE job = ? AND holder = ?", Timestamp.from(now.plus(length)));
        }

        /** Releases the lease, recording the period as finished. */
        public boolean finish(Instant now) throws SQLException {
            try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                    "UPDATE job_lease SET lease_until = NULL, last_period = ?, last_run_at = ?, runs = runs + 1"
                            + " WHERE job = ? AND holder = ?")) {
                update.setString(1, period);
                update.setTimestamp(2, Timestamp.from(now));
                update.setString(3, job);
                update.setString(4, holder);
                SqlStatements.sentDirectly();
                return update.executeUpdate() == 1;
            }
        }

        /** Releases the lease without finishing the period (the job failed; another tick tries again). */
        public void abandon() throws SQLException {
            update("UPDATE job_lease SET lease_until = NULL WHERE job = ? AND holder = ?", null);
        }

        private boolean update(String sql, Timestamp until) throws SQLException {
            try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(sql)) {
                int i = 1;
                if (until != null) {
                    update.setTimestamp(i++, until);
                }
                update.setString(i++, job);
                update.setString(i, holder);
                SqlStatements.sentDirectly();
                return update.executeUpdate() == 1;
            }
        }
    }
}
