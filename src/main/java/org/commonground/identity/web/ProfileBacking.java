package org.commonground.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.identity.boundary.AccountLinks;
import org.commonground.identity.boundary.Accounts;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.Redirect;

/** Your account: your name, and a new email address (with your password, confirmed by a link sent to it). */
@Named
@RequestScoped
public class ProfileBacking {

    @Inject
    Accounts accounts;

    @Inject
    AccountLinks links;

    @Inject
    CurrentPerson me;

    private String name;
    private String email;
    private String current;

    @PostConstruct
    void init() {
        me.account().ifPresent(a -> name = a.getDisplayName());
    }

    public void rename() {
        try {
            accounts.rename(me.id(), name);
            Messages.info("identity.profile.renamed");
            Redirect.to("/account/index.xhtml");
        } catch (BusinessException problem) {
            Messages.error("profile", problem);
        }
    }

    public void changeEmail() {
        try {
            links.requestEmailChange(email, current);
            Messages.info("identity.email.sent", email.trim());
            email = null;
            current = null;
        } catch (BusinessException problem) {
            Messages.error("emailChange", problem);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
