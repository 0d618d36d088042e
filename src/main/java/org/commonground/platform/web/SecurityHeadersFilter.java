package org.commonground.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Security headers on every response. The Content-Security-Policy allows scripts
 * only from this site; on Faces pages PrimeFaces' CSP mode replaces it with the
 * same policy plus the page's nonce (see {@code primefaces.CSP_POLICY} in web.xml),
 * so there is always exactly one policy and never 'unsafe-inline' for scripts.
 * Over HTTPS (the request's own scheme, which the pre-boot commands take from a TLS
 * proxy's X-Forwarded-Proto, or always when {@code commonground.http.https} is set)
 * browsers are told to use nothing else (HSTS). A session id in the address is refused.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";
    static final String HTTPS = "commonground.http.https";
    static final String POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && request.isRequestedSessionIdFromURL()) {
            // A session id in the address (";CGSESSION=..."), which the container would honour: refused, and
            // answered without any page, as that session's person must not appear on it.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("A session id is never accepted in the address.");
            return;
        }
        if (request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof ViewExpiredException) {
            // The "page has expired" answer to a post whose view is gone (or forged): nothing failed, nothing was done.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        response.setHeader(CSP, POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (isHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (!isStaticResource(request)) {
            // Pages carry personal data and form tokens: never keep them in a cache.
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("Pragma", "no-cache");
        }
        chain.doFilter(request, new SinglePolicy(response));
    }

    /** Whether this request reached the platform over HTTPS, or the platform is configured to be reached only so. */
    public static boolean isHttps(HttpServletRequest request) {
        return request.isSecure() || "https".equalsIgnoreCase(request.getScheme()) || httpsConfigured();
    }

    static boolean httpsConfigured() {
        return ConfigProvider.getConfig().getOptionalValue(HTTPS, Boolean.class).orElse(false);
    }

    static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/static/") || path.startsWith("/media/");
    }

    /** Turns a second Content-Security-Policy header into a replacement of the first. */
    static final class SinglePolicy extends HttpServletResponseWrapper {

        SinglePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
