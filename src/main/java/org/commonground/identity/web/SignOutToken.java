package org.commonground.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.commonground.identity.control.Tokens;

/** The session's sign-out token, for the sign-out form in the page header ({@code #{signOutToken.value}}). */
@Named
@RequestScoped
public class SignOutToken {

    static final String ATTRIBUTE = "commonground.signOutToken";

    @Inject
    HttpServletRequest request;

    public String getValue() {
        HttpSession session = request.getSession();
        Object token = session.getAttribute(ATTRIBUTE);
        if (token == null) {
            token = Tokens.newToken();
            session.setAttribute(ATTRIBUTE, token);
        }
        return (String) token;
    }
}
