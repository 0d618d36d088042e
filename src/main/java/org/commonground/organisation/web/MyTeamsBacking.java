package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.organisation.boundary.ManagerScopes;
import org.commonground.organisation.entity.ManagerScope;

/** "My teams": what the signed-in manager manages. */
@Named
@RequestScoped
public class MyTeamsBacking {

    @Inject
    ManagerScopes managerScopes;

    private List<ManagerScope> scopes;

    public List<ManagerScope> getScopes() {
        if (scopes == null) {
            scopes = managerScopes.mine();
        }
        return scopes;
    }
}
