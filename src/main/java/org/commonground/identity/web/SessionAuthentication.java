package org.commonground.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.commonground.identity.boundary.SignedInSessions;
import org.commonground.platform.control.SqlStatements;
import org.commonground.platform.web.KeptForm;
import org.commonground.platform.web.SqlCount;
import org.commonground.platform.web.ScriptReply;

/**
 * Sign-in with our own form page, and staying signed in for the session. The
 * caller and their roles are kept in the session and handed to the container on
 * every request, with the roles given explicitly: the container's own way of
 * re-applying a session (@AutoApplySession) sometimes loses the roles of a
 * signed-in person when requests run at the same time, and answers 403
 * (payara/Payara#6145, not fixed in Payara Micro 6.2025.10). A signed-out visitor
 * who asks for a protected page is forwarded to the sign-in form, so it shows at
 * that page's address; after signing in they go on to it. A form they send is kept
 * ({@link KeptForm}) and they are sent to its page, to sign in there and find it
 * filled in; the autosave script gets a JSON 401 instead.
 *
 * <p>A request with no signed-in session here but with a session key cookie comes from
 * a session this node has never seen (the node that served it stopped, or the load
 * balancer had to send it elsewhere): if the key's row in the database still stands
 * ({@link SessionKeys#resume}), the session is carried on here with the account's
 * current roles, and the request goes on as if nothing had happened. A request whose
 * session is known here costs nothing more. When the database cannot say, the person
 * gets the "unavailable for a moment" answer (503), never the sign-in page, and keeps
 * their key.
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = SessionAuthentication.class.getName() + ".signedIn";
    static final String SIGN_IN_PAGE = "/sign-in.xhtml";
    static final String UNAVAILABLE_PAGE = "/error/unavailable.xhtml";
    /** With SQL counting on (tests, benchmarks): what carrying a session on from its key cost. */
    static final String TAKEOVER_HEADER = "X-Session-Takeover";

    private static final Logger LOG = Logger.getLogger(SessionAuthentication.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SessionKeys keys;

    @Inject
    SqlCount sqlCount;

    /** Who is signed in on a session, with their roles at sign-in. */
    record SignedIn(String caller, Set<String> roles) implements Serializable {
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.isAuthenticationRequest() && context.getAuthParameters().getCredential() != null) {
            CredentialValidationResult result = identityStores.validate(context.getAuthParameters().getCredential());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                request.getSession().setAttribute(SIGNED_IN,
                        new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
            }
            return context.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        Object signedIn = session == null ? null : session.getAttribute(SIGNED_IN);
        if (signedIn instanceof SignedIn known) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(known.caller()), known.roles());
        }
        Optional<SignedInSessions.Resumed> resumed;
        long started = System.nanoTime();
        int statementsBefore = SqlStatements.count();
        try {
            resumed = keys.resume(request, response);
        } catch (RuntimeException unreachable) {
            LOG.log(Level.WARNING, "Cannot look up a session key: {0}", String.valueOf(unreachable.getMessage()).lines()
                    .findFirst().orElse(""));
            // A public page or file is served as to anyone; a protected one waits, and the key is kept.
            return context.isProtected() ? unavailable(request, response, context) : context.doNothing();
        }
        if (sqlCount.isEnabled() && SessionKeys.cookieHash(request).isPresent()) {
            // Before the request's own count starts (SqlCount's filter runs after this): what looking the key up cost.
            response.setHeader(TAKEOVER_HEADER, (SqlStatements.count() - statementsBefore) + " statements, "
                    + (System.nanoTime() - started) / 1000 + " us");
        }
        if (resumed.isPresent()) {
            SignedIn carriedOn = new SignedIn(Long.toString(resumed.get().accountId()), resumed.get().roles());
            request.getSession().setAttribute(SIGNED_IN, carriedOn);
            return context.notifyContainerAboutLogin(new CallerPrincipal(carriedOn.caller()), carriedOn.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (ScriptReply.wanted(request)) {
            return signedOutReply(response);
        }
        if ("POST".equals(request.getMethod())) {
            // A form sent after the session ended: kept, and shown back filled in on its page after sign-in.
            KeptForm.keep(request);
            return context.redirect(KeptForm.pageOf(request));
        }
        // The sign-in form at the address asked for; SignInBacking reads that address from the forward.
        return context.forward(SIGN_IN_PAGE);
    }

    /**
     * A script's request (an autosave) gets a short JSON 401 it can act on, never the
     * sign-in page: a page of HTML with status 200 would read as a save that worked.
     */
    private static AuthenticationStatus signedOutReply(HttpServletResponse response) {
        try {
            ScriptReply.problem(response, HttpServletResponse.SC_UNAUTHORIZED, "signedOut");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The "unavailable for a moment" answer: JSON for the autosave script, the 503 page for anything else. */
    private static AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            if (ScriptReply.wanted(request)) {
                ScriptReply.problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable");
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return context.forward(UNAVAILABLE_PAGE);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        // Signing out (or a session ended by the account gate): no node may carry it on.
        keys.end(request, response);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
