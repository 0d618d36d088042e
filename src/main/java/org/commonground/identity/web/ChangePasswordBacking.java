package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.commonground.identity.boundary.Accounts;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;

/** Changing one's own password; required after signing in with a one-time password. */
@Named
@RequestScoped
public class ChangePasswordBacking {

    @Inject
    Accounts accounts;

    @Inject
    CurrentPerson me;

    @Inject
    ExternalContext external;

    @Inject
    SessionKeys keys;

    private String current;
    private String password;

    public void change() throws IOException {
        try {
            accounts.changePassword(me.id(), current, password);
        } catch (BusinessException problem) {
            Messages.error("password", problem);
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.getSession().removeAttribute(SignInBacking.MUST_CHANGE_PASSWORD);
        request.changeSessionId();
        // This session carries on with the new password; the person's other sessions end (AccountGate).
        accounts.find(me.id()).ifPresent(a -> {
            AccountGate.stamp(request, a);
            keys.restamp(request, a);
        });
        external.getFlash().setKeepMessages(true);
        Messages.info("identity.password.changed");
        external.redirect(external.getRequestContextPath() + Homes.viewFor(request));
    }

    public boolean isRequired() {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        return request.getSession(false) != null
                && request.getSession(false).getAttribute(SignInBacking.MUST_CHANGE_PASSWORD) != null;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
