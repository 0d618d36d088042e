package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.commonground.identity.boundary.AccountLinks;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Text;

/**
 * Opening the link sent to a new address confirms it; opening the one then sent to
 * the old address undoes the change.
 */
@Named
@RequestScoped
public class ConfirmEmailBacking {

    @Inject
    AccountLinks links;

    private String token;
    private String outcome;
    private boolean confirmed;

    public void confirm() {
        outcome(() -> links.confirmEmail(token), "identity.email.changed");
    }

    public void undo() {
        outcome(() -> links.undoEmailChange(token), "identity.email.undone");
    }

    private void outcome(java.util.function.Supplier<String> change, String doneKey) {
        try {
            String email = change.get();
            outcome = Text.get(doneKey, email);
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
