package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.boundary.OrganisationPeople;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.LazyRows;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/**
 * The organisation's people and their teams: find people (or those in no team), tick one or
 * many, and put them in a team or move them there. The filter comes from the address, so the
 * rows are the same in every phase of a postback (as on the organisation page).
 */
@Named
@RequestScoped
public class OrganisationPeopleBacking {

    @Inject
    OrganisationOfPage page;

    @Inject
    OrganisationPeople people;

    @Inject
    Memberships memberships;

    @Inject
    @Param(name = "q")
    private String search;

    /** "none" for people in no team, a team's uuid for its people, empty for everyone. */
    @Inject
    @Param(name = "in")
    private String in;

    private LazyRows<OrganisationPeople.Person> rows;
    private Long total;
    private String team;

    public void load() {
        getOrganisation();
    }

    public Organisation getOrganisation() {
        return page.get();
    }

    public List<Team> getTeams() {
        return page.teams();
    }

    private OrganisationPeople.Filter filter() {
        boolean none = "none".equals(in);
        return new OrganisationPeople.Filter(search, none, none ? null : in);
    }

    /** The table's rows, a page at a time from the database: the address's filter, then the table's own sort and column filters. */
    public LazyRows<OrganisationPeople.Person> getRows() {
        if (rows == null) {
            OrganisationPeople.Filter base = filter();
            rows = new LazyRows<>(Set.of("name", "email", "group", "team"),
                    columns -> people.count(getOrganisation(), withColumns(base, columns)),
                    request -> people.page(getOrganisation(), withColumns(base, request.filters()),
                            OrganisationPeople.Sort.orName(request.sort()), request.descending(), request.first(), request.max()));
        }
        return rows;
    }

    private static OrganisationPeople.Filter withColumns(OrganisationPeople.Filter base, Map<String, String> columns) {
        return new OrganisationPeople.Filter(base.search(), base.noTeam(), base.teamUuid(), columns);
    }

    /** How many people the address's filter finds (before the table's column filters). */
    public long getTotal() {
        if (total == null) {
            total = people.count(getOrganisation(), filter());
        }
        return total;
    }

    public void put() {
        place(false);
    }

    public void move() {
        place(true);
    }

    private void place(boolean moving) {
        String[] picked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap().get("pick");
        try {
            // Only people listed on this page can be ticked; anything else in the request is refused by the boundary.
            List<Long> ids = picked == null ? List.of() : Arrays.stream(picked).map(Long::valueOf).toList();
            int count = memberships.placeInTeam(ids, team, moving);
            Messages.info(moving ? "organisation.place.moved" : "organisation.place.put", count);
            Redirect.to("/organisation/people.xhtml?" + query());
        } catch (NumberFormatException e) {
            Messages.error(null, "organisation.place.choosePeople");
        } catch (BusinessException problem) {
            Messages.error("place", problem);
        }
    }

    /** The address of this list (organisation, search and filter). */
    public String query() {
        return "org=" + encode(getOrg()) + (blank(search) ? "" : "&q=" + encode(search)) + (blank(in) ? "" : "&in=" + encode(in));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getOrg() {
        return page.uuid();
    }

    public String getSearch() {
        return search == null ? "" : search;
    }

    public String getIn() {
        return in == null ? "" : in;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
