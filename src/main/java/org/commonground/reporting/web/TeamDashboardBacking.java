package org.commonground.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.reporting.boundary.TeamDashboard;
import org.omnifaces.cdi.Param;

/** A team's completion grid, filtered by module and status. */
@Named
@RequestScoped
public class TeamDashboardBacking {

    @Inject
    TeamDashboard dashboard;

    @Inject
    @Param(name = "team")
    String team;

    @Inject
    @Param(name = "module")
    String module;

    @Inject
    @Param(name = "status")
    String status;

    private TeamDashboard.View view;

    public void load() {
        getView();
    }

    public TeamDashboard.View getView() {
        if (view == null) {
            view = dashboard.view(team, module, status);
        }
        return view;
    }

    /** Bars for the chart of completions per month: height in percent of the busiest month. */
    public long height(long completions) {
        long max = getView().history().stream().mapToLong(TeamDashboard.Monthly::completions).max().orElse(1);
        return Math.max(4, completions * 100 / Math.max(1, max));
    }

    public String getTeam() {
        return team;
    }

    public String getModule() {
        return module == null ? "" : module;
    }

    public String getStatus() {
        return status == null ? "" : status;
    }
}
