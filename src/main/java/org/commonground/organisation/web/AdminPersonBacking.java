package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.commonground.authoring.boundary.Authors;
import org.commonground.authoring.boundary.Catalogue;
import org.commonground.identity.boundary.Accounts;
import org.commonground.identity.boundary.Audit;
import org.commonground.identity.boundary.Caller;
import org.commonground.identity.boundary.Roles;
import org.commonground.identity.entity.Account;
import org.commonground.identity.entity.Role;
import org.commonground.organisation.boundary.ManagerScopes;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.entity.ManagerScope;
import org.commonground.organisation.entity.Membership;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/** Administration: one person's account, roles, membership and the audit about them. */
@Named
@RequestScoped
public class AdminPersonBacking {

    @Inject
    Accounts accounts;

    @Inject
    Roles roles;

    @Inject
    Memberships memberships;

    @Inject
    ManagerScopes managerScopes;

    @Inject
    Audit audit;

    @Inject
    Caller caller;

    @Inject
    Authors authors;

    @Inject
    Catalogue catalogue;

    private String module;
    private List<Catalogue.Row> catalogueRows;

    /** From the address (also on postbacks: the forms post back to it), so it is known in every phase. */
    @Inject
    @Param(name = "id")
    private String idParam;

    private long id;

    @jakarta.annotation.PostConstruct
    void readId() {
        try {
            id = Long.parseLong(idParam == null ? "" : idParam.trim());
        } catch (NumberFormatException e) {
            id = -1;
        }
    }
    private Account account;

    public void load() {
        getAccount();
    }

    public Account getAccount() {
        caller.requireAdmin();
        if (account == null) {
            account = accounts.get(id);
        }
        return account;
    }

    public Optional<Membership> getMembership() {
        return memberships.active(id);
    }

    public Membership getMembershipOrNull() {
        return getMembership().orElse(null);
    }

    public List<ManagerScope> getScopes() {
        return managerScopes.of(id);
    }

    public List<Audit.Row> getAudit() {
        return audit.about(id);
    }

    public List<Role> getGrantable() {
        return List.of(Role.TRAINER, Role.REVIEWER, Role.ADMIN);
    }

    public void grant(Role role) {
        act(() -> roles.grant(id, role), "identity.roles.granted");
    }

    public void revoke(Role role) {
        act(() -> roles.revoke(id, role), "identity.roles.revoked");
    }

    public void disable() {
        act(() -> roles.disable(id), "identity.roles.disabled");
    }

    public void enable() {
        act(() -> roles.enable(id), "identity.roles.enabled");
    }

    /** Every module, published or in draft, to name a trainer on one. */
    public List<Catalogue.Row> getModules() {
        if (catalogueRows == null) {
            catalogueRows = catalogue.rows();
        }
        return catalogueRows;
    }

    /** The titles of the modules this person is a trainer of. */
    public String getTrainerOf() {
        java.util.Set<String> theirs = java.util.Set.copyOf(authors.modulesOf(id));
        return getModules().stream().filter(r -> theirs.contains(r.uuid())).map(Catalogue.Row::title)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public void nameOnModule() {
        act(() -> authors.name(module, id), "authoring.trainers.named");
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public void endMembership() {
        getMembership().ifPresent(m -> act(() -> memberships.end(m.getId()), "organisation.membership.ended"));
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
            Redirect.to("/admin/person.xhtml?id=" + id);
        } catch (BusinessException problem) {
            Messages.error(null, problem);
        }
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
