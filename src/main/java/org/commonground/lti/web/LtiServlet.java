package org.commonground.lti.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonground.identity.boundary.ExternalIdentities;
import org.commonground.identity.web.SingleSignOn;
import org.commonground.lti.boundary.DeepLinks;
import org.commonground.lti.boundary.Launches;
import org.commonground.lti.boundary.ToolKeys;
import org.commonground.platform.web.SecurityHeadersFilter;
import org.commonground.platform.web.Text;
import org.jsoup.nodes.Entities;

/**
 * The tool's LTI 1.3 addresses: {@code /lti/login} (third-party initiated login, GET or
 * POST), {@code /lti/launch} (the platform posts the ID token here), {@code /lti/jwks}
 * (the tool's public keys), {@code /lti/module/<uuid>} (the address a resource link
 * names; opened directly it goes to the module) and {@code /lti/return} (the page that
 * posts a deep-linking answer back to the platform). A refused launch is answered with
 * a plain page that says why (see {@code error/lti.xhtml}).
 */
@WebServlet(name = "lti", urlPatterns = "/lti/*")
public class LtiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(LtiServlet.class.getName());
    static final String COOKIE = "cg_lti_";
    static final String DEEP_LINKING = "commonground.lti.deepLinking";
    static final String ANSWER = "commonground.lti.answer";
    static final String REFUSAL = "commonground.lti.refusal";
    private static final Pattern MODULE = Pattern.compile("/module/([0-9a-f-]{36})");

    @Inject
    Launches launches;

    @Inject
    ToolKeys keys;

    @Inject
    SingleSignOn singleSignOn;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setHeader("Cache-Control", "no-store");
        Matcher module = MODULE.matcher(path);
        switch (path) {
            case "/login" -> login(request, response);
            case "/jwks" -> {
                response.setContentType("application/json;charset=UTF-8");
                response.getWriter().write(keys.published().toString(true));
            }
            case "/return" -> answer(request, response);
            default -> {
                if (module.matches()) {
                    response.sendRedirect(request.getContextPath() + "/learn/module.xhtml?m=" + module.group(1));
                } else {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setHeader("Cache-Control", "no-store");
        switch (path) {
            case "/login" -> login(request, response);
            case "/launch" -> launch(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Map<String, String> parameters = new HashMap<>();
        for (String name : List.of("iss", "login_hint", "target_link_uri", "lti_message_hint", "client_id",
                "lti_deployment_id")) {
            parameters.put(name, request.getParameter(name));
        }
        Object outcome = launches.login(parameters, base(request) + "/lti/launch");
        if (outcome instanceof Launches.Login login) {
            Cookie cookie = new Cookie(COOKIE + login.state().substring(0, 16), login.state());
            cookie.setPath(request.getContextPath() + "/lti/");
            cookie.setHttpOnly(true);
            cookie.setMaxAge((int) launches.loginLifetime().toSeconds());
            boolean https = SecurityHeadersFilter.isHttps(request);
            cookie.setSecure(https);
            // The launch comes back as a cross-site POST from the platform: only SameSite=None (with Secure) lets it through.
            cookie.setAttribute("SameSite", https ? "None" : "Lax");
            response.addCookie(cookie);
            response.sendRedirect(login.location().toString());
        } else {
            refuse(request, response, (Launches.Refused) outcome);
        }
    }

    private void launch(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String state = request.getParameter("state");
        String browserState = browserState(request, state);
        Object outcome;
        try {
            outcome = launches.launch(request.getParameter("id_token"), state, browserState);
        } catch (RuntimeException raced) {
            LOG.log(Level.WARNING, "An LTI launch could not be completed: {0}", raced.toString());
            refuse(request, response, new Launches.Refused(409, "lti.refused.again"));
            return;
        }
        if (outcome instanceof Launches.Refused refused) {
            refuse(request, response, refused);
            return;
        }
        Launches.Launched launched = (Launches.Launched) outcome;
        String returnTo;
        if (launched.claims().isDeepLinking()) {
            request.getSession().setAttribute(DEEP_LINKING, new DeepLinks.Request(launched.platformId(),
                    launched.claims().deploymentId(), launched.claims().deepLinking()));
            returnTo = request.getContextPath() + "/lms/pick.xhtml";
        } else {
            returnTo = request.getContextPath() + "/learn/module.xhtml?m=" + launched.claims().moduleUuid().orElseThrow();
        }
        if (launched.arrival() instanceof ExternalIdentities.SignIn signIn) {
            if (!launched.claims().isDeepLinking()) {
                launches.remember(signIn.accountId(), launched);
            }
            Optional<String> next = singleSignOn.complete(request, response, signIn.accountId(), "lti",
                    launched.organisationUuid(), null, returnTo);
            if (next.isPresent()) {
                response.sendRedirect(next.get());
            } else {
                refuse(request, response, new Launches.Refused(403, "lti.refused.disabled"));
            }
        } else if (launched.arrival() instanceof ExternalIdentities.ProveControl prove) {
            request.getSession().setAttribute(SingleSignOn.LINKING, new SingleSignOn.Linking(launched.person(),
                    prove.accountId(), prove.email(), "lti", launched.organisationUuid(), null, returnTo));
            response.sendRedirect(request.getContextPath() + "/link-account.xhtml");
        }
    }

    /** The state this browser was given at login (its cookie), which is then forgotten. */
    private static String browserState(HttpServletRequest request, String state) {
        if (state == null || state.length() < 16 || request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(COOKIE + state.substring(0, 16))) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** The page that posts the signed deep-linking answer back to the platform, with a button (no script needed). */
    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Object kept = request.getSession(false) == null ? null : request.getSession(false).getAttribute(ANSWER);
        if (!(kept instanceof DeepLinks.Answer answer)) {
            refuse(request, response, new Launches.Refused(400, "lti.refused.nothingChosen"));
            return;
        }
        request.getSession().removeAttribute(ANSWER);
        URI target = URI.create(answer.returnUrl());
        String origin = target.getScheme() + "://" + target.getRawAuthority();
        response.setHeader("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' "
                + origin + "; frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'");
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>"
                + escape(Text.get("lti.return.title")) + " - " + escape(Text.get("platform.name")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + request.getContextPath()
                + "/jakarta.faces.resource/site.css.xhtml?ln=css\"/></head><body><main id=\"main\" class=\"wrap\"><h1>"
                + escape(Text.get("lti.return.title")) + "</h1><p>" + escape(Text.get("lti.return.intro")) + "</p>"
                + "<form id=\"deepLinkReturn\" method=\"post\" action=\"" + escape(answer.returnUrl()) + "\">"
                + "<input type=\"hidden\" name=\"JWT\" value=\"" + escape(answer.jwt()) + "\"/>"
                + "<button type=\"submit\" class=\"button\">" + escape(Text.get("lti.return.submit")) + "</button>"
                + "</form></main></body></html>");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Launches.Refused refused)
            throws IOException, ServletException {
        response.setStatus(refused.status());
        request.setAttribute(REFUSAL, Text.get(refused.reason()));
        request.getRequestDispatcher("/error/lti.xhtml").forward(request, response);
    }

    /** This site's address as the browser reaches it (scheme, host, port, context path). */
    static String base(HttpServletRequest request) {
        URI here = URI.create(request.getRequestURL().toString());
        String scheme = SecurityHeadersFilter.isHttps(request) ? "https" : here.getScheme();
        return scheme + "://" + here.getRawAuthority() + request.getContextPath();
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
