package org.commonground.authoring.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.commonground.authoring.boundary.EditConflict;
import org.commonground.platform.web.Dates;
import org.commonground.platform.web.Messages;

/** Says who changed an item since the trainer opened it, and when, in the deployment's time zone. */
@ApplicationScoped
public class Conflicts {

    @Inject
    Dates dates;

    public void show(EditConflict conflict) {
        Messages.error(null, "authoring.changed", conflict.changedBy(), dates.clock(conflict.changedAt()));
    }
}
