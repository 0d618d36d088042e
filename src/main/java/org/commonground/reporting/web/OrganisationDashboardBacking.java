package org.commonground.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.reporting.boundary.OrganisationDashboard;
import org.commonground.reporting.boundary.PersonRecord;
import org.omnifaces.cdi.Param;

/** An organisation's completion by team, module and staff group; and one person's record for their manager. */
@Named
@RequestScoped
public class OrganisationDashboardBacking {

    @Inject
    OrganisationDashboard dashboard;

    @Inject
    PersonRecord personRecord;

    @Inject
    @Param(name = "org")
    String org;

    @Inject
    @Param(name = "membership")
    String membership;

    private OrganisationDashboard.View view;
    private PersonRecord.View person;

    public void load() {
        getView();
    }

    public OrganisationDashboard.View getView() {
        if (view == null) {
            view = dashboard.view(org);
        }
        return view;
    }

    public void loadPerson() {
        getPerson();
    }

    public PersonRecord.View getPerson() {
        if (person == null) {
            long id;
            try {
                id = Long.parseLong(membership == null ? "" : membership);
            } catch (NumberFormatException e) {
                id = -1;
            }
            person = personRecord.of(id);
        }
        return person;
    }

    public String getOrg() {
        return org;
    }
}
