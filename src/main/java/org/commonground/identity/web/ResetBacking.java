package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Duration;
import org.commonground.identity.boundary.AccountLinks;
import org.commonground.identity.boundary.RequestLimits;
import org.commonground.platform.control.Races;
import org.commonground.platform.web.ClientAddress;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;

/** Forgotten password: ask for a link, then choose a new password with it. */
@Named
@RequestScoped
public class ResetBacking {

    @Inject
    AccountLinks links;

    @Inject
    ExternalContext external;

    @Inject
    RequestLimits limits;

    @Inject
    ClientAddress clientAddress;

    private String email;

    /** From the link's address; the form posts back to it, so the token is known in every phase. */
    @Inject
    @org.omnifaces.cdi.Param(name = "token")
    private String token;
    private String password;
    private boolean sent;

    public void request() {
        String address = clientAddress.of((HttpServletRequest) external.getRequest());
        Duration wait = Races.retried(() -> limits.admit(RequestLimits.Kind.RESET, email, address));
        if (!wait.isZero()) {
            Messages.error(null, "identity.reset.throttled", RequestLimits.minutes(wait));
            return;
        }
        links.requestPasswordReset(email);
        sent = true;
    }

    public boolean isUsable() {
        return links.resetUsable(token);
    }

    public void reset() throws IOException {
        try {
            links.resetPassword(token, password);
            external.getFlash().setKeepMessages(true);
            Messages.info("identity.reset.done");
            external.redirect(external.getRequestContextPath() + "/sign-in.xhtml");
        } catch (BusinessException problem) {
            Messages.error("reset", problem);
        }
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
