package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.commonground.organisation.boundary.JoinCodes;
import org.commonground.organisation.boundary.ManagerScopes;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.boundary.Organisations;
import org.commonground.organisation.entity.JoinCode;
import org.commonground.organisation.entity.ManagerScope;
import org.commonground.organisation.entity.Organisation;
import org.commonground.organisation.entity.Team;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Paging;
import org.commonground.platform.web.Redirect;
import org.omnifaces.cdi.Param;

/**
 * An organisation's page for its whole-organisation managers and administrators:
 * teams, join codes and invitations, members (leavers), and managers.
 */
@Named
@RequestScoped
public class OrganisationBacking {

    @Inject
    Organisations organisations;

    @Inject
    JoinCodes joinCodes;

    @Inject
    Memberships memberships;

    @Inject
    ManagerScopes managerScopes;

    @Inject
    OrganisationOfPage page;

    private String teamName;
    private String codeTeam;
    private int codeDays = 14;
    private int codeUses = 50;
    private String inviteEmail;
    private String inviteTeam;
    /*
     * The search and page come straight from the request (the form posts back to the same
     * address), so the member list is the same in every phase of a postback: a button in a
     * row must act on the member shown in that row. (As view parameters they were applied
     * only after the rows had been matched to the buttons, on the unfiltered first page, and
     * "Has left" on a searched or later page ended another person's membership.)
     */
    @Inject
    @Param(name = "q")
    private String search;

    @Inject
    @Param(name = "page")
    private String pageNumber;
    private long grantMembership;
    private String grantTeam;
    private List<Organisations.Member> members;
    private Boolean requireSso;

    public static final int PAGE_SIZE = 50;

    /** Opens the organisation, checking the caller manages it (on the first request and every postback). */
    public void load() {
        getOrganisation();
    }

    public Organisation getOrganisation() {
        return page.get();
    }

    public List<Team> getTeams() {
        return page.teams();
    }

    public List<JoinCode> getCodes() {
        return joinCodes.of(getOrganisation());
    }

    public List<ManagerScope> getManagers() {
        return managerScopes.within(getOrganisation());
    }

    public List<Organisations.Member> getMembers() {
        if (members == null) {
            members = organisations.members(getOrganisation(), getSearch(), getPage() * PAGE_SIZE, PAGE_SIZE + 1);
        }
        return members.size() > PAGE_SIZE ? members.subList(0, PAGE_SIZE) : members;
    }

    public boolean isMoreMembers() {
        getMembers();
        return members.size() > PAGE_SIZE;
    }

    public void addTeam() {
        act("team", () -> organisations.addTeam(getOrg(), teamName), "organisation.team.added");
        teamName = null;
    }

    public void createCode() {
        act("code", () -> joinCodes.create(getOrg(), codeTeam, codeDays, codeUses), "organisation.code.created");
    }

    public void revokeCode(String code) {
        act(null, () -> joinCodes.revoke(code), "organisation.code.revoked");
    }

    public void invite() {
        act("invite", () -> joinCodes.invite(getOrg(), inviteTeam, inviteEmail), "organisation.invite.sent");
        inviteEmail = null;
    }

    public void endMembership(long membershipId) {
        act(null, () -> memberships.end(membershipId), "organisation.membership.ended");
        members = null;
    }

    public void grantManager() {
        act("grant", () -> managerScopes.grant(grantMembership, grantTeam), "organisation.manager.granted");
    }

    public void revokeManager(long scopeId) {
        act(null, () -> managerScopes.revoke(scopeId), "organisation.manager.revoked");
    }

    /** Saves whether members must sign in through the organisation's identity provider. */
    public void saveSignIn() {
        boolean required = isRequireSso();
        act("signIn", () -> organisations.requireSingleSignOn(getOrg(), required), "organisation.sso.saved");
    }

    public boolean isRequireSso() {
        return requireSso == null ? getOrganisation().isRequireSso() : requireSso;
    }

    public void setRequireSso(boolean requireSso) {
        this.requireSso = requireSso;
    }

    private void act(String form, Runnable action, String doneKey) {
        try {
            action.run();
            Messages.info(doneKey);
            Redirect.to("/organisation/index.xhtml?org=" + getOrg());
        } catch (BusinessException problem) {
            Messages.error(form, problem);
        }
    }

    public String getOrg() {
        return page.uuid();
    }

    public String getTeamName() {
        return teamName;
    }

    public void setTeamName(String teamName) {
        this.teamName = teamName;
    }

    public String getCodeTeam() {
        return codeTeam;
    }

    public void setCodeTeam(String codeTeam) {
        this.codeTeam = codeTeam;
    }

    public int getCodeDays() {
        return codeDays;
    }

    public void setCodeDays(int codeDays) {
        this.codeDays = codeDays;
    }

    public int getCodeUses() {
        return codeUses;
    }

    public void setCodeUses(int codeUses) {
        this.codeUses = codeUses;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteTeam() {
        return inviteTeam;
    }

    public void setInviteTeam(String inviteTeam) {
        this.inviteTeam = inviteTeam;
    }

    public String getSearch() {
        return search == null ? "" : search;
    }

    public int getPage() {
        return Paging.page(pageNumber);
    }

    public long getGrantMembership() {
        return grantMembership;
    }

    public void setGrantMembership(long grantMembership) {
        this.grantMembership = grantMembership;
    }

    public String getGrantTeam() {
        return grantTeam;
    }

    public void setGrantTeam(String grantTeam) {
        this.grantTeam = grantTeam;
    }
}
