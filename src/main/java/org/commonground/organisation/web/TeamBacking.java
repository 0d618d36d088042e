package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.boundary.OrganisationPeople;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.LazyRows;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/**
 * A team's page for its managers: who is in it now, a page at a time (sorted and filtered by the
 * database, as on the organisation's people list); a leaver's membership can be ended.
 */
@Named
@RequestScoped
public class TeamBacking {

    @Inject
    Organisations organisations;

    @Inject
    Memberships memberships;

    @Inject
    OrganisationPeople people;

    @Inject
    @Param(name = "team")
    private String team;
    private Team loaded;
    private List<Organisations.Member> members;
    private LazyRows<OrganisationPeople.Person> rows;

    public void load() {
        getTeamEntity();
    }

    public Team getTeamEntity() {
        if (loaded == null) {
            loaded = organisations.openTeam(team);
        }
        return loaded;
    }

    public List<Organisations.Member> getMembers() {
        if (members == null) {
            members = organisations.teamMembers(getTeamEntity());
        }
        return members;
    }

    /** The members' table, a page at a time from the database. */
    public LazyRows<OrganisationPeople.Person> getRows() {
        if (rows == null) {
            rows = new LazyRows<>(Set.of("name", "email", "group"),
                    columns -> people.teamCount(getTeamEntity(), columns),
                    request -> people.teamPage(getTeamEntity(), request.filters(), OrganisationPeople.Sort.orName(request.sort()),
                            request.descending(), request.first(), request.max()));
        }
        return rows;
    }

    /** "Has left" on a row: the row's membership comes with the button (what the manager saw), not from the row's position. */
    public void endMembership() {
        try {
            memberships.end(Long.parseLong(String.valueOf(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestParameterMap().get("membership"))));
            Messages.info("organisation.membership.ended");
            Redirect.to("/organisation/team.xhtml?team=" + team);
        } catch (NumberFormatException e) {
            Messages.error(null, "organisation.membership.notFound");
        } catch (BusinessException problem) {
            Messages.error(null, problem);
        }
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
