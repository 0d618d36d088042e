package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.omnifaces.cdi.Param;

/**
 * The organisation an organisation page is about ({@code org} in its address), opened
 * once per request with the check that the caller manages the whole organisation, and
 * its teams. The organisation's pages share it, so they open and check it the same way.
 */
@RequestScoped
public class OrganisationOfPage {

    @Inject
    Organisations organisations;

    @Inject
    @Param(name = "org")
    String org;

    private Organisation organisation;
    private List<Team> teams;

    /** The uuid from the address, as given. */
    public String uuid() {
        return org;
    }

    /** The organisation; refused (403, 404) unless the caller manages it. */
    public Organisation get() {
        if (organisation == null) {
            organisation = organisations.open(org);
        }
        return organisation;
    }

    public List<Team> teams() {
        if (teams == null) {
            teams = organisations.teams(get());
        }
        return teams;
    }
}
