package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.commonground.identity.boundary.Accounts;
import org.commonground.identity.boundary.NewAccountCredential;
import org.commonground.identity.boundary.RequestLimits;
import org.commonground.platform.control.Races;
import org.commonground.platform.web.ClientAddress;
import org.commonground.platform.boundary.BusinessException;
import org.commonground.platform.web.Messages;

/** Registration: anyone may create a personal account and is signed in straight away. */
@Named
@RequestScoped
public class RegisterBacking {

    @Inject
    Accounts accounts;

    @Inject
    SignInBacking signIn;

    @Inject
    FacesContext faces;

    @Inject
    RequestLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Inject
    ExternalContext external;

    @Inject
    SessionKeys keys;

    private String name;
    private String email;
    private String password;
    private String code;
    private String staffGroup;

    public void register() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Duration wait = Races.retried(() -> limits.admit(RequestLimits.Kind.REGISTER, email, clientAddress.of(request)));
        if (!wait.isZero()) {
            Messages.error(null, "identity.register.throttled", RequestLimits.minutes(wait));
            return;
        }
        org.commonground.identity.entity.Account registered;
        try {
            registered = accounts.register(name, email, password, code, staffGroup);
        } catch (BusinessException problem) {
            Messages.error("register", problem);
            return;
        }
        // Signed in as the account just made: its password was hashed once, above, and is not hashed again.
        AuthenticationStatus status = signIn.authenticate(request, (HttpServletResponse) external.getResponse(),
                new NewAccountCredential(registered.getId()));
        AccountGate.stamp(request, registered);
        keys.bind(request, (HttpServletResponse) external.getResponse(), registered);
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
        } else {
            external.redirect(external.getRequestContextPath() + Homes.viewFor(request) + "?welcome=true");
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
