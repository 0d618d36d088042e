package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.util.Arrays;
import java.time.Duration;
import java.util.Optional;
import org.commonground.identity.boundary.Accounts;
import org.commonground.identity.boundary.PasswordSignInRule;
import org.commonground.identity.boundary.SignInLimits;
import org.commonground.identity.control.OidcProviders;
import org.commonground.identity.entity.Account;
import org.commonground.platform.web.ClientAddress;
import org.commonground.platform.web.Messages;
import org.commonground.platform.web.SecurityHeadersFilter;

/**
 * The sign-in form. Attempts are throttled per account and per client address (see
 * {@link SignInLimits}); a browser that signed in to the account before carries a
 * known-device cookie and is throttled on its own.
 */
@Named
@RequestScoped
public class SignInBacking {

    public static final String MUST_CHANGE_PASSWORD = "commonground.mustChangePassword";
    static final String DEVICE_COOKIE = "CGDEVICE";

    @Inject
    SecurityContext security;

    @Inject
    SignInLimits limits;

    @Inject
    Accounts accounts;

    @Inject
    ClientAddress clientAddress;

    @Inject
    FacesContext faces;

    @Inject
    ExternalContext external;

    @Inject
    OidcProviders providers;

    @Inject
    SessionKeys keys;

    @Inject
    jakarta.enterprise.inject.Instance<PasswordSignInRule> passwordRules;

    private String email;
    private String password;
    private String returnTo;

    public void signIn() throws IOException {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String accountKey = email == null ? "" : Account.emailKey(email);
        SignInLimits.Attempt attempt = new SignInLimits.Attempt(accountKey, clientAddress.of(request), deviceToken(request));
        Duration wait = admit(attempt);
        if (!wait.isZero()) {
            Messages.error(null, "identity.signIn.throttled", Math.max(1, (wait.toSeconds() + 59) / 60));
            return;
        }
        AuthenticationStatus status = authenticate(request, (HttpServletResponse) external.getResponse(),
                email == null ? "" : email.trim(), password);
        if ((status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE)
                && refusedPassword(request, attempt)) {
            return;
        }
        switch (status) {
            case SEND_CONTINUE -> {
                signedIn(request, attempt);
                faces.responseComplete();
            }
            case SUCCESS -> {
                signedIn(request, attempt);
                external.redirect(safeReturn(request).orElse(external.getRequestContextPath() + Homes.viewFor(request)));
            }
            default -> {
                limits.failed(attempt);
                Messages.error(null, "identity.signIn.failed");
            }
        }
    }

    /** Counts the attempt before the password is checked; zero when it may go ahead. */
    private Duration admit(SignInLimits.Attempt attempt) {
        try {
            return limits.admit(attempt);
        } catch (PersistenceException | TransactionalException firstOnANewCounter) {
            // Another attempt created the same new counter at the same moment; it exists now.
            return limits.admit(attempt);
        }
    }

    private void signedIn(HttpServletRequest request, SignInLimits.Attempt attempt) {
        accounts.findByEmail(attempt.accountKey())
                .ifPresent(a -> begin(request, (HttpServletResponse) external.getResponse(), a, limits, attempt, keys));
    }

    /**
     * A password that was right, of an account whose organisation wants its members to
     * use single sign-on: the session just made ends, and the person is pointed to the
     * provider's button. Not counted as a failure.
     */
    private boolean refusedPassword(HttpServletRequest request, SignInLimits.Attempt attempt) throws IOException {
        if (providers.all().isEmpty()) {
            return false; // no provider to send anyone to: the password stays
        }
        Optional<Long> id = accounts.findByEmail(attempt.accountKey()).map(Account::getId);
        Optional<String> refusal = id.flatMap(a -> passwordRules.stream().map(r -> r.refusal(a)).flatMap(Optional::stream)
                .findFirst());
        if (refusal.isEmpty()) {
            return false;
        }
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        Messages.error(null, refusal.get(), providers.all().stream().map(OidcProviders.Provider::name)
                .collect(java.util.stream.Collectors.joining(" or ")));
        return true;
    }

    /**
     * What every sign-in does once the container has accepted the person, whichever
     * way they proved who they are (a password here, a provider in
     * {@link SingleSignOnServlet}): the session is stamped with the account's password
     * and session epoch, bound to a key cookie (and its row in the database, so any node
     * can carry the session on), the sign-in limits count afresh, and the browser
     * becomes a known device of the account.
     */
    static void begin(HttpServletRequest request, HttpServletResponse response, Account account, SignInLimits limits,
            SignInLimits.Attempt attempt, SessionKeys keys) {
        if (account.isMustChangePassword()) {
            request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        AccountGate.stamp(request, account);
        keys.bind(request, response, account);
        rememberDevice(request, response, limits.succeeded(attempt, account.getId()), limits);
    }

    static String deviceToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> c.getName().equals(DEVICE_COOKIE))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    private static void rememberDevice(HttpServletRequest request, HttpServletResponse response, String token,
            SignInLimits limits) {
        Cookie cookie = new Cookie(DEVICE_COOKIE, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) limits.deviceLifetime().toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(SecurityHeadersFilter.isHttps(request));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** Authenticates with a fresh session id, so an id planted before sign-in is worthless after it. */
    AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            String caller, String secret) {
        return authenticate(request, response, new UsernamePasswordCredential(caller, new Password(secret == null ? "" : secret)));
    }

    /** The same with any credential the identity store knows (a new account's, after registration). */
    AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response, Credential credential) {
        return authenticate(security, request, response, credential);
    }

    static AuthenticationStatus authenticate(SecurityContext security, HttpServletRequest request,
            HttpServletResponse response, Credential credential) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        return security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(credential).newAuthentication(true));
    }

    /** The providers to offer as "Sign in with ..." buttons. */
    public java.util.List<OidcProviders.Provider> getProviders() {
        return providers.all();
    }

    /** Why a sign-in through a provider did not work (from the sign-in page's address): a message key. */
    public String getSsoProblem() {
        String reason = external.getRequestParameterMap().get("sso");
        return reason != null && SSO_PROBLEMS.contains(reason) ? "identity.sso." + reason : null;
    }

    private static final java.util.Set<String> SSO_PROBLEMS = java.util.Set.of("failed", "expired", "cancelled",
            "unavailable", "noEmail", "disabled", "throttled");

    /** After signing out of a session begun through a provider: that provider, if it offers a sign-out address. */
    public Optional<ProviderSignOut> getProviderSignOut() {
        String from = external.getRequestParameterMap().get("from");
        if (!isSignedOut() || from == null) {
            return Optional.empty();
        }
        return providers.find(from).flatMap(p -> {
            try {
                java.net.URI end = providers.metadata(p).getEndSessionEndpointURI();
                return end == null ? Optional.empty() : Optional.of(new ProviderSignOut(p.name(),
                        end + (end.getQuery() == null ? "?" : "&") + "client_id="
                                + java.net.URLEncoder.encode(p.clientId().getValue(), java.nio.charset.StandardCharsets.UTF_8)));
            } catch (com.nimbusds.oauth2.sdk.GeneralException | IOException unavailable) {
                return Optional.empty();
            }
        });
    }

    /** A provider's name and its sign-out address. */
    public record ProviderSignOut(String name, String address) {
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

    /** The page asked for, for the providers' buttons' addresses. */
    public String getEncodedReturnTo() {
        return java.net.URLEncoder.encode(getReturnTo(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }

    Optional<String> safeReturn(HttpServletRequest request) {
        return safeReturn(request, returnTo);
    }

    /** The address to go on to after sign-in, if it is a page of this site (and not the sign-in page). */
    static Optional<String> safeReturn(HttpServletRequest request, String returnTo) {
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

    /** The session ended because the password was changed elsewhere. */
    public boolean isPasswordChanged() {
        return "true".equals(external.getRequestParameterMap().get("password"));
    }

    /** The session ended because every session of the account was ended (an email change undone). */
    public boolean isSignedOutEverywhere() {
        return "true".equals(external.getRequestParameterMap().get("everywhere"));
    }

    /** The session ended because it reached its absolute lifetime. */
    public boolean isLifetimeOver() {
        return "true".equals(external.getRequestParameterMap().get("lifetime"));
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
