package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.commonground.identity.boundary.Accounts;
import org.commonground.identity.control.SignInThrottle;
import org.commonground.identity.entity.Account;
import org.commonground.platform.web.ClientAddress;
import org.commonground.platform.web.Messages;

/** The sign-in form. Failed attempts are throttled per account and per client address. */
@Named
@RequestScoped
public class SignInBacking {

    public static final String MUST_CHANGE_PASSWORD = "commonground.mustChangePassword";

    @Inject
    SecurityContext security;

    @Inject
    SignInThrottle throttle;

    @Inject
    Accounts accounts;

    @Inject
    ClientAddress clientAddress;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    private String email;
    private String password;
    private String returnTo;

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String accountKey = email == null ? "" : Account.emailKey(email);
        String address = clientAddress.of(request);
        Duration wait = throttle.waitBeforeAttempt(accountKey, address);
        if (!wait.isZero()) {
            Messages.error(null, "identity.signIn.throttled", Math.max(1, (wait.toSeconds() + 59) / 60));
            return;
        }
        AuthenticationStatus status = authenticate(request, (HttpServletResponse) external.getResponse(),
                email == null ? "" : email.trim(), password);
        switch (status) {
            case SEND_FAILURE -> {
                throttle.failed(accountKey, address);
                Messages.error(null, "identity.signIn.failed");
            }
            case SEND_CONTINUE -> {
                signedIn(request, accountKey);
                faces.responseComplete();
            }
            case SUCCESS -> {
                signedIn(request, accountKey);
                external.redirect(safeReturn(request).orElse(external.getRequestContextPath() + Homes.viewFor(request)));
            }
            default -> Messages.error(null, "identity.signIn.failed");
        }
    }

    private void signedIn(HttpServletRequest request, String accountKey) {
        throttle.succeeded(accountKey);
        accounts.findByEmail(accountKey).filter(Account::isMustChangePassword)
                .ifPresent(a -> request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE));
    }

    /** Authenticates with a fresh session id, so an id planted before sign-in is worthless after it. */
    AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            String caller, String secret) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        return security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(caller, new Password(secret == null ? "" : secret)))
                .newAuthentication(true));
    }

    /**
     * The page the visitor asked for before being asked to sign in: the container
     * forwarded that request here, so the servlet's forward attributes name it. Kept
     * in a hidden field of the form and honoured only if it is a page of this site.
     */
    public String getReturnTo() {
        if (returnTo == null) {
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            Object uri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            Object query = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
            returnTo = uri == null ? "" : uri + (query == null ? "" : "?" + query);
        }
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    Optional<String> safeReturn(HttpServletRequest request) {
        String target = returnTo == null ? "" : returnTo;
        String base = request.getContextPath() + "/";
        boolean local = target.startsWith(base) && !target.startsWith("//") && !target.contains("\\")
                && target.chars().noneMatch(c -> c < 0x20) && !target.contains("/sign-in.xhtml");
        return local ? Optional.of(target) : Optional.empty();
    }

    /** A join code in the page asked for (an invitation link), to carry on to registration. */
    public String getJoinCode() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]code=([A-Za-z0-9-]{1,32})").matcher(getReturnTo());
        return m.find() ? m.group(1) : "";
    }

    public boolean isSignedOut() {
        return "true".equals(external.getRequestParameterMap().get("signedOut"));
    }

    /** The session ended because the account was disabled. */
    public boolean isEnded() {
        return "true".equals(external.getRequestParameterMap().get("ended"));
    }

    /** The session ended because the person's roles changed. */
    public boolean isRolesChanged() {
        return "true".equals(external.getRequestParameterMap().get("roles"));
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
