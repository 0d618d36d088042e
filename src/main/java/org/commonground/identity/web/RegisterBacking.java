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
import org.commonground.identity.boundary.Accounts;
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
    ExternalContext external;

    private String name;
    private String email;
    private String password;
    private String code;
    private String staffGroup;

    public void register() throws IOException {
        org.commonground.identity.entity.Account registered;
        try {
            registered = accounts.register(name, email, password, code, staffGroup);
        } catch (BusinessException problem) {
            Messages.error("register", problem);
            return;
        }
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = signIn.authenticate(request, (HttpServletResponse) external.getResponse(),
                email.trim(), password);
        AccountGate.stamp(request, registered);
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
