package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.boundary.OrganisationPeople;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Paging;
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

    public static final int PAGE_SIZE = 50;

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

    @Inject
    @Param(name = "page")
    private String pageNumber;

    /** "name", "email" or "group"; "desc" for the reverse order. */
    @Inject
    @Param(name = "sort")
    private String sortParam;

    @Inject
    @Param(name = "desc")
    private String desc;

    private List<OrganisationPeople.Person> rows;
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

    public List<OrganisationPeople.Person> getRows() {
        if (rows == null) {
            rows = people.page(getOrganisation(), filter(), sort(), isDescending(), getPage() * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    public long getTotal() {
        if (total == null) {
            total = people.count(getOrganisation(), filter());
        }
        return total;
    }

    public boolean isMore() {
        return (long) (getPage() + 1) * PAGE_SIZE < getTotal();
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

    private OrganisationPeople.Sort sort() {
        return switch (getSort()) {
            case "email" -> OrganisationPeople.Sort.EMAIL;
            case "group" -> OrganisationPeople.Sort.GROUP;
            default -> OrganisationPeople.Sort.NAME;
        };
    }

    public String getSort() {
        return sortParam == null ? "name" : sortParam;
    }

    public boolean isDescending() {
        return "true".equals(desc);
    }

    /** The aria-sort value of a column's heading. */
    public String ariaSort(String column) {
        return !sort().name().equalsIgnoreCase(column) ? "none" : isDescending() ? "descending" : "ascending";
    }

    /** The address that sorts by a column: ascending, or reversed when it is already sorted by it ascending. */
    public String sortLink(String column) {
        boolean reverse = sort().name().equalsIgnoreCase(column) && !isDescending();
        return "people.xhtml?" + base() + "&sort=" + column + (reverse ? "&desc=true" : "");
    }

    private String base() {
        return "org=" + encode(getOrg()) + (blank(search) ? "" : "&q=" + encode(search)) + (blank(in) ? "" : "&in=" + encode(in));
    }

    /** The address of this list (organisation, search, filter, sort and page). */
    public String query() {
        return base() + (sortParam == null ? "" : "&sort=" + encode(sortParam)) + (isDescending() ? "&desc=true" : "")
                + (getPage() == 0 ? "" : "&page=" + getPage());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public int getPage() {
        return Paging.page(pageNumber);
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
