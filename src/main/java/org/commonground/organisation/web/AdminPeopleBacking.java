package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.identity.entity.Role;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.boundary.PeopleDirectory;
import org.commonground.platform.web.Paging;

/** Administration: everyone on the platform, searched and filtered, fifty to a page. */
@Named
@RequestScoped
public class AdminPeopleBacking {

    public static final int PAGE_SIZE = 50;

    @Inject
    PeopleDirectory directory;

    @Inject
    Organisations organisations;

    private String q = "";
    private String role = "";
    private String org = "";
    private boolean disabled;
    private int page;
    private List<PeopleDirectory.Row> rows;
    private Long total;

    private PeopleDirectory.Filter filter() {
        Role chosen = null;
        for (Role r : Role.values()) {
            if (r.name().equals(role)) {
                chosen = r;
            }
        }
        return new PeopleDirectory.Filter(q, chosen, org, disabled);
    }

    public List<PeopleDirectory.Row> getRows() {
        if (rows == null) {
            rows = directory.page(filter(), page * PAGE_SIZE, PAGE_SIZE);
        }
        return rows;
    }

    public long getTotal() {
        if (total == null) {
            total = directory.count(filter());
        }
        return total;
    }

    public int getPages() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Organisations.Summary> getOrganisations() {
        return organisations.all();
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? "" : q;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role == null ? "" : role;
    }

    public String getOrg() {
        return org;
    }

    public void setOrg(String org) {
        this.org = org == null ? "" : org;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Paging.page(page);
    }
}
