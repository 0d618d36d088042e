package org.commonground.identity.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/**
 * Sign-out is a plain form posted from the page header to this servlet, so it works
 * from any page (whatever that page's own state) and costs pages no view state. The
 * session's sign-out token in the form keeps other sites from signing people out.
 */
@WebServlet(name = "signOut", urlPatterns = "/sign-out")
public class SignOutServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        String expected = session == null ? null : (String) session.getAttribute(SignOutToken.ATTRIBUTE);
        String given = request.getParameter("token");
        if (expected != null && given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            request.logout();
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/sign-in.xhtml?signedOut=true");
    }
}
