package org.commonground.organisation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.commonground.organisation.boundary.JoinCodes;
import org.commonground.organisation.boundary.Memberships;
import org.commonground.organisation.entity.JoinCode;
import org.commonground.organisation.entity.Membership;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;

/** Joining an organisation with a code, from the join page or your account page. */
@Named
@RequestScoped
public class JoinBacking {

    @Inject
    Memberships memberships;

    @Inject
    JoinCodes joinCodes;

    private String code;
    private String staffGroup;
    private Optional<Membership> membership;

    public Membership getMembership() {
        if (membership == null) {
            membership = memberships.mine();
        }
        return membership.orElse(null);
    }

    /** What the code in the link would join, if it can still be used. */
    public JoinCode getOffer() {
        return joinCodes.usable(code).orElse(null);
    }

    /** The code is an invitation sent to someone else: the page says so instead of offering to join. */
    public boolean isForSomeoneElse() {
        return joinCodes.invitesSomeoneElse(getOffer());
    }

    public void join() {
        try {
            Membership joined = memberships.join(code, staffGroup);
            membership = Optional.of(joined);
            Messages.info("organisation.join.joined", joined.getOrganisation().getName());
            code = null;
            Redirect.to("/account/index.xhtml");
        } catch (BusinessException problem) {
            Messages.error("join", problem);
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getStaffGroup() {
        return staffGroup;
    }

    public void setStaffGroup(String staffGroup) {
        this.staffGroup = staffGroup;
    }
}
