package org.commonground.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.commonground.identity.boundary.AccountRegistered;

/** Someone who registers with a join code joins its organisation in the same transaction. */
@ApplicationScoped
public class JoinOnRegistration {

    @Inject
    Memberships memberships;

    void join(@Observes AccountRegistered registered) {
        memberships.joinAs(registered.accountId(), registered.joinCode(), registered.staffGroup());
    }
}
