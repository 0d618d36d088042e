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
import java.util.Set;
import org.commonground.platform.web.KeptForm;
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
 */
@ApplicationScoped
public class SessionAuthentication implements HttpAuthenticationMechanism {

    static final String SIGNED_IN = SessionAuthentication.class.getName() + ".signedIn";
    static final String SIGN_IN_PAGE = "/sign-in.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

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

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }
}
