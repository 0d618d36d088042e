package org.commonground.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.commonground.platform.web.FormToken;

/**
 * Sign-out is a plain form posted from the page header to this servlet, so it works
 * from any page (whatever that page's own state) and costs pages no view state. The
 * session's form token keeps other sites from signing people out.
 */
@WebServlet(name = "signOut", urlPatterns = "/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        if (!FormToken.isValid(request)) {
            response.sendRedirect(request.getContextPath() + "/home.xhtml");
            return;
        }
        HttpSession session = request.getSession(false);
        // Signed in through a provider: the sign-in page offers the provider's own sign-out.
        Object provider = session == null ? null : session.getAttribute(SingleSignOn.PROVIDER);
        request.logout();
        session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        // Words kept in this browser for a save that had not been acknowledged go too (shared PCs).
        response.setHeader("Clear-Site-Data", "\"storage\"");
        response.sendRedirect(request.getContextPath() + "/sign-in.xhtml?signedOut=true"
                + (provider instanceof String id ? "&from=" + id : ""));
    }
}
