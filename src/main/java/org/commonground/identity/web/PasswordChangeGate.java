package org.commonground.identity.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;

/** Someone who signed in with a one-time password sees nothing but the change-password page. */
@WebFilter(filterName = "passwordChangeGate", urlPatterns = "*.xhtml")
public class PasswordChangeGate extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "/account/password.xhtml";
    private static final Set<String> ALLOWED = Set.of(PAGE, "/sign-in.xhtml", "/privacy.xhtml",
            "/accessibility.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        String path = request.getServletPath();
        if (session != null && session.getAttribute(SignInBacking.MUST_CHANGE_PASSWORD) != null
                && !ALLOWED.contains(path) && !path.startsWith("/error/") && !path.startsWith("/jakarta.faces.resource/")) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
