package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class UnreachableTest {

    @Test
    void payarasPoolFailingToConnectIsTheDatabaseBeingUnreachable() {
        // As seen with PostgreSQL stopped: EclipseLink's exception around the pool's, inside the servlet's.
        SQLException pool = new SQLException("Error in allocating a connection. Cause: Connection could not be allocated",
                new SQLException("Connection to 127.0.0.1:5432 refused.", "08001", new ConnectException("Connection refused")));
        Throwable thrown = new ServletException(new RuntimeException(DatabaseException.sqlException(pool)));

        assertThat(Unreachable.database(thrown)).isTrue();
        assertThat(Unreachable.database(new SQLException("Error in allocating a connection. Cause: pool closed"))).isTrue();
    }

    @Test
    void aConnectionStateOrAConnectionExceptionIsUnreachable() {
        assertThat(Unreachable.database(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(Unreachable.database(new java.sql.SQLTransientConnectionException("timed out"))).isTrue();
    }

    @Test
    void aFaultInTheRequestIsNot() {
        assertThat(Unreachable.database(DatabaseException.sqlException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(Unreachable.database(new IllegalStateException("a bug"))).isFalse();
        assertThat(Unreachable.database(null)).isFalse();
    }

    @Test
    void aCauseThatPointsBackDoesNotLoop() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(Unreachable.database(first)).isFalse();
    }
}
