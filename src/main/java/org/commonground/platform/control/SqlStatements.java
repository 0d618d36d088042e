package org.commonground.platform.control;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, per thread, so a request can report
 * how many it needed (see {@code SqlCountFilter}). Registered in persistence.xml.
 */
public class SqlStatements extends SessionEventAdapter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    @Override
    public void preExecuteCall(SessionEvent event) {
        COUNT.get()[0]++;
    }

    /** Counts a statement sent with plain JDBC, which EclipseLink does not see. */
    public static void sentDirectly() {
        COUNT.get()[0]++;
    }

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }
}
