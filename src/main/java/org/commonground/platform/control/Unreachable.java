package org.commonground.platform.control;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Whether a failure means the database cannot be reached (it is down, restarting, or
 * the pool has no working connection), as opposed to a fault in a request: the first
 * is answered "unavailable for a moment" (503), the second is a 500.
 */
public final class Unreachable {

    /** Payara's pool reports a connection it could not open with this message and no SQL state. */
    private static final String POOL_FAILURE = "Error in allocating a connection";

    private Unreachable() {
    }

    public static boolean database(Throwable thrown) {
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 30; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || sql.getMessage() != null && sql.getMessage().startsWith(POOL_FAILURE))) {
                return true;
            }
            if (t instanceof org.eclipse.persistence.exceptions.DatabaseException database && database.isCommunicationFailure()) {
                return true;
            }
        }
        return false;
    }
}
