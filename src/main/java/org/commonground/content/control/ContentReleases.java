package org.commonground.content.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.commonground.platform.control.SqlStatements;

/**
 * The order in which content libraries were published ({@code content_release}), so that
 * nodes with different builds do not republish each other's files at every restart. A
 * library is known by its fingerprint; the newest one published has the highest number.
 * A library seen before and since replaced is older: at start-up it is refused. A library
 * never seen is taken as the newest (the fingerprints alone cannot order two libraries
 * that were never published; an upgrade publishes its library first, and the older
 * library was, by then, already published). Plain JDBC in a transaction of its own;
 * nodes take turns at start-up (the start-up lock), and the unique number and
 * fingerprint refuse whatever else races.
 */
public final class ContentReleases {

    /** What became of a library offered for publishing. */
    public enum Verdict {
        /** Never seen: now the newest. */
        NEW,
        /** The newest already. */
        CURRENT,
        /** Seen before and replaced since: not published again. */
        OLDER_REFUSED,
        /** Seen before and replaced since, published again on purpose: now the newest. */
        OLDER_ACCEPTED
    }

    /** A published library. */
    public record Release(int number, String fingerprint, String source, Instant firstLoadedAt) {
    }

    /** The verdict, the library's release after it, and the newest release before it. */
    public record Decision(Verdict verdict, Release release, Optional<Release> newestBefore) {

        public boolean publish() {
            return verdict != Verdict.OLDER_REFUSED;
        }
    }

    private final DataSource dataSource;

    public ContentReleases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Offers a library for publishing: refused when it is older than the newest published,
     * unless {@code olderAllowed} (an administrator's deliberate reading of the files).
     */
    public Decision offer(String fingerprint, String source, Instant now, boolean olderAllowed) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Decision decision = decide(c, fingerprint, source, now, olderAllowed);
                c.commit();
                return decision;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static Decision decide(Connection c, String fingerprint, String source, Instant now, boolean olderAllowed)
            throws SQLException {
        Optional<Release> newest = newest(c);
        Optional<Release> known = byFingerprint(c, fingerprint);
        int next = newest.map(r -> r.number() + 1).orElse(1);
        if (known.isEmpty()) {
            update(c, "INSERT INTO content_release (number, fingerprint, source, first_loaded_at, last_loaded_at)"
                    + " VALUES (?, ?, ?, ?, ?)", next, fingerprint, clip(source), Timestamp.from(now), Timestamp.from(now));
            return new Decision(Verdict.NEW, new Release(next, fingerprint, source, now), newest);
        }
        Release release = known.get();
        if (release.number() == newest.orElseThrow().number()) {
            update(c, "UPDATE content_release SET last_loaded_at = ? WHERE number = ?", Timestamp.from(now), release.number());
            return new Decision(Verdict.CURRENT, release, newest);
        }
        if (!olderAllowed) {
            return new Decision(Verdict.OLDER_REFUSED, release, newest);
        }
        update(c, "UPDATE content_release SET number = ?, last_loaded_at = ? WHERE number = ?", next, Timestamp.from(now),
                release.number());
        return new Decision(Verdict.OLDER_ACCEPTED, new Release(next, fingerprint, release.source(), release.firstLoadedAt()),
                newest);
    }

    private static Optional<Release> newest(Connection c) throws SQLException {
        return one(c, "SELECT number, fingerprint, source, first_loaded_at FROM content_release"
                + " WHERE number = (SELECT MAX(number) FROM content_release)", null);
    }

    private static Optional<Release> byFingerprint(Connection c, String fingerprint) throws SQLException {
        return one(c, "SELECT number, fingerprint, source, first_loaded_at FROM content_release WHERE fingerprint = ?",
                fingerprint);
    }

    private static Optional<Release> one(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            SqlStatements.sentDirectly();
            try (ResultSet rs = select.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Release(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                        : Optional.empty();
            }
        }
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                update.setObject(i + 1, parameters[i]);
            }
            SqlStatements.sentDirectly();
            update.executeUpdate();
        }
    }

    private static String clip(String source) {
        return source.length() <= 500 ? source : source.substring(0, 500);
    }
}
