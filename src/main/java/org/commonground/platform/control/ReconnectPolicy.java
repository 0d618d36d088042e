package org.commonground.platform.control;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * What EclipseLink does when a read fails because the database connection broke: try
 * once more, at once, on a fresh connection from the pool (which hands out only
 * connections that answer, see {@link Database}). Its default, three more tries five
 * seconds apart, held every page for 10-15 s while the database was down, and gave
 * nothing back: a database that is down for one try is down for the next.
 * Registered in persistence.xml ({@code eclipselink.session.customizer}).
 */
public class ReconnectPolicy implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(1);
            login.setDelayBetweenConnectionAttempts(0);
        }
    }
}
