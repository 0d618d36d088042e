package org.commonground.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.sessions.Session;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

    @Test
    void aBrokenReadIsTriedOnceMoreAtOnceInsteadOfThreeTimesFiveSecondsApart() {
        Session session = new Project(new DatabaseLogin()).createDatabaseSession();
        DatabaseLogin login = (DatabaseLogin) session.getDatasourceLogin();
        assertThat(login.getDelayBetweenConnectionAttempts()).as("EclipseLink's own default").isEqualTo(5000);

        new ReconnectPolicy().customize(session);

        assertThat(login.getQueryRetryAttemptCount()).isEqualTo(1);
        assertThat(login.getDelayBetweenConnectionAttempts()).isZero();
    }
}
