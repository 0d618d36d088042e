package org.commonground.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;

/**
 * One competitor for the leases in {@link LeasesTest}, run as its own JVM: for each of
 * the periods, it ticks until the period is finished (by it or another), and when it
 * takes the lease it makes that period's messages the way the platform's jobs do (the
 * keys that are not stored yet, in one transaction). With {@code die} it takes the
 * first period's lease, makes half of its messages and exits without finishing, as a
 * node that stops mid-run.
 */
public final class LeaseRunner {

    static final int PEOPLE = 40;

    private LeaseRunner() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String name = args[1];
        int periods = Integer.parseInt(args[2]);
        boolean die = args.length > 3 && args[3].equals("die");
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        ds.setPassword("");
        Leases leases = new Leases(ds);
        leases.register("test-job");
        Duration length = Duration.ofSeconds(2);
        if (die) {
            Leases.Lease lease = leases.take("test-job", name, Instant.now(), length, "p1").orElseThrow();
            make(ds, lease.period(), name, PEOPLE / 2);
            System.exit(0);
        }
        Instant deadline = Instant.now().plusSeconds(60);
        for (int p = 1; p <= periods; p++) {
            String period = "p" + p;
            while (!finished(ds, period)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(name + " could not finish " + period);
                }
                Optional<Leases.Lease> lease = leases.take("test-job", name, Instant.now(), length, period);
                if (lease.isPresent()) {
                    make(ds, period, name, PEOPLE);
                    lease.get().finish(Instant.now());
                } else {
                    Thread.onSpinWait();
                }
            }
        }
    }

    /** Whether this period (or a later one) was finished: periods here run in order. */
    private static boolean finished(JdbcDataSource ds, String period) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT last_period FROM job_lease WHERE job = 'test-job'"); ResultSet rs = s.executeQuery()) {
            rs.next();
            String last = rs.getString(1);
            return last != null && Integer.parseInt(last.substring(1)) >= Integer.parseInt(period.substring(1));
        }
    }

    /** The period's messages to the first {@code count} people that are not stored yet, in one transaction. */
    static void make(JdbcDataSource ds, String period, String maker, int count) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            for (int person = 0; person < count; person++) {
                String key = "TEST:" + period + ":" + person;
                try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM notification WHERE dedupe_key = ?")) {
                    exists.setString(1, key);
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            continue;
                        }
                    }
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO notification (id, version, account_id, kind,"
                        + " dedupe_key, subject, body, created_at, email_due) VALUES (NEXT VALUE FOR cg_id_seq, 0, 1, 'DUE_SOON',"
                        + " ?, ?, 'test', ?, FALSE)")) {
                    insert.setString(1, key);
                    insert.setString(2, maker);
                    insert.setTimestamp(3, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
            }
            c.commit();
        }
    }
}
