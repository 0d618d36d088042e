package org.commonground.identity.web;

import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.identity.boundary.ExternalIdentities;
import org.commonground.identity.boundary.ExternalIdentities.Arrival;
import org.commonground.identity.boundary.SignInLimits;
import org.commonground.identity.control.OidcProviders;
import org.commonground.identity.control.OpenIdConnect;
import org.commonground.identity.control.TokenRefused;
import org.commonground.platform.web.ClientAddress;
import org.commonground.platform.web.SecurityHeadersFilter;

/**
 * Sign-in through an OpenID Connect provider: {@code /sso/<provider>/start} sends the
 * browser to the provider (authorisation code flow with PKCE; the state, nonce and
 * code verifier stay in the session), and {@code /sso/<provider>/callback} takes it
 * back: each state works once. The person is then found, linked or created by
 * {@link ExternalIdentities}. Whatever goes wrong, the person lands on the sign-in
 * page with a plain message; the details go to the log.
 */
@WebServlet(name = "singleSignOn", urlPatterns = "/sso/*")
public class SingleSignOnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SingleSignOnServlet.class.getName());
    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]{1,40})/(start|callback)");
    static final String PENDING = "commonground.sso.pending";
    /** Sign-ins begun in one session and not yet back; the oldest is dropped beyond this. */
    private static final int MAX_PENDING = 5;
    private static final Object PENDING_LOCK = new Object();

    @Inject
    OidcProviders providers;

    @Inject
    OpenIdConnect openIdConnect;

    @Inject
    ExternalIdentities identities;

    @Inject
    SingleSignOn singleSignOn;

    @Inject
    SignInLimits limits;

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<OidcProviders.Provider> provider = path.matches() ? providers.find(path.group(1)) : Optional.empty();
        if (provider.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        if (path.group(2).equals("start")) {
            start(request, response, provider.get());
        } else {
            callback(request, response, provider.get());
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response, OidcProviders.Provider provider)
            throws IOException {
        try {
            OpenIdConnect.Start start = openIdConnect.start(provider, redirectUri(request, provider),
                    request.getParameter("returnTo"));
            pending(request.getSession()).put(start.pending().state(), start.pending());
            response.sendRedirect(start.location().toString());
        } catch (TokenRefused refused) {
            problem(request, response, refused.reason());
        }
    }

    private void callback(HttpServletRequest request, HttpServletResponse response, OidcProviders.Provider provider)
            throws IOException {
        long began = System.nanoTime();
        HttpSession session = request.getSession(false);
        String state = request.getParameter("state");
        OpenIdConnect.Pending pending = session == null || state == null ? null : pending(session).remove(state);
        if (pending == null || !pending.providerId().equals(provider.id())) {
            // Unknown, used already, or begun in another browser.
            LOG.info("A single sign-on callback came back with a state this session does not hold");
            problem(request, response, "failed");
            return;
        }
        SignInLimits.Attempt attempt = new SignInLimits.Attempt("sso:" + pending.state(), clientAddress.of(request), null);
        if (!admit(attempt).isZero()) {
            problem(request, response, "throttled");
            return;
        }
        OpenIdConnect.Claimed claimed;
        try {
            String query = request.getQueryString();
            URI callback = URI.create(request.getRequestURL() + (query == null ? "" : "?" + query));
            claimed = openIdConnect.finish(provider, pending, callback, redirectUri(request, provider));
        } catch (TokenRefused refused) {
            LOG.log(Level.INFO, "A single sign-on through {0} was refused: {1} ({2})", new Object[] {provider.id(),
                    refused.getMessage(), refused.getCause() == null ? "" : refused.getCause().getMessage()});
            limits.failed(attempt);
            problem(request, response, refused.reason());
            return;
        }
        ExternalIdentities.ExternalPerson person = new ExternalIdentities.ExternalPerson(claimed.issuer(), claimed.subject(),
                claimed.email(), claimed.emailVerified(), claimed.name(), provider.name());
        String organisation = provider.organisationFor(claimed.organisation()).orElse(null);
        Arrival arrival;
        try {
            arrival = identities.arrive(person);
        } catch (RuntimeException raced) {
            // The same new person arriving twice at once: the second finds the first's link next time.
            LOG.log(Level.WARNING, "A single sign-on could not be completed: {0}", raced.toString());
            problem(request, response, "failed");
            return;
        }
        if (arrival instanceof ExternalIdentities.SignIn signIn) {
            Optional<String> next = singleSignOn.complete(request, response, signIn.accountId(), provider.id(),
                    organisation, claimed.staffGroup(), pending.returnTo());
            LOG.log(Level.INFO, "Signed in through {0} in {1} ms (server time, the provider''s answers included)",
                    new Object[] {provider.id(), Duration.ofNanos(System.nanoTime() - began).toMillis()});
            if (next.isPresent()) {
                response.sendRedirect(next.get());
            } else {
                problem(request, response, "disabled");
            }
        } else if (arrival instanceof ExternalIdentities.ProveControl prove) {
            request.getSession().setAttribute(SingleSignOn.LINKING, new SingleSignOn.Linking(person, prove.accountId(),
                    prove.email(), provider.id(), organisation, claimed.staffGroup(), pending.returnTo()));
            response.sendRedirect(request.getContextPath() + "/link-account.xhtml");
        } else if (arrival instanceof ExternalIdentities.Refused refused) {
            problem(request, response, refused.reason().replace("identity.sso.", ""));
        }
    }

    private Duration admit(SignInLimits.Attempt attempt) {
        try {
            return limits.admit(attempt);
        } catch (PersistenceException | TransactionalException firstOnANewCounter) {
            return limits.admit(attempt);
        }
    }

    /** The callback address registered with the provider: this site's address, then /sso/<provider>/callback. */
    static URI redirectUri(HttpServletRequest request, OidcProviders.Provider provider) {
        URI here = URI.create(request.getRequestURL().toString());
        String scheme = SecurityHeadersFilter.isHttps(request) ? "https" : here.getScheme();
        return URI.create(scheme + "://" + here.getRawAuthority() + request.getContextPath() + "/sso/" + provider.id()
                + "/callback");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, OpenIdConnect.Pending> pending(HttpSession session) {
        synchronized (PENDING_LOCK) {
            Object known = session.getAttribute(PENDING);
            if (known instanceof Map<?, ?> map) {
                return (Map<String, OpenIdConnect.Pending>) map;
            }
            Map<String, OpenIdConnect.Pending> created = java.util.Collections.synchronizedMap(
                    new LinkedHashMap<String, OpenIdConnect.Pending>() {
                        private static final long serialVersionUID = 1L;

                        @Override
                        protected boolean removeEldestEntry(Map.Entry<String, OpenIdConnect.Pending> eldest) {
                            return size() > MAX_PENDING;
                        }
                    });
            session.setAttribute(PENDING, created);
            return created;
        }
    }

    private static void problem(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        response.sendRedirect(request.getContextPath() + "/sign-in.xhtml?sso=" + reason);
    }
}
