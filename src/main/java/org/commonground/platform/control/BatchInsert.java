package org.commonground.platform.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.sessions.Session;

/**
 * Inserts many rows of one entity's table with JDBC batches (one statement per 500
 * rows) in the entity manager's transaction, each row with an identity from the
 * entities' own sequence: for jobs that make hundreds of thousands of rows, where one
 * statement per row was most of their time. Rows so made are not in the persistence
 * context; read them with a query.
 */
public final class BatchInsert {

    static final int ROWS_PER_STATEMENT = 500;

    private BatchInsert() {
    }

    /** Puts one row's values into the statement; the identity is parameter 1. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement insert, T row) throws SQLException;
    }

    /** Inserts the rows with {@code sql} (its first parameter the identity); answers their identities, in order. */
    public static <T> List<Long> insert(EntityManager em, Class<?> entity, String sql, List<T> rows, Binder<T> binder) {
        List<Long> ids = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return ids;
        }
        Session session = em.unwrap(Session.class);
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int waiting = 0;
            for (T row : rows) {
                long id = ((Number) session.getNextSequenceNumberValue(entity)).longValue();
                insert.setLong(1, id);
                binder.bind(insert, row);
                insert.addBatch();
                ids.add(id);
                if (++waiting == ROWS_PER_STATEMENT) {
                    send(insert);
                    waiting = 0;
                }
            }
            if (waiting > 0) {
                send(insert);
            }
        } catch (SQLException e) {
            // A unique key another node stored at the same moment, for one: the transaction rolls back.
            throw new IllegalStateException("rows were not stored: " + e.getMessage(), e);
        }
        return ids;
    }

    private static void send(PreparedStatement batch) throws SQLException {
        batch.executeBatch();
        SqlStatements.sentDirectly();
    }
}
