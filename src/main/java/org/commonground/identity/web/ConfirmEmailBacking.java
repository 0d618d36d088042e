package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.identity.boundary.AccountLinks;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Text;

/** Opening the link sent to a new address confirms it. */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @Inject
    AccountLinks links;

    private String token;
    private String outcome;
    private boolean confirmed;

    public void confirm() {
        try {
            String email = links.confirmEmail(token);
            outcome = Text.get("identity.email.changed", email);
            confirmed = true;
        } catch (BusinessException problem) {
            outcome = Text.get(problem.getMessageKey(), problem.getArguments());
        }
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
